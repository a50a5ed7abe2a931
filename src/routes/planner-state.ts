/**
 * The planner's state apart from the page: the plan it opens with (a shared link, or this device's plan), every
 * change the reader can make as one step `(state, action) → state`, and what follows from a state — the
 * itinerary, the settings form's values, the query kept in the URL and local storage, the words of the live
 * region and of the note beside "best order". Pure: no DOM, no storage, no network; client/planner.ts binds
 * it to the page, so the planner's rules are tested without a browser.
 */
import { km } from '../geo/distance.ts';
import type { UiStrings } from '../i18n/zh-CN.ts';
import type { Locale } from '../site/paths.ts';
import { distanceLabel, timeValue } from './format.ts';
import { buildItinerary } from './itinerary.ts';
import { MAX_STOPS } from './limits.ts';
import { bestOrder } from './order.ts';
import { clockOf, dateOf, emptyPlan, HERE, isMode, type Plan, type PlanStop, parsePlan, serializePlan } from './plan-url.ts';
import { BUDGETS } from './time.ts';
import type { Itinerary, LonLat, PlanData, PlanSite } from './types.ts';

/** The query keys that make a URL a plan of its own; `add` alone adds to this device's plan. */
const PLAN_KEYS = ['s', 'from', 'to', 'm', 'b', 't', 'd'];

/** The pack's sites as the planner looks them up. */
export interface PlannerContext {
  data: PlanData;
  known: ReadonlySet<string>;
  site: (id: string) => PlanSite;
}

export function plannerContext(data: PlanData): PlannerContext {
  const byId = new Map(data.sites.map((s) => [s.id, s]));
  return { data, known: new Set(byId.keys()), site: (id) => byId.get(id) as PlanSite };
}

/** What "best order" found. */
export interface OrderOutcome {
  kind: 'ordered';
  km: number;
  inputKm: number;
  savedKm: number;
  /** Straight line from the reader's position to the new first stop, when the order started there. */
  fromHereKm?: number;
  /** The order was to start at the reader's position, and the browser gave none. */
  locateFailed: boolean;
}

export interface PlannerState {
  plan: Plan;
  /** The stops' order (ids) before "best order", while 恢复原顺序 can bring it back. */
  undo?: string[];
  /**
   * The note beside "best order": the position being asked for, or what the last order found. A new object
   * each time the note is to be said again; gone once the order changes by other means.
   */
  order?: { kind: 'locating' } | OrderOutcome;
}

/** The settings form's fields as strings, as the form gives them (`hours` even while its field is disabled). */
export interface SettingsForm {
  m: string;
  t: string;
  d: string;
  b: string;
  hours: string;
  from: string;
  to: string;
}

export type PlannerAction =
  | { type: 'add'; id: string; via?: 'form' | 'map' }
  | { type: 'remove'; id: string }
  /** Move a stop to a 0-based position. */
  | { type: 'move'; id: string; to: number }
  /** The stops in a new order (a drag), `dragged` the one that was moved. */
  | { type: 'reorder'; ids: readonly string[]; dragged?: string }
  /** A stay typed in minutes; anything but 0–600 keeps the stay it had. */
  | { type: 'stay'; id: string; value: string }
  | { type: 'settings'; form: SettingsForm }
  /** "Best order" waits for the reader's position. */
  | { type: 'locating' }
  /** "Best order", from the reader's position when there is one. */
  | { type: 'optimise'; here?: LonLat }
  | { type: 'undo' }
  | { type: 'clear' };

/** What the live region says after a step. */
export type Announcement =
  | { kind: 'added'; site: PlanSite; position: number; via: 'form' | 'map' }
  | { kind: 'present' }
  | { kind: 'full' }
  | { kind: 'moved'; site: PlanSite; position: number }
  | { kind: 'removed'; site: PlanSite }
  | { kind: 'cleared' };

/** A step's result: the same state object back when the action changed nothing (nothing to draw). */
export interface PlannerStep {
  state: PlannerState;
  say?: Announcement;
}

export type PlanProblem =
  | { kind: 'unknown'; ids: string[] }
  | { kind: 'malformed'; count: number }
  | { kind: 'overLimit'; count: number }
  | { kind: 'tooLong' };

export interface PlannerStart {
  state: PlannerState;
  /** What the URL carried that the plan could not keep. */
  problems: PlanProblem[];
  /** A site to add once the page is ready (a site page's "add to my plan" link). */
  add?: string;
}

/**
 * The plan the page opens with: the URL's when it carries a plan (a shared link, a QR code), otherwise this
 * device's stored one. Problems are only the URL's: a stored plan that lost a site says nothing.
 */
export function initialPlanner(url: URLSearchParams | string, stored: string, ctx: PlannerContext): PlannerStart {
  const params = typeof url === 'string' ? new URLSearchParams(url) : url;
  const fromUrl = parsePlan(params, ctx.known);
  const start = PLAN_KEYS.some((k) => params.has(k)) ? fromUrl : parsePlan(stored, ctx.known);
  const problems: PlanProblem[] = [];
  if (fromUrl.unknown.length) problems.push({ kind: 'unknown', ids: fromUrl.unknown });
  if (fromUrl.malformed) problems.push({ kind: 'malformed', count: fromUrl.malformed });
  if (fromUrl.overLimit) problems.push({ kind: 'overLimit', count: fromUrl.overLimit });
  if (fromUrl.tooLong) problems.push({ kind: 'tooLong' });
  return { state: { plan: start.plan }, problems, ...(fromUrl.add ? { add: fromUrl.add } : {}) };
}

/** The plan with new stops; any change of order but "best order" ends what 恢复原顺序 could undo. */
function withStops(state: PlannerState, stops: PlanStop[], plan: Partial<Plan> = {}): PlannerState {
  return { plan: { ...state.plan, ...plan, stops } };
}

/** The stops in the order of `ids`, leaving out ids that are no longer stops. */
function inOrder(stops: readonly PlanStop[], ids: readonly string[]): PlanStop[] {
  const byId = new Map(stops.map((s) => [s.id, s]));
  return ids.map((id) => byId.get(id)).filter((s): s is PlanStop => Boolean(s));
}

const indexOf = (plan: Plan, id: string) => plan.stops.findIndex((s) => s.id === id);

export function plannerStep(state: PlannerState, action: PlannerAction, ctx: PlannerContext): PlannerStep {
  const { plan } = state;
  switch (action.type) {
    case 'add': {
      const { id } = action;
      if (!ctx.known.has(id)) return { state };
      // Refused, the plan is still drawn again and the order note goes, as for any add.
      const next = { plan: { ...plan } };
      if (plan.stops.some((s) => s.id === id)) return { state: next, say: { kind: 'present' } };
      if (plan.stops.length >= MAX_STOPS) return { state: next, say: { kind: 'full' } };
      const stops = [...plan.stops, { id }];
      return { state: withStops(state, stops), say: { kind: 'added', site: ctx.site(id), position: stops.length, via: action.via ?? 'form' } };
    }
    case 'remove': {
      const at = indexOf(plan, action.id);
      if (at < 0) return { state };
      const next = withStops(
        state,
        plan.stops.filter((_, i) => i !== at),
      );
      // The start or end goes with its stop.
      if (next.plan.from === action.id) delete next.plan.from;
      if (next.plan.to === action.id) delete next.plan.to;
      return { state: next, say: { kind: 'removed', site: ctx.site(action.id) } };
    }
    case 'move': {
      const from = indexOf(plan, action.id);
      const to = action.to;
      if (from < 0 || to < 0 || to >= plan.stops.length || to === from) return { state };
      const stops = plan.stops.filter((_, i) => i !== from);
      stops.splice(to, 0, plan.stops[from] as PlanStop);
      return { state: withStops(state, stops), say: { kind: 'moved', site: ctx.site(action.id), position: to + 1 } };
    }
    case 'reorder': {
      const next = withStops(state, inOrder(plan.stops, action.ids));
      const { dragged } = action;
      return dragged ? { state: next, say: { kind: 'moved', site: ctx.site(dragged), position: indexOf(next.plan, dragged) + 1 } } : { state: next };
    }
    case 'stay': {
      if (indexOf(plan, action.id) < 0) return { state };
      const n = Math.round(Number(action.value));
      const valid = Number.isFinite(n) && n >= 0 && n <= 600;
      // A new state even for a stay refused, so the field is drawn again with the stay kept.
      const stops = plan.stops.map((s) => (valid && s.id === action.id ? { ...s, minutes: n } : s));
      return { state: { ...state, plan: { ...plan, stops } } };
    }
    case 'settings':
      return { state: { ...state, plan: applySettings(plan, action.form) } };
    case 'locating':
      return plan.stops.length < 2 ? { state } : { state: { ...state, order: { kind: 'locating' } } };
    case 'optimise':
      return { state: optimise(state, ctx, action.here) };
    case 'undo': {
      if (!state.undo) return { state };
      return { state: withStops(state, inOrder(plan.stops, state.undo)) };
    }
    case 'clear':
      return { state: { plan: emptyPlan() }, say: { kind: 'cleared' } };
  }
}

/** The settings form read into the plan; a value out of its rules leaves (or drops) what the plan had. */
function applySettings(plan: Plan, form: SettingsForm): Plan {
  const out: Plan = { stops: plan.stops, mode: plan.mode, start: plan.start };
  // The URL's rules (plan-url.ts), so a setting the form takes is one a link can carry.
  if (isMode(form.m)) out.mode = form.m;
  const start = clockOf(form.t);
  if (start !== undefined) out.start = start;
  const date = dateOf(form.d);
  if (date) out.date = date;
  if (form.b === 'half' || form.b === 'day') out.budget = form.b;
  else if (form.b === 'custom') {
    const hours = Number(form.hours);
    out.budget = Number.isFinite(hours) && hours >= 0.5 && hours <= 24 ? Math.round(hours * 60) : BUDGETS.day;
  }
  const has = (id: string) => plan.stops.some((s) => s.id === id);
  if (form.from === HERE || has(form.from)) out.from = form.from;
  if (form.to && form.to !== out.from && has(form.to)) out.to = form.to;
  return out;
}

/** "Best order" from the start the plan names (a stop, or the reader's position `here`) to its end, if any. */
function optimise(state: PlannerState, ctx: PlannerContext, here: LonLat | undefined): PlannerState {
  const { plan } = state;
  if (plan.stops.length < 2) return state;
  const start = here ?? (plan.from && plan.from !== HERE ? indexOf(plan, plan.from) : 0);
  const end = plan.to ? indexOf(plan, plan.to) : -1;
  const at = (id: string): LonLat => [ctx.site(id).lon, ctx.site(id).lat];
  const r = bestOrder(
    plan.stops.map((s) => at(s.id)),
    { start, ...(end >= 0 ? { end } : {}) },
  );
  const stops = r.order.map((i) => plan.stops[i] as PlanStop);
  const first = stops[0] as PlanStop;
  const outcome: OrderOutcome = {
    kind: 'ordered',
    km: r.km,
    inputKm: r.inputKm,
    savedKm: r.savedKm,
    ...(here ? { fromHereKm: km(here, at(first.id)) } : {}),
    locateFailed: here === undefined && plan.from === HERE,
  };
  return { plan: { ...plan, stops }, undo: plan.stops.map((s) => s.id), order: outcome };
}

/** The time budget in minutes, when one is set. */
export function budgetMinutes(plan: Plan): number | undefined {
  return plan.budget === 'half' ? BUDGETS.half : plan.budget === 'day' ? BUDGETS.day : plan.budget;
}

export function plannerItinerary(state: PlannerState, ctx: PlannerContext): Itinerary {
  const { plan } = state;
  const budget = budgetMinutes(plan);
  return buildItinerary({
    stops: plan.stops.map((s) => ({ site: ctx.site(s.id), ...(s.minutes !== undefined ? { minutes: s.minutes } : {}) })),
    mode: plan.mode,
    transit: ctx.data.transit,
    start: plan.start,
    ...(budget !== undefined ? { budget } : {}),
  });
}

/** The URL's query (with `?`, empty for an empty plan) and what local storage keeps (the same without `?`). */
export function planQuery(state: PlannerState): { url: string; stored: string } {
  const url = serializePlan(state.plan);
  return { url, stored: url.slice(1) };
}

/** Downloads, print and "best order" need a stop; 恢复原顺序 needs an order to restore. */
export function plannerButtons(state: PlannerState): { hasStops: boolean; canUndo: boolean } {
  return { hasStops: state.plan.stops.length > 0, canUndo: state.undo !== undefined };
}

/** The settings form as the plan fills it; `stops` are the ids the start and end choices offer. */
export interface SettingsValues {
  mode: Plan['mode'];
  time: string;
  date: string;
  budget: '' | 'half' | 'day' | 'custom';
  /** The custom budget in hours, when there is one (otherwise the field keeps what it shows). */
  hours?: string;
  from: string;
  to: string;
  stops: string[];
}

export function settingsValues(state: PlannerState): SettingsValues {
  const { plan } = state;
  const b = plan.budget;
  return {
    mode: plan.mode,
    time: timeValue(plan.start),
    date: plan.date ?? '',
    budget: typeof b === 'number' ? 'custom' : (b ?? ''),
    ...(typeof b === 'number' ? { hours: String(b / 60) } : {}),
    from: plan.from ?? '',
    to: plan.to ?? '',
    stops: plan.stops.map((s) => s.id),
  };
}

/** The planner's sentences in the page's language. */
export function plannerWords(ui: UiStrings) {
  const locale = ui.lang as Locale;
  const P = ui.plan;
  const R = ui.routes;
  const distance = (d: number) => distanceLabel(d, locale);

  /** A site's name in the page's language: its English title on English pages when it has one. */
  const siteName = (s: PlanSite) => (locale === 'en' && s.titleEn) || s.title;

  function announcement(a: Announcement): string {
    switch (a.kind) {
      case 'added':
        return a.via === 'map' ? P.pickedFromMap(siteName(a.site)) : P.addedOne(siteName(a.site), a.position);
      case 'present':
        return R.present;
      case 'full':
        return R.full.replace('{n}', String(MAX_STOPS));
      case 'moved':
        return P.moved(siteName(a.site), a.position);
      case 'removed':
        return P.removed(siteName(a.site));
      case 'cleared':
        return P.cleared;
    }
  }

  /** The notice above the planner: what a link carried that the plan dropped; empty when nothing. */
  function problems(list: readonly PlanProblem[]): string {
    return list
      .map((p) =>
        p.kind === 'unknown'
          ? P.unknown(p.ids.slice(0, 10).join('、'))
          : p.kind === 'malformed'
            ? P.malformed(p.count)
            : p.kind === 'overLimit'
              ? P.overLimit(p.count, MAX_STOPS)
              : P.tooLong,
      )
      .join(' ');
  }

  /** The note beside "best order". */
  function order(state: PlannerState): string {
    const o = state.order;
    if (!o) return '';
    if (o.kind === 'locating') return P.locating;
    const words =
      o.savedKm > 0.05
        ? P.saved(distance(o.savedKm), distance(o.inputKm), distance(o.km))
        : o.savedKm < -0.05
          ? P.longer(distance(-o.savedKm))
          : P.noGain(distance(o.km));
    const fromHere = o.fromHereKm !== undefined ? ` ${P.fromHereKm(distance(o.fromHereKm))}` : '';
    return `${o.locateFailed ? `${P.locateFailed} ` : ''}${words}${fromHere}`;
  }

  return { siteName, announcement, problems, order };
}
