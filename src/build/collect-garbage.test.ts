import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage.ts';

describe('collectGarbage', () => {
  it('frees what is no longer referenced at once, without waiting for the next allocation', () => {
    let kept: number[][] | undefined = Array.from({ length: 200 }, (_, i) => Array.from({ length: 50_000 }, (_, j) => i * j + 0.5));
    const held = process.memoryUsage().heapUsed;
    expect(kept.length).toBe(200);
    kept = undefined;
    collectGarbage();
    const after = process.memoryUsage().heapUsed;
    // 200 × 50,000 doubles are 80 MB: at least most of them must be gone.
    expect(held - after).toBeGreaterThan(60_000_000);
    collectGarbage();
  });
});
