import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { km } from './distance.ts';
import { containing, extent, nearestEdgeMetres, shapes, within, withoutHoles } from './polygons.ts';

// A 1° × 1° square with a 0.2° hole, and a line that is no polygon.
const square: Feature = {
  type: 'Feature',
  properties: { name: 'square' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [121, 30],
        [122, 30],
        [122, 31],
        [121, 31],
        [121, 30],
      ],
      [
        [121.4, 30.4],
        [121.4, 30.6],
        [121.6, 30.6],
        [121.6, 30.4],
        [121.4, 30.4],
      ],
    ],
  },
};
const line: Feature = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'LineString',
    coordinates: [
      [0, 0],
      [1, 1],
    ],
  },
};

describe('polygons', () => {
  it('keeps polygons with their box and leaves lines out', () => {
    const all = shapes([square, line]);
    expect(all).toHaveLength(1);
    expect(all[0]?.bbox).toEqual([121, 30, 122, 31]);
    expect(extent(all)).toEqual([121, 30, 122, 31]);
    expect(within([121.5, 30.5], extent(all))).toBe(true);
    expect(within([120.5, 30.5], extent([]))).toBe(false);
  });

  it('says a point in a hole is outside, unless the holes are filled', () => {
    expect(containing(shapes([square]), [121.5, 30.5])).toHaveLength(0);
    expect(containing(shapes([square], { filled: true }), [121.5, 30.5])).toHaveLength(1);
    expect(containing(shapes([square]), [121.2, 30.2])).toHaveLength(1);
    expect(containing(shapes([square]), [123, 30.5])).toHaveLength(0);
  });

  it('measures the distance to the nearest edge as the great circle does, to within 1 %', () => {
    const all = shapes([square], { filled: true });
    // East of the square at 30.5°N: the nearest edge is the meridian 122 at the same latitude.
    const metres = nearestEdgeMetres(all, [122.1, 30.5]) ?? 0;
    expect(metres / 1000).toBeCloseTo(km([122.1, 30.5], [122, 30.5]), 1);
    // Inside, the nearest edge is the nearer side.
    expect((nearestEdgeMetres(all, [121.05, 30.5]) ?? 0) / 1000).toBeCloseTo(km([121.05, 30.5], [121, 30.5]), 1);
    expect(nearestEdgeMetres([], [121, 30])).toBeUndefined();
  });
});

describe('withoutHoles', () => {
  it('keeps the outer ring of land, so no sea shows through a blocky hole where the data cut out water', () => {
    const outer = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const hole = [
      [1, 1],
      [1, 2],
      [2, 2],
      [2, 1],
      [1, 1],
    ];
    expect(withoutHoles({ type: 'Polygon', coordinates: [outer, hole] })).toEqual({ type: 'Polygon', coordinates: [outer] });
    expect(withoutHoles({ type: 'MultiPolygon', coordinates: [[outer, hole], [outer]] })).toEqual({ type: 'MultiPolygon', coordinates: [[outer], [outer]] });
    const road = {
      type: 'LineString' as const,
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    };
    expect(withoutHoles(road)).toBe(road);
  });
});
