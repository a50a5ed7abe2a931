import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGeoJson } from './geojson.ts';
import { en } from './messages/index.ts';

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/geojson');
const read = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

// GeoJSON in, expected GeoJSON out: each *.in.geojson fixture has its *.out.geojson.
describe('checkGeoJson fixtures', () => {
  for (const input of readdirSync(FIXTURES).filter((f) => f.endsWith('.in.geojson'))) {
    it(input.replace('.in.geojson', ''), () => {
      const result = checkGeoJson(read(input));
      expect(result.errors).toEqual([]);
      const expected = read(input.replace('.in.', '.out.'));
      const actual = { type: 'FeatureCollection', features: result.features };
      // Converted coordinates agree with the independent reference to ~1 m.
      expect(JSON.stringify(round(actual, 5))).toBe(JSON.stringify(round(expected, 5)));
    });
  }
});

describe('checkGeoJson', () => {
  const line = (coordinates: unknown) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } });

  it('accepts a valid line unchanged and with no notes', () => {
    const r = checkGeoJson(
      line([
        [121, 30],
        [121.1, 30.1],
      ]),
    );
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.features[0]?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [121, 30],
        [121.1, 30.1],
      ],
    });
  });

  it('notes a winding fix instead of failing', () => {
    const r = checkGeoJson(read('polygon-with-hole-wrong-winding.in.geojson'));
    expect(r.notes.map((n) => n.message)).toEqual(['多边形的环绕方向已按 RFC 7946 改正（外环逆时针）']);
  });

  it('names the feature index and field of each problem, and reports them all', () => {
    const r = checkGeoJson({
      type: 'FeatureCollection',
      features: [
        line([[121, 30]]),
        line([
          [121, 30],
          ['a', 30],
        ]),
        { type: 'Feature', properties: 'x', geometry: { type: 'Point', coordinates: [1, 2] } },
        line([
          [1, 2],
          [3, 4],
        ]),
      ],
    });
    expect(r.errors.map((e) => `${e.feature} ${e.field}`)).toEqual(['0 geometry.coordinates', '1 geometry.coordinates.1', '2 properties']);
    expect(r.features).toHaveLength(1);
  });

  it('rejects bare geometries and unknown crs values', () => {
    expect(checkGeoJson({ type: 'Point', coordinates: [1, 2] }).errors[0]?.message).toMatch(/不是 Feature 或 FeatureCollection/);
    expect(checkGeoJson({ type: 'Point', coordinates: [1, 2] }, en).errors[0]?.message).toMatch(/not a Feature or FeatureCollection/);
    expect(checkGeoJson({ type: 'FeatureCollection', crs: 'EPSG:3857', features: [] }).errors[0]?.field).toBe('crs');
  });

  it('checks rings inside MultiPolygons and GeometryCollections', () => {
    const open = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
    ];
    const r = checkGeoJson({
      type: 'Feature',
      properties: {},
      geometry: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', coordinates: [open] }] },
    });
    expect(r.errors.map((e) => e.field)).toEqual(['geometry.geometries.0.coordinates.0.0']);
  });
});

function round(v: unknown, digits: number): unknown {
  if (typeof v === 'number') return Number(v.toFixed(digits));
  if (Array.isArray(v)) return v.map((x) => round(x, digits));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x, digits)]));
  return v;
}
