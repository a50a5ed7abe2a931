import { describe, expect, it } from 'vitest';
import { km } from '../geo/distance.ts';
import { busLeg, busMinutes } from './bus.ts';
import type { LonLat, TransitLineInfo } from './types.ts';

/** A line through the given stops, the ride between two of them straight. */
function line(id: string, stops: { name: string; at: LonLat; side: string }[], frequency?: string): TransitLineInfo {
  const s = stops.map((x) => ({ name: x.name, lon: x.at[0], lat: x.at[1], side: x.side }));
  return {
    id,
    title: id,
    ...(frequency ? { frequency } : {}),
    stops: s,
    ride: s.map((a) => s.map((b) => ({ km: km([a.lon, a.lat], [b.lon, b.lat]), straight: true }))),
  };
}

// 0.001° of latitude is 111 m.
const north = (p: LonLat, metres: number): LonLat => [p[0], p[1] + metres / 111_195];

const LANGXIA: LonLat = [121.1738, 30.8012];
const SHANTANG: LonLat = [121.128, 30.776];
const langxia2 = line(
  'langxia-2-lu',
  [
    { name: '廊下镇', at: LANGXIA, side: '上海市' },
    { name: '山塘村', at: SHANTANG, side: '浙江省' },
  ],
  undefined,
);

describe('bus legs', () => {
  it('count no walk to a bus stop under 50 m from the site, where a rounded-up walk would add 5 minutes', () => {
    const leg = busLeg(north(SHANTANG, 30), north(LANGXIA, 60), [langxia2]);
    expect(leg?.minutes.walkTo).toBe(0);
    expect(leg?.minutes.walkFrom).toBe(5);
  });

  it('take a line that has a stop within 800 m of each end, and say where to board and alight', () => {
    const leg = busLeg(north(SHANTANG, 550), north(LANGXIA, 100), [langxia2]);
    expect(leg?.line.id).toBe('langxia-2-lu');
    expect(leg?.board.name).toBe('山塘村');
    expect(leg?.alight.name).toBe('廊下镇');
    expect(leg?.board.walkKm).toBeCloseTo(0.55, 2);
    expect(leg?.alight.walkKm).toBeCloseTo(0.1, 2);
    expect(leg?.rideKm).toBeCloseTo(km(SHANTANG, LANGXIA), 6);
  });

  it('run both ways: the same line serves the leg in the other direction', () => {
    const leg = busLeg(LANGXIA, SHANTANG, [langxia2]);
    expect(leg?.board.name).toBe('廊下镇');
    expect(leg?.alight.name).toBe('山塘村');
  });

  it('mark the border crossing when the two stops are on different sides', () => {
    expect(busLeg(SHANTANG, LANGXIA, [langxia2])?.crossesBorder).toBe(true);
    const local = line('local', [
      { name: 'a', at: [121, 30.7], side: '浙江省' },
      { name: 'b', at: [121.1, 30.7], side: '浙江省' },
    ]);
    expect(busLeg([121, 30.7], [121.1, 30.7], [local])?.crossesBorder).toBe(false);
  });

  it('is no bus leg when one end is beyond the walking distance', () => {
    expect(busLeg(north(SHANTANG, 900), LANGXIA, [langxia2])).toBeUndefined();
    expect(busLeg(north(SHANTANG, 900), LANGXIA, [langxia2], 1)).toBeDefined();
  });

  it('is no bus leg when both ends are near the same stop', () => {
    expect(busLeg(SHANTANG, north(SHANTANG, 300), [langxia2])).toBeUndefined();
  });

  it('picks the quickest of two lines door to door', () => {
    const far = line('far', [
      { name: 'x', at: north(SHANTANG, 700), side: '浙江省' },
      { name: 'y', at: north(LANGXIA, 700), side: '上海市' },
    ]);
    expect(busLeg(SHANTANG, LANGXIA, [far, langxia2])?.line.id).toBe('langxia-2-lu');
  });

  it('times the walks at walking speed and the ride at bus speed', () => {
    const leg = busLeg(north(SHANTANG, 550), LANGXIA, [langxia2]);
    // 550 m × 1.3 at 4.5 km/h ≈ 9.5 min → 10; the ride is 5.1 km × 1.3 at 25 km/h ≈ 16 min → 20.
    expect(leg?.minutes).toEqual({ walkTo: 10, ride: 20, walkFrom: 0 });
    expect(busMinutes(leg!)).toBe(30);
  });

  it('carries what the sources say about frequency, and nothing when they say nothing', () => {
    const said = line(
      'said',
      [
        { name: 'a', at: [121, 30.7], side: '浙江省' },
        { name: 'b', at: [121.1, 30.7], side: '浙江省' },
      ],
      '每小时一班（据来源）',
    );
    expect(busLeg([121, 30.7], [121.1, 30.7], [said])?.line.frequency).toBe('每小时一班（据来源）');
    expect(busLeg(SHANTANG, LANGXIA, [langxia2])?.line).not.toHaveProperty('frequency');
  });
});
