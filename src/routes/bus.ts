/**
 * Bus legs: a leg is a bus leg when one bus line of the pack has a stop within WALK_TO_BUS_KM of each end
 * (two different stops). Lines are taken to run both ways. Of several, the quickest door to door wins.
 */
import { km } from '../geo/distance.ts';
import { rawMinutes, roundUp, SAME_SPOT_KM, travelKm, WALK_TO_BUS_KM } from './time.ts';
import type { BusLeg, LonLat, TransitLineInfo } from './types.ts';

/** A bus stop at the site's door (under SAME_SPOT_KM) is no walk, rather than a rounded-up 5 minutes. */
function walkMinutes(km: number): number {
  return km < SAME_SPOT_KM ? 0 : roundUp(rawMinutes(travelKm(km, true), 'walk'));
}

export function busLeg(from: LonLat, to: LonLat, lines: readonly TransitLineInfo[], maxWalkKm = WALK_TO_BUS_KM): BusLeg | undefined {
  let best: { leg: BusLeg; minutes: number } | undefined;
  for (const line of lines) {
    const near = (p: LonLat) => line.stops.map((s, i) => ({ i, walkKm: km(p, [s.lon, s.lat]) })).filter((s) => s.walkKm <= maxWalkKm);
    const boards = near(from);
    const alights = near(to);
    for (const b of boards) {
      for (const a of alights) {
        if (a.i === b.i) continue;
        const ride = line.ride[b.i]?.[a.i];
        const board = line.stops[b.i];
        const alight = line.stops[a.i];
        if (!ride || !board || !alight) continue;
        const minutes = { walkTo: walkMinutes(b.walkKm), ride: roundUp(rawMinutes(travelKm(ride.km, ride.straight), 'bus')), walkFrom: walkMinutes(a.walkKm) };
        const total = minutes.walkTo + minutes.ride + minutes.walkFrom;
        if (best && best.minutes <= total) continue;
        best = {
          minutes: total,
          leg: {
            line: { id: line.id, title: line.title, ...(line.frequency ? { frequency: line.frequency } : {}) },
            board: { ...board, walkKm: b.walkKm },
            alight: { ...alight, walkKm: a.walkKm },
            rideKm: ride.km,
            rideStraight: ride.straight,
            crossesBorder: board.side !== alight.side,
            minutes,
          },
        };
      }
    }
  }
  return best?.leg;
}

export function busMinutes(leg: BusLeg): number {
  return leg.minutes.walkTo + leg.minutes.ride + leg.minutes.walkFrom;
}
