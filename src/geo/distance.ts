import { distance } from '@turf/turf';

/** Great-circle distance in kilometres between two [lon, lat] points. */
export function km(a: [number, number], b: [number, number]): number {
  return distance(a, b, { units: 'kilometers' });
}
