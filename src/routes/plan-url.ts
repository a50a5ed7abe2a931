/**
 * The whole plan lives in the URL: stops in order (with stays the user changed), start, end, mode, time
 * budget, start time and date. Parsing never throws and never keeps what it does not know: unknown site ids
 * are dropped and reported (by id when they look like one, by count otherwise); other bad values are ignored.
 *
 *   /plan/?s=zhuanjiaowan,mingyue-shantang~90&from=here&to=mingyue-shantang&m=bus&b=half&t=08:30&d=2025-07-01
 */
import { ID_PATTERN, TRAVEL_MODES } from './ids.ts';
import { MAX_STOPS } from './limits.ts';
import { DEFAULT_START } from './time.ts';
import type { Mode } from './types.ts';

export const DEFAULT_MODE: Mode = 'car';
const MAX_PARAM = 4000;
const MAX_ID = 80;

export interface PlanStop {
  id: string;
  /** Stay in minutes, when the user set one. */
  minutes?: number;
}

export interface Plan {
  stops: PlanStop[];
  /** A stop id, or the reader's position (asked for on a click, never kept). */
  from?: string;
  to?: string;
  mode: Mode;
  /** 'half', 'day' or minutes. */
  budget?: 'half' | 'day' | number;
  /** Minutes after midnight. */
  start: number;
  /** YYYY-MM-DD, printed on the 行程单. */
  date?: string;
}

export interface ParsedPlan {
  plan: Plan;
  /** Well-formed ids that are not sites of the pack, in the order given. */
  unknown: string[];
  /** Items that are not ids at all. */
  malformed: number;
  /** Stops beyond MAX_STOPS. */
  overLimit: number;
  /** The link, or one of its values, was longer than a plan can be, and was not read. */
  tooLong: boolean;
  /** A site id to add (links from site pages without JavaScript). */
  add?: string;
}

export const HERE = 'here';

export function emptyPlan(): Plan {
  return { stops: [], mode: DEFAULT_MODE, start: DEFAULT_START };
}

function int(raw: string | null | undefined, min: number, max: number): number | undefined {
  if (!raw || !/^\d{1,4}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

/** A start time `HH:MM` in minutes after midnight, when it is a real time of day. */
export function clockOf(raw: string | null): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(raw ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** A date `YYYY-MM-DD`, when it is a real day. */
export function dateOf(raw: string | null): string | undefined {
  if (!raw || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(raw)) return undefined;
  const d = new Date(`${raw}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== raw ? undefined : raw;
}

/** One of the travel modes a plan knows. */
export const isMode = (m: string | null): m is Mode => m !== null && (TRAVEL_MODES as readonly string[]).includes(m);

const isId = (s: string) => s.length <= MAX_ID && ID_PATTERN.test(s);

export function parsePlan(search: string | URLSearchParams, known: ReadonlySet<string>): ParsedPlan {
  let tooLong = typeof search === 'string' && search.length > MAX_PARAM * 4;
  const params = typeof search === 'string' ? new URLSearchParams(tooLong ? '' : search) : search;
  const get = (k: string) => {
    const v = params.get(k);
    if (v !== null && v.length > MAX_PARAM) tooLong = true;
    return v !== null && v.length <= MAX_PARAM ? v.trim() : null;
  };
  const plan = emptyPlan();
  const unknown: string[] = [];
  let malformed = 0;
  let overLimit = 0;
  const seen = new Set<string>();
  for (const item of (get('s') ?? '').split(',')) {
    const raw = item.trim();
    if (!raw) continue;
    const [id = '', stay, ...rest] = raw.split('~');
    if (!isId(id) || rest.length) {
      malformed++;
      continue;
    }
    if (!known.has(id)) {
      if (!unknown.includes(id)) unknown.push(id);
      continue;
    }
    if (seen.has(id)) continue;
    if (plan.stops.length >= MAX_STOPS) {
      overLimit++;
      continue;
    }
    seen.add(id);
    const minutes = int(stay, 0, 600);
    plan.stops.push(minutes === undefined ? { id } : { id, minutes });
  }
  const from = get('from');
  if (from === HERE || (from && seen.has(from))) plan.from = from;
  const to = get('to');
  if (to && seen.has(to) && to !== plan.from) plan.to = to;
  const mode = get('m');
  if (isMode(mode)) plan.mode = mode;
  const b = get('b');
  if (b === 'half' || b === 'day') plan.budget = b;
  else {
    const minutes = int(b, 30, 1440);
    if (minutes !== undefined) plan.budget = minutes;
  }
  plan.start = clockOf(get('t')) ?? DEFAULT_START;
  const date = dateOf(get('d'));
  if (date) plan.date = date;
  const add = get('add');
  const result: ParsedPlan = { plan, unknown, malformed, overLimit, tooLong };
  if (add && isId(add)) {
    if (known.has(add)) result.add = add;
    else if (!unknown.includes(add)) unknown.push(add);
  }
  return result;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The query string of a plan (with `?`), defaults left out so links and QR codes stay short. */
export function serializePlan(plan: Plan): string {
  const parts: string[] = [];
  if (plan.stops.length) parts.push(`s=${plan.stops.map((s) => (s.minutes === undefined ? s.id : `${s.id}~${s.minutes}`)).join(',')}`);
  if (plan.from) parts.push(`from=${plan.from}`);
  if (plan.to) parts.push(`to=${plan.to}`);
  if (plan.mode !== DEFAULT_MODE) parts.push(`m=${plan.mode}`);
  if (plan.budget !== undefined) parts.push(`b=${plan.budget}`);
  if (plan.start !== DEFAULT_START) parts.push(`t=${pad(Math.floor(plan.start / 60))}:${pad(plan.start % 60)}`);
  if (plan.date) parts.push(`d=${plan.date}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Adds a stop at the end unless it is there already or the plan is full; says which happened. */
export function addStop(plan: Plan, id: string): 'added' | 'present' | 'full' {
  if (plan.stops.some((s) => s.id === id)) return 'present';
  if (plan.stops.length >= MAX_STOPS) return 'full';
  plan.stops.push({ id });
  return 'added';
}
