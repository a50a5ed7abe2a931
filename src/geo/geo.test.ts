import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { length } from '@turf/length';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { schematicArea, withoutWater } from './areas.ts';
import { provinceBorders } from './border.ts';
import { contentBounds, pointBounds } from './bounds.ts';
import { km, metres } from './distance.ts';
import { navigationLinks, toBd09, toGcj02 } from './navigate.ts';

const fixture = (p: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../tests/fixtures', p), 'utf8'));

describe('provinceBorders', () => {
  it('finds the edge two provinces share, and not the edge inside one province', () => {
    const fc = fixture('geojson/border/two-provinces.in.geojson') as FeatureCollection<Polygon>;
    const borders = provinceBorders(fc.features as Feature<Polygon | MultiPolygon>[]);
    expect(borders).toHaveLength(1);
    expect(borders[0]?.properties).toMatchObject({ provinces: ['上海市', '浙江省'], counties: ['乙区', '甲县'] });
    // The shared edge is the meridian 121.1 from 30.0 to 30.1: about 11.1 km.
    expect(length(borders[0]!)).toBeCloseTo(11.1, 0);
    for (const [lon] of borders[0]!.geometry.coordinates) expect(lon).toBeCloseTo(121.1, 6);
  });

  it('ignores features without a province', () => {
    const fc = fixture('geojson/border/two-provinces.in.geojson') as FeatureCollection<Polygon>;
    const bare = fc.features.map((f) => ({ ...f, properties: { name: f.properties?.name } }));
    expect(provinceBorders(bare as Feature<Polygon>[])).toEqual([]);
  });
});

describe('contentBounds', () => {
  it('grows a single point to a minimum span', () => {
    expect(contentBounds([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [121, 30] } }], 0.02)).toEqual([
      120.99, 29.99, 121.01, 30.01,
    ]);
  });
  it('is undefined for nothing', () => expect(contentBounds([])).toBeUndefined());
});

describe('schematicArea', () => {
  it('buffers one, two and many members into an area that contains them', () => {
    for (const pts of [
      [[121, 30]],
      [
        [121, 30],
        [121.2, 30.1],
      ],
      [
        [121, 30],
        [121.2, 30.1],
        [121.1, 30.3],
      ],
    ] as [number, number][][]) {
      const a = schematicArea(pts);
      expect(a?.geometry.type).toMatch(/Polygon/);
    }
    expect(schematicArea([])).toBeUndefined();
  });
});

describe('navigation links', () => {
  const pairs = fixture('crs/gcj02-wgs84-pairs.json').pairs as { county: string; gcj02: [number, number]; wgs84: [number, number] }[];

  it.each(pairs)('WGS-84 → GCJ-02 agrees with the independent reference at $county', ({ gcj02, wgs84 }) => {
    const [lon, lat] = toGcj02(wgs84[0], wgs84[1]);
    expect(Math.abs(lon - gcj02[0])).toBeLessThan(2e-6);
    expect(Math.abs(lat - gcj02[1])).toBeLessThan(2e-6);
  });

  it('WGS-84 → GCJ-02 matches the coordtransform reference pair (116.404, 39.915)', () => {
    const [lon, lat] = toGcj02(116.404, 39.915);
    expect(lon).toBeCloseTo(116.41024449916938, 6);
    expect(lat).toBeCloseTo(39.91640428150164, 6);
  });

  it('WGS-84 → BD-09 matches the published reference pair via GCJ-02 (116.404, 39.915)', () => {
    // coordtransform's reference: gcj02tobd09(116.404, 39.915) = (116.41036949371029, 39.92133699351021).
    const wgs = [116.404, 39.915] as const;
    const [gLon, gLat] = toGcj02(wgs[0], wgs[1]);
    const [bLon, bLat] = toBd09(wgs[0], wgs[1]);
    expect(bLon - gLon).toBeCloseTo(116.41036949371029 - 116.404, 4);
    expect(bLat - gLat).toBeCloseTo(39.92133699351021 - 39.915, 4);
  });

  it('gives each app its own coordinate system', () => {
    const links = navigationLinks({ lon: 121.166292, lat: 30.779255, name: '金山 <区>' });
    const href = (app: string) => links.find((l) => l.app === app)?.href ?? '';
    expect(href('amap')).toContain('position=121.170789,30.777084');
    expect(href('tencent')).toContain('coord:30.777084,121.170789');
    expect(href('baidu')).toContain('coord_type=bd09ll');
    expect(href('osm')).toContain('mlat=30.779255&mlon=121.166292');
    expect(href('apple')).toContain('ll=30.779255,121.166292');
    for (const l of links) expect(l.href).not.toMatch(/[<>]/);
  });
});

describe('km', () => {
  it('measures Shanghai to Hangzhou (~165 km)', () => expect(km([121.47, 31.23], [120.16, 30.27])).toBeCloseTo(165, -1));
});

describe('withoutWater', () => {
  it('takes the sea out of a hull around coastal members, and leaves an inland one alone', () => {
    const hull = schematicArea([
      [121, 30.8],
      [121.3, 30.8],
      [121.15, 30.6],
    ])!;
    const sea = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [120, 29],
            [123, 29],
            [123, 30.7],
            [120, 30.7],
            [120, 29],
          ],
        ],
      },
    } as const;
    const cut = withoutWater(hull, [sea as never]);
    const lats = JSON.stringify(cut.geometry.coordinates)
      .match(/30\.\d+|29\.\d+/g)!
      .map(Number);
    expect(Math.min(...lats)).toBeGreaterThanOrEqual(30.7 - 1e-9);
    const inland = withoutWater(hull, []);
    expect(inland).toBe(hull);
  });
});

describe('pointBounds', () => {
  it('boxes points, widened by a margin, and gives nothing for no points', () => {
    const box = pointBounds(
      [
        [121.1, 30.8],
        [121.3, 30.7],
        [121.2, 30.9],
      ],
      0.01,
    );
    expect(box?.map((v) => v.toFixed(6))).toEqual(['121.090000', '30.690000', '121.310000', '30.910000']);
    expect(pointBounds([[121, 30]])).toEqual([121, 30, 121, 30]);
    expect(pointBounds([])).toBeUndefined();
  });
});

describe('metres', () => {
  it('measures a thousandth of a degree of latitude as 111 m', () => {
    expect(Math.round(metres([121, 30], [121, 30.001]))).toBe(111);
  });
});
