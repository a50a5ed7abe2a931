import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { ui } from '../i18n/index.ts';
import { loadPack } from '../pack/load.ts';
import { exportContext, routeExports, transitExports } from './pack-exports.ts';
import { exportDescription, routeExport } from './route-model.ts';

const pack = loadPack(scenarioPack('base'));

describe('routeExport', () => {
  const [route] = routeExports(pack);

  it('numbers the stops, places them at their sites and links their pages', () => {
    expect(route?.stops).toEqual([
      { order: 1, name: '转角湾', lon: 121.05, lat: 30.66, site: 'zhuanjiaowan', minutes: 60, url: '/sites/zhuanjiaowan/' },
      { order: 2, name: '明月山塘', lon: 121.13, lat: 30.78, site: 'shantang', minutes: 90, url: '/sites/shantang/' },
    ]);
  });

  it('takes the path from the pack’s geometry and says so', () => {
    expect(route?.path).toEqual({
      lines: [
        [
          [121.05, 30.66],
          [121.13, 30.78],
        ],
      ],
      straight: false,
      note: ui.data.pathDrawn,
    });
  });

  it('draws straight legs between the stops when the pack has no geometry, or only a schematic one, and says so', () => {
    const entry = pack.entries.routes[0]!;
    const ctx = exportContext(pack);
    expect(routeExport(entry.id, entry.data, undefined, ctx).path).toEqual({
      lines: [
        [
          [121.05, 30.66],
          [121.13, 30.78],
        ],
      ],
      straight: true,
      note: ui.data.pathStraight,
    });
    const schematic = [
      {
        type: 'Feature' as const,
        properties: { schematic: true },
        geometry: {
          type: 'LineString' as const,
          coordinates: [
            [121.05, 30.66],
            [121.1, 30.7],
          ],
        },
      },
    ];
    expect(routeExport(entry.id, entry.data, schematic, ctx).path.straight).toBe(true);
  });

  it('describes the route with its sources by title and the pack’s attribution', () => {
    expect(exportDescription(route!)).toBe(`从转角湾到明月山塘。\n${ui.data.pathDrawn}\n来源：《平湖金山毗邻党建——引领浙沪“跨界”合作》\n署名：测试数据`);
  });
});

describe('transitExport', () => {
  it('places named stops at their own point and site stops at the site, each with its side', () => {
    const [line] = transitExports(pack);
    expect(line?.stops).toEqual([
      { order: 1, name: '廊下', lon: 121.16, lat: 30.8, side: '上海市' },
      { order: 2, name: '明月山塘', lon: 121.13, lat: 30.78, side: '浙江省', site: 'shantang', url: '/sites/shantang/' },
    ]);
    expect(line?.path.straight).toBe(true);
  });

  it('lists a named stop without a point instead of dropping it silently', () => {
    const original = pack.entries.transit[0]!;
    const entry = { ...original, data: structuredClone(original.data) };
    entry.data.stops.splice(1, 0, { name: '中途站', side: '上海市' });
    const out = transitExports({ ...pack, entries: { ...pack.entries, transit: [entry] } })[0];
    expect(out?.unplaced).toEqual(['中途站']);
    expect(out?.stops.map((s) => s.order)).toEqual([1, 3]);
    expect(exportDescription(out!)).toContain('未标位置的站点：中途站');
  });
});
