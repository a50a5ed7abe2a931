import { describe, expect, it } from 'vitest';
import type { BasemapData } from '../pack/load.ts';
import { zh } from '../pack/messages/index.ts';
import { areaAt, boundaryAreas, parseRegionOption, regionsOf } from './regions.ts';

const layer: BasemapData = {
  file: 'boundary.geojson',
  role: 'boundary',
  features: [
    {
      type: 'Feature',
      properties: { name: '平湖市', city: '嘉兴市', province: '浙江省' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [120.9, 30.5],
            [121.12, 30.5],
            [121.12, 31],
            [120.9, 31],
            [120.9, 30.5],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name: 'no province' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    },
  ],
};
const areas = boundaryAreas([layer]);
const pinghu = { province: '浙江省', city: '嘉兴市', county: '平湖市' };

const m = zh.import;

describe('boundary layer', () => {
  it('gives the county a point lies in, from outlines that name their province', () => {
    expect(areas).toHaveLength(1);
    expect(areaAt(areas, 121.05, 30.66)?.region).toEqual(pinghu);
    expect(areaAt(areas, 121.3, 30.66)).toBeUndefined();
  });
});

describe('regionsOf', () => {
  it('takes a full region from the row as it is', () => {
    expect(regionsOf({ province: '上海市', county: '金山区' }, undefined, () => pinghu, m)).toEqual({
      ok: true,
      regions: [{ province: '上海市', county: '金山区' }],
      from: 'row',
    });
  });

  it('fills the levels above the row’s from the boundary layer when they agree', () => {
    expect(regionsOf({ town: '新埭镇', village: '兴旺村' }, undefined, () => pinghu, m)).toEqual({
      ok: true,
      regions: [{ ...pinghu, town: '新埭镇', village: '兴旺村' }],
      from: 'row+boundary',
    });
  });

  it('does not mix a county from the row with a city of another county', () => {
    const result = regionsOf({ county: '金山区' }, undefined, () => pinghu, m);
    expect(result).toMatchObject({ ok: false, field: 'province', message: expect.stringContaining('地区 金山区 没有写省') });
  });

  it('prefers --region to the boundary layer, and says when there is no region at all', () => {
    expect(regionsOf({}, { province: '上海市' }, () => pinghu, m)).toEqual({ ok: true, regions: [{ province: '上海市' }], from: 'option' });
    expect(regionsOf({}, undefined, () => undefined, m)).toMatchObject({ ok: false, message: expect.stringContaining('没有地区') });
  });

  it('reads a second region, which must name its province', () => {
    expect(regionsOf({ province: '浙江省', province_2: '上海市', town_2: '廊下镇' }, undefined, () => undefined, m)).toMatchObject({
      ok: true,
      regions: [{ province: '浙江省' }, { province: '上海市', town: '廊下镇' }],
    });
    expect(regionsOf({ province: '浙江省', town_2: '廊下镇' }, undefined, () => undefined, m)).toMatchObject({ ok: false, field: 'province_2' });
  });

  it('parses --region from the province down', () => {
    expect(parseRegionOption('浙江省/嘉兴市/平湖市', m)).toEqual({ region: pinghu });
    expect(parseRegionOption('浙江省//平湖市', m)).toEqual({ error: expect.stringContaining('--region “浙江省//平湖市”') });
  });
});
