import { describe, expect, it } from 'vitest';
import { km } from '../geo/distance.ts';
import { bestOrder, EXACT_UP_TO, MAX_STOPS, pathKm, twoOpt } from './order.ts';
import type { LonLat } from './types.ts';

/** A small deterministic random source (mulberry32), so failures can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const points = (n: number, seed: number): LonLat[] => {
  const r = rng(seed);
  return Array.from({ length: n }, () => [120.8 + r() * 0.6, 30.5 + r() * 0.4] as LonLat);
};
const length = (pts: readonly LonLat[], order: readonly number[], from?: LonLat) => {
  const seq = [...(from ? [from] : []), ...order.map((i) => pts[i] as LonLat)];
  let s = 0;
  for (let i = 1; i < seq.length; i++) s += km(seq[i - 1] as LonLat, seq[i] as LonLat);
  return s;
};

/** Every order with the start first (and the end last when fixed): the true shortest. */
function bruteForce(pts: LonLat[], start: number | LonLat, end?: number): number {
  const n = pts.length;
  const external = Array.isArray(start);
  const first = external ? undefined : (start as number);
  const free = [...Array(n).keys()].filter((i) => i !== first && i !== end);
  let best = Number.POSITIVE_INFINITY;
  const permute = (done: number[], left: number[]) => {
    if (!left.length) {
      const order = [...(first === undefined ? [] : [first]), ...done, ...(end === undefined ? [] : [end])];
      best = Math.min(best, length(pts, order, external ? (start as LonLat) : undefined));
      return;
    }
    for (const k of left)
      permute(
        [...done, k],
        left.filter((x) => x !== k),
      );
  };
  permute([], free);
  return best;
}

const isPermutation = (order: number[], n: number) => [...order].sort((a, b) => a - b).join() === [...Array(n).keys()].join();

describe('best order', () => {
  it('finds the shortest order of small plans, checked against every permutation', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const n = 3 + (seed % 6); // 3..8 stops
      const pts = points(n, seed);
      const r = bestOrder(pts, { start: 0 });
      expect(isPermutation(r.order, n)).toBe(true);
      expect(r.order[0]).toBe(0);
      expect(r.km).toBeCloseTo(bruteForce(pts, 0), 6);
      expect(r.km).toBeCloseTo(length(pts, r.order), 6);
    }
  });

  it('keeps a fixed start and end and is shortest among orders that do', () => {
    for (let seed = 50; seed < 70; seed++) {
      const pts = points(7, seed);
      const r = bestOrder(pts, { start: 2, end: 5 });
      expect(r.order[0]).toBe(2);
      expect(r.order.at(-1)).toBe(5);
      expect(r.km).toBeCloseTo(bruteForce(pts, 2, 5), 6);
    }
  });

  it('orders from the reader’s position, which is not a stop, and counts the way to the first stop', () => {
    for (let seed = 80; seed < 90; seed++) {
      const pts = points(6, seed);
      const here: LonLat = [121.5, 30.2];
      const r = bestOrder(pts, { start: here });
      expect(isPermutation(r.order, 6)).toBe(true);
      expect(r.km).toBeCloseTo(bruteForce(pts, here), 6);
      expect(r.km).toBeCloseTo(length(pts, r.order, here), 6);
    }
  });

  it('is never longer than the order given, up to 25 stops', () => {
    for (let seed = 100; seed < 160; seed++) {
      const n = 2 + (seed % (MAX_STOPS - 1));
      const pts = points(n, seed);
      const r = bestOrder(pts);
      expect(r.inputKm).toBeCloseTo(length(pts, [...Array(n).keys()]), 6);
      expect(r.km).toBeLessThanOrEqual(r.inputKm + 1e-9);
      expect(r.savedKm).toBeCloseTo(r.inputKm - r.km, 9);
      expect(isPermutation(r.order, n)).toBe(true);
    }
  });

  it('leaves an already shortest order alone, saving nothing', () => {
    const line: LonLat[] = [0, 1, 2, 3, 4, 5].map((i) => [121 + i * 0.01, 30.7] as LonLat);
    const r = bestOrder(line);
    expect(r.order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r.savedKm).toBeCloseTo(0, 9);
  });

  it('untangles a zigzag along a road into the straight run', () => {
    const zig: LonLat[] = [0, 4, 1, 3, 2, 5].map((i) => [121 + i * 0.02, 30.7] as LonLat);
    const r = bestOrder(zig);
    expect(r.order.map((i) => zig[i]?.[0])).toEqual([0, 1, 2, 3, 4, 5].map((i) => 121 + i * 0.02));
    expect(r.savedKm).toBeGreaterThan(5);
  });

  it('uses the heuristic beyond the exact limit and leaves no crossing 2-opt could undo', () => {
    const n = MAX_STOPS;
    expect(n).toBeGreaterThan(EXACT_UP_TO);
    for (let seed = 200; seed < 210; seed++) {
      const pts = points(n, seed);
      const r = bestOrder(pts);
      expect(r.method).toBe('heuristic');
      const d = pts.map((a) => pts.map((b) => km(a, b)));
      // 2-opt optimal: no reversal of a stretch shortens it further.
      expect(pathKm(twoOpt(r.order, d, false), d)).toBeCloseTo(r.km, 9);
      expect(r.km).toBeLessThanOrEqual(r.inputKm);
    }
  });

  it('with the heuristic alone, comes within 5% of the shortest on small plans (and often finds it)', () => {
    let optimal = 0;
    let worst = 1;
    const cases = 60;
    for (let seed = 500; seed < 500 + cases; seed++) {
      const pts = points(8, seed);
      const r = bestOrder(pts, { start: 0, exactUpTo: 0 });
      expect(r.method).toBe('heuristic');
      const best = bruteForce(pts, 0);
      expect(r.km).toBeLessThanOrEqual(best * 1.05);
      worst = Math.max(worst, r.km / best);
      if (r.km < best + 1e-6) optimal++;
    }
    console.log(`heuristic, 8 stops: shortest in ${optimal} of ${cases} cases, worst ${((worst - 1) * 100).toFixed(1)}% longer`);
    expect(optimal).toBeGreaterThan(cases / 2);
  });

  it('refuses more than 25 stops', () => {
    expect(() => bestOrder(points(MAX_STOPS + 1, 1))).toThrow(RangeError);
  });

  it('orders 25 stops quickly (well under 50 ms)', () => {
    const pts = points(MAX_STOPS, 7);
    bestOrder(pts); // warm-up
    const t0 = performance.now();
    const runs = 20;
    for (let i = 0; i < runs; i++) bestOrder(points(MAX_STOPS, 300 + i));
    const each = (performance.now() - t0) / runs;
    console.log(`bestOrder, 25 stops: ${each.toFixed(2)} ms per run`);
    const t1 = performance.now();
    for (let i = 0; i < runs; i++) bestOrder(points(EXACT_UP_TO, 400 + i));
    console.log(`bestOrder, ${EXACT_UP_TO} stops (exact): ${((performance.now() - t1) / runs).toFixed(2)} ms per run`);
    expect(each).toBeLessThan(50);
  });
});
