/** Straight legs between consecutive stops: the great-circle distance, said to be a straight line. */
import { km } from '../geo/distance.ts';
import type { LegPath, LonLat } from './types.ts';

export function straightLeg(a: LonLat, b: LonLat): LegPath {
  return { km: km(a, b), straight: true, line: [a, b] };
}

export function straightLegs(stops: readonly LonLat[]): LegPath[] {
  return stops.slice(1).map((b, i) => straightLeg(stops[i] as LonLat, b));
}
