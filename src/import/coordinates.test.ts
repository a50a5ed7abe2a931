import { describe, expect, it } from 'vitest';
import { toWgs84 } from '../pack/crs.ts';
import { zh } from '../pack/messages/index.ts';
import { checkPoint, parseCrs, parseDegrees, parsePair } from './coordinates.ts';

const AREA = [120.5, 30.4, 122.0, 31.3] as const;

const m = zh.import;

describe('parseDegrees', () => {
  it.each([
    ['121.05', 121.05],
    ['１２１．０５', 121.05],
    ['121.05°', 121.05],
    ['121.05E', 121.05],
    ['东经121.05', 121.05],
    ['122.4W', -122.4],
    [`121°3'0"`, 121.05],
    ['30°39′36″N', 30.66],
    ['121度3分', 121.05],
    ['-33.5', -33.5],
  ])('%s → %s', (cell, value) => {
    expect(parseDegrees(cell)).toBe(value);
  });

  it.each(['', '东经一二一', '121.05.1', 'abc'])('"%s" is not a coordinate', (cell) => {
    expect(parseDegrees(cell)).toBeUndefined();
  });

  it('reads a "lon,lat" pair as map pickers copy it', () => {
    expect(parsePair('121.05,30.66')).toEqual([121.05, 30.66]);
    expect(parsePair('121.05 30.66')).toEqual([121.05, 30.66]);
    expect(parsePair('121.05')).toBeUndefined();
  });
});

describe('checkPoint', () => {
  it('keeps the numbers as given and checks their WGS-84 point', () => {
    expect(checkPoint(121.0545, 30.6578, 'gcj02', AREA, m)).toEqual({
      ok: true,
      lon: 121.0545,
      lat: 30.6578,
      crs: 'gcj02',
      wgs84: toWgs84([121.0545, 30.6578], 'gcj02'),
    });
  });

  it('says swapped when the swap lands in the service area', () => {
    expect(checkPoint(30.66, 121.05, 'wgs84', AREA, m)).toMatchObject({ ok: false, field: 'lat', message: expect.stringContaining('经纬度像是写反了') });
  });

  it('says out of range, or outside the service area, otherwise', () => {
    expect(checkPoint(221.1, 30.7, 'wgs84', AREA, m)).toMatchObject({
      ok: false,
      field: 'lon',
      message: '(221.1, 30.7) 超出范围：经度在 -180 到 180 之间，纬度在 -90 到 90 之间',
    });
    expect(checkPoint(116.4, 39.9, 'wgs84', AREA, m)).toMatchObject({
      ok: false,
      field: 'coordinates',
      message: expect.stringContaining('在内容包的服务范围'),
    });
  });

  it('reads the usual names of coordinate systems', () => {
    expect([parseCrs('GCJ-02'), parseCrs('高德'), parseCrs('BD09'), parseCrs('WGS 84'), parseCrs('mercator')]).toEqual([
      'gcj02',
      'gcj02',
      'bd09',
      'wgs84',
      undefined,
    ]);
  });
});
