import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { innerPoint } from './inner-point.ts';

describe('innerPoint', () => {
  it('is the centroid of a plain square', () => {
    expect(
      innerPoint({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [2, 0],
            [2, 2],
            [0, 2],
            [0, 0],
          ],
        ],
      }),
    ).toEqual([1, 1]);
  });

  it('is inside a ring-shaped outline whose centroid is in the hole', () => {
    const ring: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [2, 2],
          [2, 8],
          [8, 8],
          [8, 2],
          [2, 2],
        ],
      ],
    };
    const p = innerPoint(ring);
    expect(booleanPointInPolygon(p, ring, { ignoreBoundary: true })).toBe(true);
  });

  it('is inside a crescent whose centroid is outside', () => {
    const c: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 9],
          [9, 9],
          [9, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(booleanPointInPolygon(innerPoint(c), c, { ignoreBoundary: true })).toBe(true);
  });

  it('takes the largest part of a MultiPolygon', () => {
    const [x] = innerPoint({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
        [
          [
            [10, 0],
            [20, 0],
            [20, 10],
            [10, 10],
            [10, 0],
          ],
        ],
      ],
    });
    expect(x).toBe(15);
  });
});
