import { describe, expect, it } from 'vitest';
import { linesOf, nearestOnLine } from './line-position.ts';

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
    expect(Math.round(on?.along ?? 0)).toBe(482);
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
