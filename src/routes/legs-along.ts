/**
 * Legs along a route's drawn geometry: each stop is placed on the line (within SNAP_KM), the next stop is
 * looked for further along, and a leg's distance is the length of the line between them. A leg whose ends
 * are not both on the line is a straight leg and says so. Build time only (the planner has no geometry).
 */
import { placeAlong, sliceAlong } from '../geo/line-position.ts';
import { straightLeg } from './legs.ts';
import type { LegPath, LonLat } from './types.ts';

/** How far a stop may be from the drawn line and still count as on it. */
export const SNAP_KM = 0.5;

function slice(line: LonLat[], a: number, b: number): LonLat[] {
  if (b - a < 1e-9) return [];
  return sliceAlong(line, a, b);
}

/** Legs following the lines in one direction; undefined entries are legs the lines do not carry. */
function follow(stops: readonly LonLat[], lines: LonLat[][]): (LegPath | undefined)[] {
  // Where the last stop placed on each line was: stops are looked for only further along.
  const last: ({ stop: number; along: number } | undefined)[] = lines.map(() => undefined);
  const legs: (LegPath | undefined)[] = [];
  stops.forEach((p, i) => {
    let leg: LegPath | undefined;
    lines.forEach((line, li) => {
      const before = last[li];
      const at = placeAlong(line, p, before?.along ?? 0);
      if (!at || at.offKm > SNAP_KM) return;
      if (!leg && before && before.stop === i - 1) {
        const part = slice(line, before.along, at.alongKm);
        leg = { km: at.alongKm - before.along, straight: false, line: part.length >= 2 ? part : [stops[i - 1] as LonLat, p] };
      }
      last[li] = { stop: i, along: at.alongKm };
    });
    if (i > 0) legs.push(leg);
  });
  return legs;
}

/** Legs between consecutive stops, along the drawn lines where both ends lie on one of them. */
export function legsAlong(stops: readonly LonLat[], lines: readonly LonLat[][] | undefined): LegPath[] {
  const usable = (lines ?? []).filter((l) => l.length >= 2);
  const fallback = (i: number) => straightLeg(stops[i] as LonLat, stops[i + 1] as LonLat);
  if (!usable.length || stops.length < 2) return stops.slice(1).map((_, i) => fallback(i));
  // A path may be drawn in either direction: use the one that carries more legs.
  const forward = follow(stops, usable);
  const backward = follow(
    stops,
    usable.map((l) => [...l].reverse()),
  );
  const carried = (legs: (LegPath | undefined)[]) => legs.filter(Boolean).length;
  const best = carried(backward) > carried(forward) ? backward : forward;
  return best.map((leg, i) => leg ?? fallback(i));
}
