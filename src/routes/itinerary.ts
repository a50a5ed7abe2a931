/**
 * An itinerary: stops in order with arrival and departure times, legs with distances and estimated travel
 * times (bus legs where a line serves both ends), the border crossings, the totals and what fits a time
 * budget. Pure: the route pages compute it at build, the planner in the browser.
 */
import { busLeg, busMinutes } from './bus.ts';
import { straightLegs } from './legs.ts';
import { DEFAULT_START, DEFAULT_STAY_MINUTES, legMinutes, SAME_SPOT_KM, WALK_INSTEAD_KM } from './time.ts';
import type { Itinerary, ItineraryLeg, ItineraryStop, LegPath, LonLat, Mode, PlanSite, TransitLineInfo } from './types.ts';

export interface StopInput {
  site: PlanSite;
  /** Stay in minutes, when the route or the user gives one. */
  minutes?: number;
  note?: string;
}

export interface ItineraryInput {
  stops: readonly StopInput[];
  mode: Mode;
  /** One per pair of consecutive stops; straight legs when absent. */
  legs?: readonly LegPath[];
  transit?: readonly TransitLineInfo[];
  /** Minutes after midnight; 09:00 by default. */
  start?: number;
  /** Time budget in minutes. */
  budget?: number;
}

const at = (s: PlanSite): LonLat => [s.lon, s.lat];

export function crossesBorder(a: PlanSite, b: PlanSite): boolean {
  return !a.provinces.some((p) => b.provinces.includes(p));
}

function travel(leg: LegPath, from: PlanSite, to: PlanSite, mode: Mode, transit: readonly TransitLineInfo[]) {
  if (leg.km < SAME_SPOT_KM) return { mode, minutes: 0 };
  if (mode !== 'bus') return { mode, minutes: legMinutes(leg.km, leg.straight, mode) };
  if (leg.km <= WALK_INSTEAD_KM) return { mode: 'walk' as const, minutes: legMinutes(leg.km, leg.straight, 'walk') };
  const bus = busLeg(at(from), at(to), transit);
  if (bus) return { mode, minutes: busMinutes(bus), bus };
  return { mode, minutes: legMinutes(leg.km, leg.straight, 'bus'), noBus: true };
}

export function buildItinerary(input: ItineraryInput): Itinerary {
  const start = input.start ?? DEFAULT_START;
  const transit = input.transit ?? [];
  const paths = input.legs ?? straightLegs(input.stops.map((s) => at(s.site)));
  const legs: ItineraryLeg[] = [];
  const stops: ItineraryStop[] = [];
  let clock = start;
  input.stops.forEach((s, i) => {
    if (i > 0) {
      const from = input.stops[i - 1]?.site as PlanSite;
      const path = paths[i - 1] ?? straightLegs([at(from), at(s.site)])[0];
      if (!path) return;
      const t = travel(path, from, s.site, input.mode, transit);
      legs.push({
        ...path,
        from: i - 1,
        to: i,
        ...t,
        crossesBorder: t.bus ? t.bus.crossesBorder || crossesBorder(from, s.site) : crossesBorder(from, s.site),
        fromProvinces: from.provinces,
        toProvinces: s.site.provinces,
      });
      clock += t.minutes;
    }
    const minutes = s.minutes ?? DEFAULT_STAY_MINUTES;
    stops.push({
      order: i + 1,
      site: s.site,
      minutes,
      minutesStated: s.minutes !== undefined,
      ...(s.note ? { note: s.note } : {}),
      arrive: clock,
      depart: clock + minutes,
      overBudget: input.budget !== undefined && clock + minutes - start > input.budget,
    });
    clock += minutes;
  });
  const travelMinutes = legs.reduce((n, l) => n + l.minutes, 0);
  const stayMinutes = stops.reduce((n, s) => n + s.minutes, 0);
  const dayMinutes = travelMinutes + stayMinutes;
  const itinerary: Itinerary = {
    mode: input.mode,
    start,
    stops,
    legs,
    totals: { km: legs.reduce((n, l) => n + l.km, 0), travelMinutes, stayMinutes, dayMinutes, end: start + dayMinutes },
  };
  if (input.budget !== undefined) {
    itinerary.budget = {
      minutes: input.budget,
      fits: dayMinutes <= input.budget,
      fitting: stops.filter((s) => !s.overBudget).length,
      overBy: Math.max(0, dayMinutes - input.budget),
    };
  }
  return itinerary;
}
