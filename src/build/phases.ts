/**
 * The build's phases as a builder follows them: each says what it made and how long it took as it ends, and the
 * build closes with all of them on one table. A large pack builds for minutes; these lines say where they go.
 * Kept on globalThis: the pages and endpoints run in Vite's bundle of the site, the integrations in the config's
 * modules, and both report here.
 */

export interface Phase {
  name: string;
  /** What the phase made, e.g. "311 pages". */
  made: string;
  ms: number;
  /** Of `ms`, the time it ran beside the phase before it: the table's rest does not count that time twice. */
  beside?: number;
}

interface Record {
  phases: Phase[];
  /** Phases still running, by name: their start and what they have counted so far. */
  open: Map<string, { started: number; count: number; ms: number; spans: [number, number][] }>;
  /** While a phase runs long: where its progress lines go, which phase, and when the last line went. */
  progress?: { phase: string; words: [string, string][]; print: (line: string) => void; last: number };
}

const SLOT: unique symbol = Symbol.for('dangjian-map.build-phases');
const shared = globalThis as typeof globalThis & { [SLOT]?: Record };
shared[SLOT] ??= { phases: [], open: new Map() };
const record: Record = shared[SLOT];

/** A phase timed from here to `end`. */
export function startPhase(name: string, now = performance.now()): void {
  record.open.set(name, { started: now, count: 0, ms: 0, spans: [] });
}

/** A builder of a large pack waits minutes in the page phase: a line this often says how far it has got. */
const PROGRESS_EVERY_MS = 10_000;

/**
 * Prints a progress line of `phase` every PROGRESS_EVERY_MS while work is counted in it, naming the counts of
 * `words` ([counter, what it makes], e.g. ['cards', 'share cards']) so far.
 */
export function reportProgress(phase: string, words: [string, string][], print: (line: string) => void, now = performance.now()): void {
  record.progress = { phase, words, print, last: now };
}

function progress(now: number): void {
  const p = record.progress;
  const phase = p && record.open.get(p.phase);
  if (!p || !phase || now - p.last < PROGRESS_EVERY_MS) return;
  p.last = now;
  const counts = p.words.flatMap(([name, what]) => {
    const n = record.open.get(name)?.count;
    return n ? [`${n.toLocaleString('en')} ${what}`] : [];
  });
  p.print(`${p.phase}: ${counts.join(', ') || 'under way'} so far, ${seconds(now - phase.started)}`);
}

/**
 * Work inside a phase that runs among others (a share card among the pages), from `started` to `now`: counted, and
 * its time taken as the time during which at least one such piece was under way. Pages are made several at a time
 * (astro.config.ts build.concurrency), so summing each card's own time would count the same seconds over again.
 */
export function countWork(name: string, started: number, now = performance.now()): void {
  const open = record.open.get(name) ?? { started: Number.NaN, count: 0, ms: 0, spans: [] };
  open.count += 1;
  open.spans.push([started, now]);
  record.open.set(name, open);
  progress(now);
}

/** The length of the union of spans. */
function covered(spans: [number, number][]): number {
  let total = 0;
  let until = Number.NEGATIVE_INFINITY;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (to <= until) continue;
    total += to - Math.max(from, until);
    until = to;
  }
  return total;
}

/** What counted work added up to (a count, and the time it was under way), or undefined if none was counted; forgets it. */
export function takeCounted(name: string): { count: number; ms: number } | undefined {
  const open = record.open.get(name);
  record.open.delete(name);
  return open?.count ? { count: open.count, ms: covered(open.spans) } : undefined;
}

/** Ends a phase: the line to print as it ends. */
export function endPhase(name: string, made: string, now = performance.now()): string {
  const open = record.open.get(name);
  record.open.delete(name);
  if (record.progress?.phase === name) record.progress = undefined;
  const ms = open && Number.isFinite(open.started) ? now - open.started : (open?.ms ?? 0);
  addPhase({ name, made, ms });
  return phaseLine({ name, made, ms });
}

/** A phase measured elsewhere (the pack is read before any hook runs); it replaces an earlier one of its name (`astro dev` reads the pack again). */
export function addPhase(phase: Phase): void {
  record.phases = [...record.phases.filter((p) => p.name !== phase.name), phase];
}

/** The phases ended so far, in order: what this process hands to the steps after it (finish.ts). */
export function phasesSoFar(): Phase[] {
  return [...record.phases];
}

export function phaseLine(p: Phase): string {
  return `${p.name}: ${p.made} in ${seconds(p.ms)}`;
}

/** The closing table: one line per phase, in the order they ended, the share of the whole each took, and the rest. */
export function phaseTable(total: number): string[] {
  const rest = total - record.phases.reduce((n, p) => n + p.ms - (p.beside ?? 0), 0);
  const rows = [...record.phases, ...(rest > 0 ? [{ name: 'the rest', made: "Vite's bundling, Astro's setup, the other integrations", ms: rest }] : [])];
  const width = Math.max(...rows.map((p) => p.name.length), 5);
  return [
    ...rows.map((p) => `  ${p.name.padEnd(width)}  ${seconds(p.ms).padStart(8)}  ${`${Math.round((100 * p.ms) / total)}%`.padStart(4)}  ${p.made}`),
    `  ${'total'.padEnd(width)}  ${seconds(total).padStart(8)}`,
  ];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
