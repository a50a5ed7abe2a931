/** Straight legs between consecutive stops: the great-circle distance, said to be a straight line. */
import { distance } from '@turf/turf';
import type { LegPath, LonLat } from './types.ts';

/** Great-circle distance in kilometres. */
export function km(a: LonLat, b: LonLat): number {
  return distance(a, b, { units: 'kilometers' });
}

export function straightLeg(a: LonLat, b: LonLat): LegPath {
  return { km: km(a, b), straight: true, line: [a, b] };
}

export function straightLegs(stops: readonly LonLat[]): LegPath[] {
  return stops.slice(1).map((b, i) => straightLeg(stops[i] as LonLat, b));
}
