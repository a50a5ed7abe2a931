/**
 * "Best order": the visiting order that makes the shortest path (straight-line distances) from a fixed start
 * (one of the stops, or a position) through every stop, optionally ending at a fixed stop. Up to EXACT_UP_TO
 * stops the answer is exact (Held–Karp); up to MAX_STOPS it is nearest neighbour improved by 2-opt and or-opt
 * (moving runs of up to three stops), which is close to the shortest but not guaranteed. The result is never
 * longer than the given order.
 */
import { km } from '../geo/distance.ts';
import { EXACT_UP_TO, MAX_STOPS } from './limits.ts';
import type { LonLat } from './types.ts';

export { EXACT_UP_TO, MAX_STOPS };

export interface OrderOptions {
  /** Index of the stop to start from, or a position (the reader's, on request); the first stop by default. */
  start?: number | LonLat;
  /** Index of the stop to end at. */
  end?: number;
  /** Plans up to this many stops are solved exactly (EXACT_UP_TO; lower only to test the heuristic). */
  exactUpTo?: number;
}

export interface OrderResult {
  /** Indices into the points, in the new visiting order. */
  order: number[];
  /** Length of the new order, km (from the position when the start is one). */
  km: number;
  /** Length of the order as given, km. */
  inputKm: number;
  /** inputKm − km. */
  savedKm: number;
  method: 'exact' | 'heuristic' | 'trivial';
}

type Matrix = number[][];

function matrix(points: readonly LonLat[]): Matrix {
  return points.map((a) => points.map((b) => km(a, b)));
}

export function pathKm(seq: readonly number[], d: Matrix): number {
  let sum = 0;
  for (let i = 1; i < seq.length; i++) sum += d[seq[i - 1] as number]?.[seq[i] as number] ?? 0;
  return sum;
}

/** Held–Karp over the free nodes: exact shortest path from `first` through all, ending at `last` if given. */
function exact(first: number, free: number[], last: number | undefined, d: Matrix): number[] {
  const m = free.length;
  if (m === 0) return last === undefined ? [first] : [first, last];
  const full = (1 << m) - 1;
  const cost = new Float64Array((1 << m) * m).fill(Number.POSITIVE_INFINITY);
  const prev = new Int16Array((1 << m) * m).fill(-1);
  const dist = (a: number, b: number) => d[a]?.[b] ?? 0;
  for (let j = 0; j < m; j++) cost[(1 << j) * m + j] = dist(first, free[j] as number);
  for (let set = 1; set <= full; set++) {
    for (let j = 0; j < m; j++) {
      if (!(set & (1 << j))) continue;
      const c = cost[set * m + j] as number;
      if (c === Number.POSITIVE_INFINITY) continue;
      for (let k = 0; k < m; k++) {
        if (set & (1 << k)) continue;
        const next = set | (1 << k);
        const v = c + dist(free[j] as number, free[k] as number);
        if (v < (cost[next * m + k] as number)) {
          cost[next * m + k] = v;
          prev[next * m + k] = j;
        }
      }
    }
  }
  let bestJ = 0;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let j = 0; j < m; j++) {
    const v = (cost[full * m + j] as number) + (last === undefined ? 0 : dist(free[j] as number, last));
    if (v < bestCost) {
      bestCost = v;
      bestJ = j;
    }
  }
  const seq: number[] = [];
  let set = full;
  let j = bestJ;
  while (j >= 0) {
    seq.push(free[j] as number);
    const p = prev[set * m + j] as number;
    set &= ~(1 << j);
    j = p;
  }
  seq.reverse();
  return [first, ...seq, ...(last === undefined ? [] : [last])];
}

function nearestNeighbour(first: number, free: number[], last: number | undefined, d: Matrix): number[] {
  const seq = [first];
  const left = new Set(free);
  let at = first;
  while (left.size) {
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    for (const k of left) {
      const v = d[at]?.[k] ?? 0;
      if (v < bestD) {
        bestD = v;
        best = k;
      }
    }
    seq.push(best);
    left.delete(best);
    at = best;
  }
  if (last !== undefined) seq.push(last);
  return seq;
}

/** 2-opt on an open path: the first node stays, and the last too when it is fixed. */
export function twoOpt(seq: number[], d: Matrix, lastFixed: boolean): number[] {
  const s = [...seq];
  const n = s.length;
  const dist = (a: number, b: number) => d[s[a] as number]?.[s[b] as number] ?? 0;
  const lastMovable = lastFixed ? n - 2 : n - 1;
  let improved = true;
  while (improved) {
    improved = false;
    for (let i = 1; i < lastMovable; i++) {
      for (let j = i + 1; j <= lastMovable; j++) {
        const tail = j + 1 < n;
        const delta = dist(i - 1, j) - dist(i - 1, i) + (tail ? dist(i, j + 1) - dist(j, j + 1) : 0);
        if (delta < -1e-9) {
          const mid = s.slice(i, j + 1).reverse();
          s.splice(i, mid.length, ...mid);
          improved = true;
        }
      }
    }
  }
  return s;
}

/**
 * Or-opt on an open path: moves a run of one to three stops (either way round) to where it adds least,
 * the first node staying first and a fixed last node last.
 */
export function orOpt(seq: number[], d: Matrix, lastFixed: boolean): number[] {
  let s = [...seq];
  const dist = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 0 : (d[a]?.[b] ?? 0));
  let improved = true;
  while (improved) {
    improved = false;
    const n = s.length;
    const lastMovable = lastFixed ? n - 2 : n - 1;
    search: for (let len = 1; len <= 3; len++) {
      for (let i = 1; i + len - 1 <= lastMovable; i++) {
        const j = i + len - 1;
        const removeGain = dist(s[i - 1], s[i]) + dist(s[j], s[j + 1]) - dist(s[i - 1], s[j + 1]);
        const run = s.slice(i, j + 1);
        const rest = [...s.slice(0, i), ...s.slice(j + 1)];
        // Insert between rest[k] and rest[k + 1]; after the last node too when the end is free.
        const lastK = lastFixed ? rest.length - 2 : rest.length - 1;
        for (let k = 0; k <= lastK; k++) {
          if (k === i - 1) continue;
          const a = rest[k];
          const b = rest[k + 1];
          for (const piece of [run, [...run].reverse()]) {
            const add = dist(a, piece[0]) + dist(piece[piece.length - 1], b) - dist(a, b);
            if (add < removeGain - 1e-9) {
              s = [...rest.slice(0, k + 1), ...piece, ...rest.slice(k + 1)];
              improved = true;
              break search;
            }
          }
        }
      }
    }
  }
  return s;
}

/** 2-opt and or-opt in turn until neither shortens the path. */
function improve(seq: number[], d: Matrix, lastFixed: boolean): number[] {
  let s = seq;
  for (;;) {
    const before = pathKm(s, d);
    s = orOpt(twoOpt(s, d, lastFixed), d, lastFixed);
    if (pathKm(s, d) >= before - 1e-9) return s;
  }
}

export function bestOrder(points: readonly LonLat[], opts: OrderOptions = {}): OrderResult {
  const n = points.length;
  if (n > MAX_STOPS) throw new RangeError(`at most ${MAX_STOPS} stops`);
  const external = Array.isArray(opts.start);
  // Node 0..n-1 are the stops; node n is the start position when there is one.
  const nodes = external ? [...points, opts.start as LonLat] : [...points];
  const d = matrix(nodes);
  const first = external ? n : typeof opts.start === 'number' && opts.start >= 0 && opts.start < n ? opts.start : 0;
  const last = opts.end !== undefined && opts.end >= 0 && opts.end < n && opts.end !== first ? opts.end : undefined;
  const given = Array.from({ length: n }, (_, i) => i);
  const inputKm = pathKm(external ? [n, ...given] : given, d);
  const free = given.filter((i) => i !== first && i !== last);
  // The given order with the start moved to the front and the end to the back: the bar to beat.
  const baseline = [first, ...free, ...(last === undefined ? [] : [last])];
  let seq: number[];
  let method: OrderResult['method'];
  if (free.length <= 1) {
    seq = baseline;
    method = 'trivial';
  } else if (n <= (opts.exactUpTo ?? EXACT_UP_TO)) {
    seq = exact(first, free, last, d);
    method = 'exact';
  } else {
    const fromNn = improve(nearestNeighbour(first, free, last, d), d, last !== undefined);
    const fromGiven = improve(baseline, d, last !== undefined);
    seq = pathKm(fromNn, d) <= pathKm(fromGiven, d) ? fromNn : fromGiven;
    method = 'heuristic';
  }
  if (pathKm(seq, d) > pathKm(baseline, d)) seq = baseline;
  const total = pathKm(seq, d);
  return { order: external ? seq.slice(1) : seq, km: total, inputKm, savedKm: inputKm - total, method };
}
