import { distance } from '@turf/distance';

/** Great-circle distance in kilometres between two [lon, lat] points. */
export function km(a: [number, number], b: [number, number]): number {
  return distance(a, b, { units: 'kilometers' });
}
