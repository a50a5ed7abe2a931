import { describe, expect, it } from 'vitest';
import { MAX_STOPS } from './order.ts';
import { addStop, emptyPlan, type Plan, parsePlan, serializePlan } from './plan-url.ts';

const known = new Set(['zhuanjiaowan', 'mingyue-shantang', 'langxia-jiaoye-gongyuan', 'xingwang-cun']);

describe('plan in the URL', () => {
  it('round-trips a full plan', () => {
    const plan: Plan = {
      stops: [{ id: 'mingyue-shantang', minutes: 90 }, { id: 'zhuanjiaowan' }, { id: 'langxia-jiaoye-gongyuan', minutes: 0 }],
      from: 'zhuanjiaowan',
      to: 'langxia-jiaoye-gongyuan',
      mode: 'bus',
      budget: 'half',
      start: 8 * 60 + 30,
      date: '2025-07-01',
    };
    const query = serializePlan(plan);
    expect(query).toBe(
      '?s=mingyue-shantang~90,zhuanjiaowan,langxia-jiaoye-gongyuan~0&from=zhuanjiaowan&to=langxia-jiaoye-gongyuan&m=bus&b=half&t=08:30&d=2025-07-01',
    );
    const back = parsePlan(query, known);
    expect(back.plan).toEqual(plan);
    expect(back).toMatchObject({ unknown: [], malformed: 0, overLimit: 0, tooLong: false });
  });

  it('round-trips the position start and a custom budget, and leaves defaults out', () => {
    const plan: Plan = { ...emptyPlan(), stops: [{ id: 'xingwang-cun' }], from: 'here', budget: 300 };
    expect(serializePlan(plan)).toBe('?s=xingwang-cun&from=here&b=300');
    expect(parsePlan(serializePlan(plan), known).plan).toEqual(plan);
    expect(serializePlan(emptyPlan())).toBe('');
  });

  it('reports and drops unknown ids, keeping the known ones in order', () => {
    const r = parsePlan('?s=zhuanjiaowan,no-such-site,mingyue-shantang,gone-too', known);
    expect(r.plan.stops.map((s) => s.id)).toEqual(['zhuanjiaowan', 'mingyue-shantang']);
    expect(r.unknown).toEqual(['no-such-site', 'gone-too']);
  });

  it('ignores hostile and malformed input without throwing or keeping it', () => {
    const hostile = [
      '?s=<script>alert(1)</script>,zhuanjiaowan',
      '?s=zhuanjiaowan~-5,mingyue-shantang~99999,xingwang-cun~1e3&m=plane&b=-1&t=25:99&d=2025-02-30&from=javascript:alert(1)&to=zhuanjiaowan',
      `?s=${'a'.repeat(100_000)}`,
      '?s=%E0%A4%A,,,~~~,zhuanjiaowan~~5',
      '?s=ZHUANJIAOWAN,zhuan jiao wan,../../etc/passwd',
      `?s=${'zhuanjiaowan,'.repeat(500)}`,
    ];
    for (const q of hostile) {
      const r = parsePlan(q, known);
      const text = JSON.stringify(r);
      expect(text).not.toMatch(/[<>]|script|javascript|passwd/i);
      for (const s of r.plan.stops) expect(known.has(s.id)).toBe(true);
      expect(r.plan.stops.length).toBeLessThanOrEqual(MAX_STOPS);
    }
    const r = parsePlan(hostile[1] as string, known);
    expect(r.plan).toEqual({
      ...emptyPlan(),
      stops: [{ id: 'zhuanjiaowan' }, { id: 'mingyue-shantang' }, { id: 'xingwang-cun' }],
      to: 'zhuanjiaowan',
    });
    expect(parsePlan(hostile[0] as string, known).malformed).toBe(1);
  });

  it('keeps each site once, and no more than the limit of stops, saying how many were cut', () => {
    const many = new Set(Array.from({ length: 40 }, (_, i) => `site-${i}`));
    const r = parsePlan(`?s=${[...many, 'site-1'].join(',')}`, many);
    expect(r.plan.stops).toHaveLength(MAX_STOPS);
    expect(r.overLimit).toBe(40 - MAX_STOPS);
    expect(parsePlan('?s=zhuanjiaowan,zhuanjiaowan', known).plan.stops).toHaveLength(1);
  });

  it('marks a link longer than a plan can be as too long, whole or in one value', () => {
    expect(parsePlan(`?s=zhuanjiaowan&x=${'a'.repeat(17_000)}`, known)).toMatchObject({ tooLong: true, plan: { stops: [] } });
    expect(parsePlan(new URLSearchParams({ s: `zhuanjiaowan,${'a'.repeat(5_000)}` }), known).tooLong).toBe(true);
    expect(parsePlan('?s=zhuanjiaowan', known).tooLong).toBe(false);
  });

  it('accepts a start or end only among the plan’s stops', () => {
    const r = parsePlan('?s=zhuanjiaowan&from=mingyue-shantang&to=xingwang-cun', known);
    expect(r.plan.from).toBeUndefined();
    expect(r.plan.to).toBeUndefined();
  });

  it('takes a site to add from a site page link, and reports an unknown one', () => {
    expect(parsePlan('?add=mingyue-shantang', known).add).toBe('mingyue-shantang');
    const r = parsePlan('?add=nowhere', known);
    expect(r.add).toBeUndefined();
    expect(r.unknown).toEqual(['nowhere']);
  });

  it('adds a stop once and refuses past the limit', () => {
    const plan = emptyPlan();
    expect(addStop(plan, 'zhuanjiaowan')).toBe('added');
    expect(addStop(plan, 'zhuanjiaowan')).toBe('present');
    for (let i = 1; i < MAX_STOPS; i++) addStop(plan, `s-${i}`);
    expect(addStop(plan, 'one-more')).toBe('full');
  });
});
