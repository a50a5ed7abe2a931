import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../data/sites-export.ts';
import { zh } from '../pack/messages/index.ts';
import { mapHeaders, normaliseHeader, parseMapOption, recordOf } from './columns.ts';

const m = zh.import;

describe('mapHeaders', () => {
  it('knows the Chinese headers departments write', () => {
    const { columns, ignored } = mapHeaders(['名称', '类型', '经度（GCJ-02）', '纬度', '地址', '简介', '来源', '备注']);
    expect(columns).toEqual({ title: 0, kind: 1, lon: 2, lat: 3, address: 4, summary: 5, sources: 6 });
    expect(ignored).toEqual(['备注']);
  });

  it('reads every column of the site export, so /data/sites.csv imports back', () => {
    const { columns, ignored } = mapHeaders([...CSV_COLUMNS]);
    expect(ignored).toEqual([]);
    expect(Object.keys(columns)).toHaveLength(CSV_COLUMNS.length);
  });

  it('reports a field named twice and keeps the first column', () => {
    const { columns, doubled } = mapHeaders(['name', '名称', 'lng', 'lat']);
    expect(columns.title).toBe(0);
    expect(doubled).toEqual([{ header: '名称', field: 'title', first: 'name' }]);
  });

  it('--map names the columns it does not know', () => {
    const parsed = parseMapOption('站点=title，X坐标=lon,Y坐标=lat', m);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(mapHeaders(['站点', 'X坐标', 'Y坐标'], parsed.map).columns).toEqual({ title: 0, lon: 1, lat: 2 });
    expect(parseMapOption('站点=name', m)).toEqual({ error: expect.stringContaining('--map “站点=name”：写成 表头=字段') });
  });
});

describe('normaliseHeader and recordOf', () => {
  it('folds full-width forms, spaces and a unit in brackets', () => {
    expect(normaliseHeader(' 经 度（°） ')).toBe('经度');
    expect(normaliseHeader('\uFEFFName')).toBe('name');
  });

  it('turns cells into trimmed text and leaves empty ones out', () => {
    expect(recordOf([' 转角湾 ', 121.05, null, new Date('2024-05-01T00:00:00Z')], { title: 0, lon: 1, lat: 2, summary: 3 })).toEqual({
      title: '转角湾',
      lon: '121.05',
      summary: '2024-05-01',
    });
  });
});
