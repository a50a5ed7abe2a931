import { describe, expect, it } from 'vitest';
import { km } from '../geo/distance.ts';
import { straightLegs } from './legs.ts';
import { legsAlong, SNAP_KM } from './legs-along.ts';
import type { LonLat } from './types.ts';

// With turf's mean Earth radius (6371.0088 km) a degree of a meridian is 111.195 km.
const DEGREE_KM = 111.195;

describe('straight legs', () => {
  it('measure one degree along a meridian as 111.2 km and Shanghai–Hangzhou as about 165 km', () => {
    expect(km([121, 30], [121, 31])).toBeCloseTo(DEGREE_KM, 2);
    expect(km([121.47, 31.23], [120.16, 30.27])).toBeCloseTo(165, -1);
  });
  it('give one straight leg per pair of consecutive stops', () => {
    const legs = straightLegs([
      [0, 0],
      [0, 1],
      [1, 1],
    ]);
    expect(legs.map((l) => l.straight)).toEqual([true, true]);
    expect(legs[0]?.km).toBeCloseTo(DEGREE_KM, 2);
    // A degree of longitude at 1°N is shorter: 111.178 km.
    expect(legs[1]?.km).toBeCloseTo(111.178, 2);
  });
});

describe('legs along a drawn path', () => {
  // An L: north one degree, then east one degree.
  const L: LonLat[] = [
    [0, 0],
    [0, 1],
    [1, 1],
  ];

  it('measure along the path, not across it', () => {
    const [leg] = legsAlong(
      [
        [0, 0],
        [1, 1],
      ],
      [L],
    );
    expect(leg?.straight).toBe(false);
    expect(leg?.km).toBeCloseTo(DEGREE_KM + 111.178, 1);
    // The straight line would be 157 km: the path is what is measured.
    expect(km([0, 0], [1, 1])).toBeCloseTo(157.2, 0);
    expect(leg?.line).toContainEqual([0, 1]);
  });

  it('split the path at the stops between its ends', () => {
    const legs = legsAlong(
      [
        [0, 0],
        [0, 0.5],
        [0.5, 1],
        [1, 1],
      ],
      [L],
    );
    expect(legs.map((l) => l.straight)).toEqual([false, false, false]);
    expect(legs[0]?.km).toBeCloseTo(DEGREE_KM / 2, 1);
    expect(legs[1]?.km).toBeCloseTo(DEGREE_KM / 2 + 111.178 / 2, 0);
    expect(legs.reduce((n, l) => n + l.km, 0)).toBeCloseTo(DEGREE_KM + 111.178, 1);
  });

  it('follow a path drawn in the other direction', () => {
    const legs = legsAlong(
      [
        [0, 0],
        [1, 1],
      ],
      [[...L].reverse()],
    );
    expect(legs[0]?.straight).toBe(false);
    expect(legs[0]?.km).toBeCloseTo(DEGREE_KM + 111.178, 1);
  });

  it('fall back to a straight leg, said to be straight, where a stop is off the path', () => {
    const off: LonLat = [0.5, 0.5]; // 55 km from the L
    const legs = legsAlong([[0, 0], off, [1, 1]], [L]);
    expect(legs.map((l) => l.straight)).toEqual([true, true]);
    expect(legs[0]?.km).toBeCloseTo(km([0, 0], off), 6);
  });

  it('place a stop within SNAP_KM of the path on it', () => {
    const near: LonLat = [0.003, 0.5]; // about 0.33 km east of the meridian
    expect(km(near, [0, 0.5])).toBeLessThan(SNAP_KM);
    const legs = legsAlong([[0, 0], near], [L]);
    expect(legs[0]?.straight).toBe(false);
    expect(legs[0]?.km).toBeCloseTo(DEGREE_KM / 2, 1);
  });

  it('do not run backwards along a path to reach a stop the route visits out of order', () => {
    // Stops in the order B, A along a path drawn A → B → C: the leg B → A is not carried forward.
    const line: LonLat[] = [
      [0, 0],
      [0, 1],
      [0, 2],
    ];
    const legs = legsAlong(
      [
        [0, 1],
        [0, 0],
        [0, 2],
      ],
      [line],
    );
    // Either the forward or backward reading carries one leg; the other is straight.
    expect(legs.filter((l) => l.straight)).toHaveLength(1);
  });

  it('use the one of several lines that carries the leg', () => {
    const other: LonLat[] = [
      [5, 5],
      [5, 6],
    ];
    const legs = legsAlong(
      [
        [0, 0],
        [0, 1],
      ],
      [other, L],
    );
    expect(legs[0]?.straight).toBe(false);
    expect(legs[0]?.km).toBeCloseTo(DEGREE_KM, 1);
  });

  it('is straight legs when there is no path', () => {
    expect(
      legsAlong(
        [
          [0, 0],
          [0, 1],
        ],
        undefined,
      )[0]?.straight,
    ).toBe(true);
  });
});
