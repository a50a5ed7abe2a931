/**
 * Travel-time estimates: the assumptions the pages state word for word (speeds, detour factor, default stay,
 * rounding), and the arithmetic. Estimates, never timetables.
 */
import type { Mode } from './types.ts';

/** Average speeds in km/h the estimates assume; the pages print them. */
export const SPEEDS_KMH: Record<Mode, number> = { walk: 4.5, bike: 15, car: 40, bus: 25 };

/** A straight leg is not a road: its road distance is estimated as the straight line times this factor. */
export const DETOUR_FACTOR = 1.3;

/** Minutes at a stop whose stay neither the route nor the user gives. */
export const DEFAULT_STAY_MINUTES = 30;

/** Estimates are rounded up to this many minutes. */
export const ROUND_MINUTES = 5;

/** The furthest a bus stop may be (straight line) from a site for the bus to serve it. */
export const WALK_TO_BUS_KM = 0.8;

/** On a bus day, legs up to this straight distance are walked rather than ridden. */
export const WALK_INSTEAD_KM = 1.5;

/** Stops closer than this are the same spot: no travel. */
export const SAME_SPOT_KM = 0.05;

/** Time budgets of the planner, in minutes. */
export const BUDGETS = { half: 240, day: 480 } as const;

/** The hour the day starts unless the planner is told otherwise: 09:00. */
export const DEFAULT_START = 9 * 60;

export function roundUp(minutes: number): number {
  if (minutes <= 0) return 0;
  return Math.ceil(minutes / ROUND_MINUTES - 1e-9) * ROUND_MINUTES;
}

/** The distance the estimate travels: along the drawn course, or the straight line times the detour factor. */
export function travelKm(km: number, straight: boolean): number {
  return straight ? km * DETOUR_FACTOR : km;
}

/** Unrounded minutes to cover a distance at the mode's speed. */
export function rawMinutes(km: number, mode: Mode): number {
  return (km / SPEEDS_KMH[mode]) * 60;
}

/** Minutes for a leg, rounded up; the same spot takes none. */
export function legMinutes(km: number, straight: boolean, mode: Mode): number {
  if (km < SAME_SPOT_KM) return 0;
  return roundUp(rawMinutes(travelKm(km, straight), mode));
}
