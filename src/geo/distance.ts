import { distance } from '@turf/distance';

/** Great-circle distance in kilometres between two [lon, lat] points. */
export function km(a: [number, number], b: [number, number]): number {
  return distance(a, b, { units: 'kilometers' });
}

/** Great-circle distance in metres: enough to tell a duplicate row from a namesake across town. */
export function metres(a: readonly [number, number], b: readonly [number, number]): number {
  return km([a[0], a[1]], [b[0], b[1]]) * 1000;
}
