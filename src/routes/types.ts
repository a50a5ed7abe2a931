/**
 * The shapes the route pages (at build) and the planner (in the browser) share: sites and bus lines as
 * the itinerary needs them, and the itinerary itself. Plain data, no Node modules.
 */
import type { TRAVEL_MODES } from './ids.ts';

export type Mode = (typeof TRAVEL_MODES)[number];
export type LonLat = [number, number];

/** A site as the planner and the itinerary need it. */
export interface PlanSite {
  id: string;
  title: string;
  /** English title and summary, where the entry has them (the English pages show them). */
  titleEn?: string;
  summaryEn?: string;
  kind: string;
  lon: number;
  lat: number;
  /** Province-level units the site lies in (two for a site on the border). */
  provinces: string[];
  summary: string;
  /** Only where the entry gives them. */
  address?: string;
  opening?: string;
  booking?: string;
  /** The point is approximate (the entry says what it stands for). */
  approximate: boolean;
}

export interface TransitStopInfo {
  name: string;
  lon: number;
  lat: number;
  /** Province-level side of the border the stop is on. */
  side: string;
  site?: string;
}

/** A bus line of the pack: its placed stops in order, and the ride between any two of them. */
export interface TransitLineInfo {
  id: string;
  title: string;
  /** What the sources say about frequency, verbatim; absent when they say nothing. */
  frequency?: string;
  stops: TransitStopInfo[];
  /** ride[i][j]: distance from stop i to stop j, along the line's drawn path or (straight) between the stops. */
  ride: { km: number; straight: boolean }[][];
}

/** The build-time file the planner reads: /plan/data.json. */
export interface PlanData {
  sites: PlanSite[];
  transit: TransitLineInfo[];
  /** The provincial border's lines, for the itinerary sketch. */
  border: LonLat[][];
  /** County outlines (rings), for the itinerary sketch. */
  outlines: LonLat[][];
  attribution: string[];
}

/** A leg's course: along the drawn path, or a straight line between the stops. */
export interface LegPath {
  km: number;
  /** True when the distance is the straight line between the stops, not a drawn course. */
  straight: boolean;
  line: LonLat[];
}

export interface BusLeg {
  line: { id: string; title: string; frequency?: string };
  board: TransitStopInfo & { walkKm: number };
  alight: TransitStopInfo & { walkKm: number };
  /** Distance between the two bus stops, along the line's drawn path or straight. */
  rideKm: number;
  rideStraight: boolean;
  /** The two bus stops are on different sides of the provincial border. */
  crossesBorder: boolean;
  minutes: { walkTo: number; ride: number; walkFrom: number };
}

export interface ItineraryStop {
  /** 1-based position in the visit. */
  order: number;
  site: PlanSite;
  /** Minutes at the stop. */
  minutes: number;
  /** False when the stay is the default, not stated by the route or the user. */
  minutesStated: boolean;
  /** What to see there (the route's note). */
  note?: string;
  /** Minutes after midnight. */
  arrive: number;
  depart: number;
  /** The stop ends after the time budget. */
  overBudget: boolean;
}

export interface ItineraryLeg extends LegPath {
  /** 0-based indices of the stops the leg joins. */
  from: number;
  to: number;
  /** How the estimate travels this leg (a short leg of a bus day is walked). */
  mode: Mode;
  minutes: number;
  bus?: BusLeg;
  /** Bus mode, but no bus line of the pack serves both ends. */
  noBus?: boolean;
  /** The two stops share no province: the leg crosses the provincial border. */
  crossesBorder: boolean;
  fromProvinces: string[];
  toProvinces: string[];
}

export interface Itinerary {
  mode: Mode;
  /** Minutes after midnight the day starts. */
  start: number;
  stops: ItineraryStop[];
  legs: ItineraryLeg[];
  totals: { km: number; travelMinutes: number; stayMinutes: number; dayMinutes: number; end: number };
  /** Present when a time budget is set. */
  budget?: { minutes: number; fits: boolean; fitting: number; overBy: number };
}
