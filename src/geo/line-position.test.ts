import { describe, expect, it } from 'vitest';
import { km } from './distance.ts';
import { lineKm, linesOf, nearestOnLine, placeAlong, sliceAlong } from './line-position.ts';

describe('nearestOnLine', () => {
  // About 1 km east along 30°N, then 1.1 km north.
  const line = [
    [
      [121.0, 30.0],
      [121.01, 30.0],
      [121.01, 30.01],
    ],
  ];

  it('measures the distance to the line and how far along it the nearest spot is', () => {
    const on = nearestOnLine([121.005, 30.001], line);
    expect(Math.round(on?.distance ?? 0)).toBe(111);
    // Half of 0.01° of longitude at 30°N, measured as km() measures it.
    expect(Math.round(on?.along ?? 0)).toBe(481);
  });

  it('orders points by where the line passes them, even on its second leg', () => {
    const a = nearestOnLine([121.0101, 30.008], line)?.along ?? 0;
    const b = nearestOnLine([121.002, 30.0], line)?.along ?? 0;
    expect(b).toBeLessThan(a);
  });

  it('reads lines of LineString and MultiLineString only', () => {
    expect(linesOf({ type: 'Point', coordinates: [0, 0] })).toBeUndefined();
    expect(
      linesOf({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toEqual([
      [
        [0, 0],
        [1, 1],
      ],
    ]);
  });
});

describe('placeAlong, sliceAlong and lineKm', () => {
  // An L: one degree up the meridian, then one degree east.
  const L: [number, number][] = [
    [0, 0],
    [0, 1],
    [1, 1],
  ];

  it('measure a line as the sum of its segments’ great-circle lengths', () => {
    expect(lineKm(L)).toBeCloseTo(km([0, 0], [0, 1]) + km([0, 1], [1, 1]), 9);
  });

  it('place a point at the nearest spot and say how far off it is', () => {
    const at = placeAlong(L, [0.003, 0.5]);
    expect(at?.alongKm).toBeCloseTo(km([0, 0], [0, 0.5]), 3);
    expect(at?.offKm).toBeCloseTo(0.334, 2);
  });

  it('look only further along than a given distance, for a route that does not turn back', () => {
    // The start is nearest the point, but past 50 km the nearest spot allowed is at 50 km.
    const at = placeAlong(L, [0, 0], 50);
    expect(at?.alongKm).toBeCloseTo(50, 6);
    expect(placeAlong(L, [0, 0], lineKm(L) + 1)).toBeUndefined();
  });

  it('cut the line between two distances, keeping the corner between them', () => {
    const part = sliceAlong(L, km([0, 0], [0, 0.5]), km([0, 0], [0, 1]) + km([0, 1], [0.5, 1]));
    expect(part).toHaveLength(3);
    expect(part[0]?.[1]).toBeCloseTo(0.5, 6);
    expect(part[1]).toEqual([0, 1]);
    expect(part[2]?.[0]).toBeCloseTo(0.5, 4);
    expect(lineKm(part)).toBeCloseTo(km([0, 0.5], [0, 1]) + km([0, 1], [0.5, 1]), 3);
  });
});
