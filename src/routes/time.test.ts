import { describe, expect, it } from 'vitest';
import { DETOUR_FACTOR, legMinutes, roundUp, SPEEDS_KMH, travelKm } from './time.ts';

describe('travel-time estimates', () => {
  it('walk 4.5 km along a path in an hour, and bike, drive and ride at their stated speeds', () => {
    expect(legMinutes(4.5, false, 'walk')).toBe(60);
    expect(legMinutes(15, false, 'bike')).toBe(60);
    expect(legMinutes(40, false, 'car')).toBe(60);
    expect(legMinutes(25, false, 'bus')).toBe(60);
  });

  it('stretch a straight leg by the detour factor before timing it', () => {
    expect(travelKm(10, true)).toBeCloseTo(10 * DETOUR_FACTOR, 9);
    // 10 km straight by car: 13 km at 40 km/h = 19.5 min, rounded up to 20.
    expect(legMinutes(10, true, 'car')).toBe(20);
    expect(legMinutes(10, false, 'car')).toBe(15);
  });

  it('round up to five minutes, and take no time between stops at one spot', () => {
    expect(roundUp(0.1)).toBe(5);
    expect(roundUp(5)).toBe(5);
    expect(roundUp(5.01)).toBe(10);
    expect(legMinutes(0.01, true, 'walk')).toBe(0);
    expect(legMinutes(0.2, true, 'car')).toBe(5);
  });

  it('rank the modes from slow to fast', () => {
    expect(SPEEDS_KMH.walk).toBeLessThan(SPEEDS_KMH.bike);
    expect(SPEEDS_KMH.bike).toBeLessThan(SPEEDS_KMH.bus);
    expect(SPEEDS_KMH.bus).toBeLessThan(SPEEDS_KMH.car);
  });
});
