/**
 * A person's 足迹: the ties of a person in the order of their dates, numbered once for the list, the map and the
 * planner alike. Pure: the person's data in, steps out.
 */
import { type Person, type PersonTie, type SourceRef, TIE_TARGETS } from '../pack/schemas.ts';

export type TieKind = (typeof TIE_TARGETS)[number];

/** The collection each kind of tie names. */
export const TIE_COLLECTION = { site: 'sites', story: 'stories', route: 'routes', partnership: 'partnerships' } as const satisfies Record<TieKind, string>;

export interface FootprintStep {
  /** Number of the step, from 1, in date order: the list's number and the map's. */
  n: number;
  kind: TieKind;
  /** Id of the entry the tie names. */
  id: string;
  date?: string;
  note: string;
  sources: SourceRef[];
}

/** The one entry a tie names (the check refuses ties naming none or several). */
export function tieTarget(tie: PersonTie): { kind: TieKind; id: string } | undefined {
  for (const kind of TIE_TARGETS) {
    const id = tie[kind];
    if (id !== undefined) return { kind, id };
  }
  return undefined;
}

/**
 * Dates as precise as their sources compare as text: `1927` before `1927-05` before `1927-05-04`, which puts a year
 * before the days within it (the source does not say where in the year it falls). Undated comes last.
 */
export function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** The steps of a person's 足迹: dated ties by date, then the undated ones; ties of one date keep the order written. */
export function footprint(person: Pick<Person, 'ties'>): FootprintStep[] {
  return person.ties
    .map((tie, i) => ({ tie, i, target: tieTarget(tie) }))
    .filter((t): t is typeof t & { target: NonNullable<typeof t.target> } => t.target !== undefined)
    .sort((a, b) => compareDates(a.tie.date, b.tie.date) || a.i - b.i)
    .map(({ tie, target }, k) => ({
      n: k + 1,
      ...target,
      ...(tie.date !== undefined ? { date: tie.date } : {}),
      note: tie.note,
      sources: tie.sources,
    }));
}

/** The sites of a 足迹 in its order, each once (at its first step): the stops the planner opens with. */
export function footprintSites(steps: readonly FootprintStep[]): string[] {
  return [...new Set(steps.filter((s) => s.kind === 'site').map((s) => s.id))];
}

export interface FootprintStop<P> {
  point: P;
  /** Site ids at this point, in step order. */
  sites: string[];
  /** Numbers of the steps at this point. */
  steps: number[];
}

/**
 * The 足迹 as drawn: a line through the site steps' points in date order, and one stop per point, numbered with the
 * steps made there. Sites the pack marks at one point (a branch "in the area" of an old house) are one stop with both
 * numbers, not two markers drawn over each other; the line joins points, so it skips a step that does not move.
 */
export function footprintPath<P>(
  steps: readonly FootprintStep[],
  pointOf: (site: string) => P | undefined,
  same: (a: P, b: P) => boolean,
): { line: P[]; stops: FootprintStop<P>[] } {
  const line: P[] = [];
  const stops: FootprintStop<P>[] = [];
  for (const step of steps) {
    if (step.kind !== 'site') continue;
    const point = pointOf(step.id);
    if (point === undefined) continue;
    const last = line[line.length - 1];
    if (last === undefined || !same(last, point)) line.push(point);
    const stop = stops.find((s) => same(s.point, point));
    if (stop) {
      if (!stop.sites.includes(step.id)) stop.sites.push(step.id);
      stop.steps.push(step.n);
    } else stops.push({ point, sites: [step.id], steps: [step.n] });
  }
  return { line, stops };
}
