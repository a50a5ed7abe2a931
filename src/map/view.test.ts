import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/support/dist.ts';
import { loadPack } from '../pack/load.ts';
import { buildMapData } from './data.ts';
import { contains, corePoints, filterView, pointsBounds, union, viewBounds } from './view.ts';

const pinghu = [121.05, 30.8] as const;

describe('corePoints', () => {
  it('sets a far minority aside and keeps the knot', () => {
    const knot = Array.from({ length: 8 }, (_, i) => [pinghu[0] + i * 0.02, pinghu[1] + (i % 3) * 0.02]);
    const far = [
      [121.36, 29.69],
      [121.33, 29.37],
    ];
    expect(corePoints([...knot, ...far])).toEqual(knot.map((_, i) => i));
  });

  it('keeps every point of a small pack and of an evenly spread one', () => {
    expect(
      corePoints([
        [121, 30],
        [116, 39],
      ]),
    ).toEqual([0, 1]);
    const spread = Array.from({ length: 6 }, (_, i) => [121 + i * 0.05, 30.8]);
    expect(corePoints(spread)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('the initial view of real packs', () => {
  it('opens the default pack on 平湖–金山, leaving out 宁波, 宁海 and 虹桥', () => {
    const data = buildMapData(loadPack(ROOT));
    const [w, s, e, n] = data.bounds;
    expect(w).toBeGreaterThan(120.9);
    expect(e).toBeLessThan(121.5);
    expect(s).toBeGreaterThan(30.5);
    expect(n).toBeLessThan(31);
    const tengtou = data.sites.features.find((f) => f.properties.id === 'tengtou-cun')!;
    expect(contains(data.bounds, tengtou.geometry.coordinates)).toBe(false);
    expect(data.outside).toBeGreaterThan(5);
    expect(data.outside).toBe(data.sites.features.filter((f) => !contains(data.bounds, f.geometry.coordinates)).length);
    for (const f of data.sites.features) expect(contains(data.allBounds, f.geometry.coordinates)).toBe(true);
  });

  it('opens where pack.yaml says, as a box or as a centre and zoom', () => {
    const pack = loadPack(ROOT);
    const withView = (view: NonNullable<typeof pack.config.map.view>) => buildMapData({ ...pack, config: { ...pack.config, map: { view } } });
    expect(withView({ bounds: [121, 30.6, 121.4, 30.9] }).bounds).toEqual([121, 30.6, 121.4, 30.9]);
    const [w, s, e, n] = withView({ center: [121.2, 30.8], zoom: 10 }).bounds;
    expect((w + e) / 2).toBeCloseTo(121.2, 3);
    expect(s < 30.8 && n > 30.8).toBe(true);
  });

  it('fits all of examples/tongwulang', () => {
    const data = buildMapData(loadPack(resolve(ROOT, 'examples/tongwulang')));
    expect(data.outside).toBe(0);
    for (const f of data.sites.features) expect(contains(data.bounds, f.geometry.coordinates)).toBe(true);
  });
});

describe('pointsBounds and viewBounds', () => {
  it('grows a single point to a minimum span', () => {
    expect(pointsBounds([[121, 30]])).toEqual([120.99, 29.99, 121.01, 30.01]);
    expect(pointsBounds([])).toBeUndefined();
  });

  it('frames a centre at a zoom as MapLibre would (512 px tiles)', () => {
    const [w, s, e, n] = viewBounds([121.15, 30.8], 10, 960, 600);
    expect((w + e) / 2).toBeCloseTo(121.15, 3);
    expect(e - w).toBeCloseTo((960 / (512 * 1024)) * 360, 4);
    expect(s).toBeLessThan(30.8);
    expect(n).toBeGreaterThan(30.8);
  });
});

describe('filterView', () => {
  const none = { kinds: [] as string[] };
  it('does not move without a filter', () => {
    expect(filterView(none, [[121, 30]], {})).toBeUndefined();
  });
  it('goes to a partnership even when no site of the pack belongs to it', () => {
    const tongwulang: [number, number, number, number] = [116.6, 39.4, 117.1, 39.9];
    expect(filterView({ ...none, partnership: 'tongwulang' }, [], { tongwulang })).toEqual(tongwulang);
  });
  it('frames the matching sites of a kind, region or band filter', () => {
    expect(
      filterView(
        { kinds: ['village'] },
        [
          [121, 30],
          [121.2, 30.1],
        ],
        {},
      ),
    ).toEqual([121, 30, 121.2, 30.1]);
    expect(union([0, 0, 1, 1], [2, -1, 3, 0.5])).toEqual([0, -1, 3, 1]);
    expect(filterView({ kinds: [], q: '山塘' }, [[121.1, 30.8]], {})).toEqual([121.09, 30.79, 121.11, 30.81]);
    expect(filterView({ kinds: [], q: ' ' }, [[121.1, 30.8]], {})).toBeUndefined();
  });
});
