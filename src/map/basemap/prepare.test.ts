import type { Feature, LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boxPolygon } from '../../../tests/support/boxes.ts';
import type { BasemapData } from '../../pack/load.ts';
import { clipGeometry, geometryBbox, linesOutside, prepareBasemap, trimProperties } from './prepare.ts';

const square = boxPolygon;
const line = (...coordinates: [number, number][]): LineString => ({ type: 'LineString', coordinates });
const feature = <G extends Polygon | LineString>(geometry: G, properties: Record<string, unknown> = {}): Feature<G> => ({
  type: 'Feature',
  geometry,
  properties,
});

describe('clipGeometry', () => {
  const box: [number, number, number, number] = [0, 0, 10, 10];
  it('keeps what lies inside as it is, drops what lies outside', () => {
    const inside = square(1, 1, 2, 2);
    expect(clipGeometry(inside, box)).toBe(inside);
    expect(clipGeometry(square(20, 20, 21, 21), box)).toBeUndefined();
    expect(clipGeometry({ type: 'Point', coordinates: [11, 5] }, box)).toBeUndefined();
  });
  it('cuts a polygon and a line at the box', () => {
    expect(clipGeometry(square(5, 5, 15, 15), box)).toEqual(square(5, 5, 10, 10));
    const cut = clipGeometry(line([5, 5], [15, 5]), box) as LineString;
    expect(cut.coordinates).toEqual([
      [5, 5],
      [10, 5],
    ]);
  });
});

describe('linesOutside', () => {
  it('leaves out the parts of a line inside the areas (segments go with their midpoints)', () => {
    const county = feature(square(0, 0, 2, 2));
    const out = linesOutside(line([-2, 1], [-1, 1], [1, 1], [3, 1], [4, 1]), [county]);
    expect(out?.coordinates).toEqual([
      [
        [-2, 1],
        [-1, 1],
      ],
      [
        [3, 1],
        [4, 1],
      ],
    ]);
    expect(linesOutside(line([0.5, 0.5], [1.5, 1.5]), [county])).toBeUndefined();
  });
});

describe('trimProperties', () => {
  it('keeps only the named label, English label and rank, and the zoom a place shows from', () => {
    const layer = { role: 'place', labelProperty: 'name_zh', labelEnProperty: 'name', rankProperty: 'rank' } as const;
    const p = trimProperties(layer, { name_zh: '朱泾', name: 'Zhujing', rank: 6, population: 90000, geonameid: 1 });
    expect(p).toEqual({ role: 'place', label: '朱泾', label_en: 'Zhujing', rank: 6, minzoom: 10 });
    expect(trimProperties(layer, { name_zh: '上海', name: 'Shanghai', rank: 2 }).minzoom).toBe(6);
    expect(trimProperties(layer, { name_zh: '平湖', name: 'Pinghu', rank: 4 }).minzoom).toBe(8);
  });
  it('reads a road class from the property the layer names, as major or minor', () => {
    expect(trimProperties({ role: 'road', classProperty: 'type' }, { type: 'Major Highway', scalerank: 5 })).toEqual({
      role: 'road',
      class: 'major',
      minzoom: 5,
    });
    expect(trimProperties({ role: 'road', classProperty: 'highway' }, { highway: 'motorway' }).class).toBe('major');
    expect(trimProperties({ role: 'road', classProperty: 'type' }, { type: 'Road' })).toEqual({ role: 'road', class: 'minor', minzoom: 8 });
  });
});

describe('prepareBasemap', () => {
  const layers: BasemapData[] = [
    { file: 'land.geojson', role: 'land', features: [feature(square(100, 20, 130, 40), { kind: 'land', source: 'osm' })] },
    { file: 'counties.geojson', role: 'boundary', labelProperty: 'name', features: [feature(square(121, 30, 122, 31), { name: '金山区', adcode: 310116 })] },
    {
      file: 'provinces.geojson',
      role: 'province-boundary',
      outsideBoundaries: true,
      features: [feature(line([120, 30.5], [121.5, 30.5], [121.9, 30.5], [123, 30.5]), { admin_level: 1 })],
    },
    { file: 'far.geojson', role: 'lake', features: [feature(square(60, 60, 61, 61))] },
  ];
  const out = prepareBasemap(layers, [120, 29, 123, 32], 0.5);

  it('clips every layer to the service area plus the margin and drops what lies beyond', () => {
    const land = out.find((f) => f.properties.role === 'land');
    expect(land && geometryBbox(land.geometry)).toEqual([119.5, 28.5, 123.5, 32.5]);
    expect(out.some((f) => f.properties.role === 'lake')).toBe(false);
  });
  it('puts an outline’s name on one point inside it, and the outline keeps no label', () => {
    const county = out.filter((f) => f.properties.role === 'boundary');
    expect(county.map((f) => [f.geometry.type, f.properties.label])).toEqual([
      ['Point', '金山区'],
      ['Polygon', undefined],
    ]);
  });
  it('leaves out the province line where the county outlines draw it', () => {
    const province = out.find((f) => f.properties.role === 'province-boundary');
    expect(province?.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [120, 30.5],
          [121.5, 30.5],
        ],
        [
          [121.9, 30.5],
          [123, 30.5],
        ],
      ],
    });
  });
});

describe('areas by size', () => {
  it('hold a pond back to the zoom at which it is big enough to read, and show a big lake from the start', () => {
    const lakes: BasemapData[] = [
      // About 30 × 30 m and 50 × 50 km at 31°N.
      { file: 'lakes.geojson', role: 'lake', features: [feature(square(121, 31, 121.0003, 31.0003)), feature(square(120, 30.5, 120.5, 31))] },
    ];
    expect(prepareBasemap(lakes, [119, 30, 122, 32]).map((f) => f.properties.minzoom)).toEqual([10, 4]);
  });
});
