import { describe, expect, it } from 'vitest';
import { planSite } from '../../tests/fixtures/plan-site.ts';
import { en } from '../i18n/en.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import { MAX_STOPS } from './limits.ts';
import { emptyPlan, type Plan } from './plan-url.ts';
import {
  initialPlanner,
  type PlannerAction,
  type PlannerState,
  plannerButtons,
  plannerContext,
  plannerItinerary,
  plannerStep,
  plannerWords,
  planQuery,
  type SettingsForm,
  settingsValues,
} from './planner-state.ts';
import { BUDGETS, DEFAULT_START, DEFAULT_STAY_MINUTES } from './time.ts';
import type { PlanData } from './types.ts';

// Four sites along the 30.7° parallel, 0.1° (≈ 9.6 km) apart from west to east, and many more for the limit.
const data: PlanData = {
  sites: [
    planSite('west', 121.0, 30.7, { title: '西站', titleEn: 'West' }),
    planSite('mid-west', 121.1, 30.7, { title: '中西' }),
    planSite('mid-east', 121.2, 30.7, { title: '中东' }),
    planSite('east', 121.3, 30.7, { title: '东站' }),
    ...Array.from({ length: MAX_STOPS + 5 }, (_, i) => planSite(`site-${i}`, 121 + i / 100, 30.8)),
  ],
  transit: [],
  border: [],
  outlines: [],
  attribution: [],
};
const ctx = plannerContext(data);
const words = plannerWords(zhCN);

const withPlan = (plan: Partial<Plan>): PlannerState => ({ plan: { ...emptyPlan(), ...plan } });
const stops = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (s: PlannerState) => s.plan.stops.map((x) => x.id);
const step = (s: PlannerState, a: PlannerAction) => plannerStep(s, a, ctx);
const run = (s: PlannerState, ...actions: PlannerAction[]) => actions.reduce((acc, a) => step(acc, a).state, s);
const said = (s: PlannerState, a: PlannerAction) => {
  const r = step(s, a).say;
  return r && words.announcement(r);
};
/** The settings form as the page fills it from a plan, with some fields changed. */
const form = (s: PlannerState, changes: Partial<SettingsForm> = {}): SettingsForm => {
  const v = settingsValues(s);
  return { m: v.mode, t: v.time, d: v.date, b: v.budget, hours: v.hours ?? '8', from: v.from, to: v.to, ...changes };
};

describe('the plan the planner opens with', () => {
  it('takes the URL’s plan when the URL carries a plan key, else the plan stored on this device', () => {
    const stored = 's=east,west&m=walk';
    expect(ids(initialPlanner('?s=mid-west', stored, ctx).state)).toEqual(['mid-west']);
    // Any one plan key makes the URL the plan, even one that names no stop.
    expect(initialPlanner('?m=bus', stored, ctx).state.plan).toEqual({ ...emptyPlan(), mode: 'bus' });
    expect(initialPlanner('', stored, ctx).state.plan).toEqual({ ...emptyPlan(), stops: stops('east', 'west'), mode: 'walk' });
    expect(initialPlanner('?utm_source=x', stored, ctx).state.plan.stops).toEqual(stops('east', 'west'));
    expect(initialPlanner('', '', ctx).state).toEqual({ plan: emptyPlan() });
  });

  it('adds a site from a site page’s link to the stored plan, once the page is ready', () => {
    const start = initialPlanner('?add=mid-east', 's=west', ctx);
    expect(start.add).toBe('mid-east');
    expect(ids(start.state)).toEqual(['west']);
    const added = step(start.state, { type: 'add', id: start.add as string });
    expect(ids(added.state)).toEqual(['west', 'mid-east']);
    expect(added.say && words.announcement(added.say)).toBe('已加入“中东”，现为第 2 站。');
  });

  it('reports what the link carried that it dropped: unknown ids, malformed items, stops over the limit', () => {
    const many = Array.from({ length: MAX_STOPS + 3 }, (_, i) => `site-${i}`);
    const start = initialPlanner(`?s=west,nowhere,<b>,${many.join(',')}&add=gone`, '', ctx);
    expect(start.problems).toEqual([
      { kind: 'unknown', ids: ['nowhere', 'gone'] },
      { kind: 'malformed', count: 1 },
      { kind: 'overLimit', count: 4 },
    ]);
    expect(start.state.plan.stops).toHaveLength(MAX_STOPS);
    expect(start.add).toBeUndefined();
    expect(words.problems(start.problems)).toBe(
      `链接中的这些地点本站没有，已忽略：nowhere、gone 链接中有 1 项无法识别，已忽略。 行程最多 ${MAX_STOPS} 站，链接中多出的 4 站已忽略。`,
    );
    expect(words.problems([])).toBe('');
  });

  it('says so when a link is too long to read a plan from, instead of opening an empty planner without a word', () => {
    const start = initialPlanner(`?s=west,${'x'.repeat(20_000)}`, 'west~30', ctx);
    expect(start.problems).toEqual([{ kind: 'tooLong' }]);
    expect(words.problems(start.problems)).toContain('这个链接太长');
    expect(initialPlanner('?s=west', '', ctx).problems).toEqual([]);
  });

  it('names at most ten unknown ids, and says nothing of what a stored plan lost', () => {
    const unknown = Array.from({ length: 12 }, (_, i) => `gone-${i}`);
    const start = initialPlanner(`?s=${unknown.join(',')}`, '', ctx);
    expect(words.problems(start.problems)).toBe(`链接中的这些地点本站没有，已忽略：${unknown.slice(0, 10).join('、')}`);
    const stored = initialPlanner('', 's=west,gone-0,<x>', ctx);
    expect(ids(stored.state)).toEqual(['west']);
    expect(stored.problems).toEqual([]);
  });
});

describe('the planner’s stops', () => {
  it('adds known sites at the end and says so, from the form or the map', () => {
    const s = run(withPlan({}), { type: 'add', id: 'west' });
    expect(ids(s)).toEqual(['west']);
    expect(said(s, { type: 'add', id: 'east' })).toBe('已加入“东站”，现为第 2 站。');
    expect(said(s, { type: 'add', id: 'east', via: 'map' })).toBe('已从地图加入“东站”。');
  });

  it('ignores an unknown site, and refuses one already there or past the limit, drawing the plan again', () => {
    const s = withPlan({ stops: stops('west') });
    expect(step(s, { type: 'add', id: 'nowhere' }).state).toBe(s);
    const present = step(s, { type: 'add', id: 'west' });
    expect(present.state).not.toBe(s);
    expect(present.state.plan).toEqual(s.plan);
    expect(present.say && words.announcement(present.say)).toBe('已在我的行程中。');
    const full = withPlan({ stops: stops(...Array.from({ length: MAX_STOPS }, (_, i) => `site-${i}`)) });
    expect(said(full, { type: 'add', id: 'west' })).toBe(`我的行程最多 ${MAX_STOPS} 站，请先删去一些。`);
    expect(step(full, { type: 'add', id: 'west' }).state.plan.stops).toHaveLength(MAX_STOPS);
  });

  it('removes a stop, and the start or end that was that stop', () => {
    const s = withPlan({ stops: stops('west', 'mid-west', 'east'), from: 'mid-west', to: 'east' });
    const r = step(s, { type: 'remove', id: 'mid-west' });
    expect(r.state.plan).toEqual({ ...emptyPlan(), stops: stops('west', 'east'), to: 'east' });
    expect(r.say && words.announcement(r.say)).toBe('已删除“中西”。');
    expect(run(s, { type: 'remove', id: 'east' }).plan.to).toBeUndefined();
    expect(step(s, { type: 'remove', id: 'nowhere' }).state).toBe(s);
    // The state it came from is left as it was.
    expect(ids(s)).toEqual(['west', 'mid-west', 'east']);
  });

  it('moves a stop up, down or to a place, and does nothing past either end', () => {
    const s = withPlan({ stops: [{ id: 'west', minutes: 45 }, { id: 'mid-west' }, { id: 'east' }] });
    expect(ids(run(s, { type: 'move', id: 'east', to: 1 }))).toEqual(['west', 'east', 'mid-west']);
    expect(run(s, { type: 'move', id: 'west', to: 2 }).plan.stops).toEqual([{ id: 'mid-west' }, { id: 'east' }, { id: 'west', minutes: 45 }]);
    expect(said(s, { type: 'move', id: 'east', to: 0 })).toBe('“东站”移到第 1 站。');
    for (const to of [-1, 3, 0]) expect(step(s, { type: 'move', id: 'west', to }).state).toBe(s);
    expect(step(s, { type: 'move', id: 'nowhere', to: 0 }).state).toBe(s);
  });

  it('takes a dragged order, keeping only the plan’s stops, and says where the dragged one went', () => {
    const s = withPlan({ stops: stops('west', 'mid-west', 'east') });
    const r = step(s, { type: 'reorder', ids: ['mid-west', 'east', 'nowhere', 'west'], dragged: 'west' });
    expect(ids(r.state)).toEqual(['mid-west', 'east', 'west']);
    expect(r.say && words.announcement(r.say)).toBe('“西站”移到第 3 站。');
    expect(step(s, { type: 'reorder', ids: ['east', 'west', 'mid-west'] }).say).toBeUndefined();
  });

  it('keeps a stay of 0 to 600 minutes, rounded, and draws a refused one again with the stay it had', () => {
    const s = withPlan({ stops: stops('west', 'east') });
    expect(run(s, { type: 'stay', id: 'east', value: '44.6' }).plan.stops).toEqual([{ id: 'west' }, { id: 'east', minutes: 45 }]);
    expect(run(s, { type: 'stay', id: 'east', value: '0' }).plan.stops[1]).toEqual({ id: 'east', minutes: 0 });
    for (const value of ['601', '-5', 'abc']) {
      const r = step(s, { type: 'stay', id: 'east', value });
      expect(r.state).not.toBe(s);
      expect(r.state.plan).toEqual(s.plan);
    }
    expect(step(s, { type: 'stay', id: 'nowhere', value: '30' }).state).toBe(s);
  });

  it('clears the plan to the defaults and says so', () => {
    const s = withPlan({ stops: stops('west', 'east'), mode: 'bus', budget: 'half', date: '2025-07-01' });
    const r = step(s, { type: 'clear' });
    expect(r.state).toEqual({ plan: emptyPlan() });
    expect(r.say && words.announcement(r.say)).toBe('行程已清空。');
  });
});

describe('the planner’s settings', () => {
  it('fills the form from the plan', () => {
    const s = withPlan({ stops: stops('west', 'east'), mode: 'bike', start: 8 * 60 + 5, budget: 150, from: 'here', to: 'east', date: '2025-07-01' });
    expect(settingsValues(s)).toEqual({
      mode: 'bike',
      time: '08:05',
      date: '2025-07-01',
      budget: 'custom',
      hours: '2.5',
      from: 'here',
      to: 'east',
      stops: ['west', 'east'],
    });
    expect(settingsValues(withPlan({ budget: 'half' }))).toMatchObject({ budget: 'half', date: '', from: '', to: '' });
    expect(settingsValues(withPlan({})).hours).toBeUndefined();
  });

  it('reads the form into the plan, keeping only what the rules allow', () => {
    const s = withPlan({ stops: stops('west', 'east') });
    const set = (changes: Partial<SettingsForm>) => run(s, { type: 'settings', form: form(s, changes) }).plan;
    expect(set({ m: 'walk', t: '07:30', d: '2025-07-01', b: 'half', from: 'east', to: 'west' })).toEqual({
      ...s.plan,
      mode: 'walk',
      start: 7 * 60 + 30,
      date: '2025-07-01',
      budget: 'half',
      from: 'east',
      to: 'west',
    });
    expect(set({ m: 'plane', t: '', d: '2025-02-30', from: 'mid-west', to: 'nowhere' })).toEqual(s.plan);
    expect(set({ from: 'here' }).from).toBe('here');
    // The end cannot be the start.
    expect(set({ from: 'east', to: 'east' })).toEqual({ ...s.plan, from: 'east' });
    const dated = withPlan({ ...s.plan, date: '2025-07-01', budget: 'day' });
    expect(run(dated, { type: 'settings', form: form(dated, { d: '', b: '' }) }).plan).toEqual(s.plan);
  });

  it('takes custom hours from half an hour to a day, and a day otherwise', () => {
    const s = withPlan({ stops: stops('west') });
    const budget = (hours: string) => run(s, { type: 'settings', form: form(s, { b: 'custom', hours }) }).plan.budget;
    expect(budget('2.5')).toBe(150);
    expect(budget('0.5')).toBe(30);
    expect(budget('24')).toBe(1440);
    for (const bad of ['0.25', '25', '', 'x']) expect(budget(bad)).toBe(BUDGETS.day);
  });
});

describe('best order', () => {
  const zigzag = withPlan({ stops: stops('east', 'west', 'mid-east', 'mid-west') });

  it('orders for the least travel, says what it saved, and 恢复原顺序 brings the order back', () => {
    const ordered = step(zigzag, { type: 'optimise' }).state;
    expect(ids(ordered)).toEqual(['east', 'mid-east', 'mid-west', 'west']);
    expect(plannerButtons(ordered).canUndo).toBe(true);
    expect(words.order(ordered)).toMatch(/^新顺序少走约 \d+\.\d 公里（\d+\.\d 公里 → 28\.\d 公里，直线距离）。$/);
    const back = step(ordered, { type: 'undo' }).state;
    expect(back).toEqual(zigzag);
    expect(plannerButtons(back).canUndo).toBe(false);
    expect(words.order(back)).toBe('');
    expect(step(zigzag, { type: 'undo' }).state).toBe(zigzag);
  });

  it('keeps stays and settings changed after ordering when the order is undone', () => {
    const ordered = run(zigzag, { type: 'optimise' }, { type: 'stay', id: 'west', value: '90' });
    const again = run(ordered, { type: 'settings', form: form(ordered, { m: 'bus' }) });
    expect(again.undo).toEqual(ordered.undo);
    expect(words.order(again)).toBe(words.order(ordered));
    const back = run(again, { type: 'undo' });
    expect(back.plan.stops).toEqual([{ id: 'east' }, { id: 'west', minutes: 90 }, { id: 'mid-east' }, { id: 'mid-west' }]);
    expect(back.plan.mode).toBe('bus');
  });

  it('forgets the order to restore once the stops change otherwise', () => {
    const ordered = run(zigzag, { type: 'optimise' });
    const changes: PlannerAction[] = [
      { type: 'add', id: 'site-0' },
      { type: 'add', id: 'west' },
      { type: 'remove', id: 'west' },
      { type: 'move', id: 'west', to: 0 },
      { type: 'reorder', ids: ['west', 'east', 'mid-east', 'mid-west'] },
      { type: 'clear' },
    ];
    for (const a of changes) {
      const s = run(ordered, a);
      expect(plannerButtons(s).canUndo, a.type).toBe(false);
      expect(words.order(s), a.type).toBe('');
    }
  });

  it('starts at the chosen start and ends at the chosen end, and says when that costs distance', () => {
    const s = withPlan({ stops: stops('west', 'mid-west', 'mid-east', 'east'), from: 'mid-west', to: 'east' });
    const ordered = run(s, { type: 'optimise' });
    expect(ids(ordered)).toEqual(['mid-west', 'west', 'mid-east', 'east']);
    expect(words.order(ordered)).toMatch(/^因为固定了起点或终点，新顺序比原来多约 9\.\d 公里（直线距离）。$/);
    const straight = run(withPlan({ stops: stops('west', 'mid-west', 'east') }), { type: 'optimise' });
    expect(ids(straight)).toEqual(['west', 'mid-west', 'east']);
    expect(words.order(straight)).toMatch(/^当前顺序已是最短或接近最短（约 28\.\d 公里，直线距离）。$/);
  });

  it('starts from the reader’s position when there is one, and from the first stop when there is none', () => {
    const s = withPlan({ stops: stops('west', 'mid-west', 'east'), from: 'here' });
    const locating = run(s, { type: 'locating' });
    expect(words.order(locating)).toBe('正在定位…');
    expect(locating.plan).toEqual(s.plan);
    const near = run(locating, { type: 'optimise', here: [121.31, 30.7] });
    expect(ids(near)).toEqual(['east', 'mid-west', 'west']);
    expect(near.plan.from).toBe('here');
    expect(words.order(near)).toMatch(/ 从您的位置到第 1 站约 \d+ 米（直线）。$/);
    const failed = run(locating, { type: 'optimise' });
    expect(ids(failed)).toEqual(['west', 'mid-west', 'east']);
    expect(words.order(failed)).toMatch(/^无法获取您的位置，已从第 1 站开始排序。 当前顺序已是最短/);
  });

  it('needs two stops', () => {
    const one = withPlan({ stops: stops('west'), from: 'here' });
    expect(step(one, { type: 'optimise' }).state).toBe(one);
    expect(step(one, { type: 'locating' }).state).toBe(one);
  });

  it('gives a new note each time it orders, so the same words are said again', () => {
    const once = run(zigzag, { type: 'optimise' });
    const twice = run(once, { type: 'optimise' });
    expect(twice.order).not.toBe(once.order);
    expect(words.order(twice)).toMatch(/^当前顺序已是最短/);
    // Undo then restores the order before the second click.
    expect(ids(run(twice, { type: 'undo' }))).toEqual(ids(once));
  });
});

describe('what the planner draws', () => {
  it('builds the itinerary with the stays, mode, start and budget minutes of the plan', () => {
    const s = withPlan({ stops: [{ id: 'west', minutes: 60 }, { id: 'east' }], mode: 'walk', start: 8 * 60, budget: 'half' });
    const it_ = plannerItinerary(s, ctx);
    expect(it_.mode).toBe('walk');
    expect(it_.start).toBe(8 * 60);
    expect(it_.stops.map((x) => [x.site.id, x.minutes, x.minutesStated])).toEqual([
      ['west', 60, true],
      ['east', DEFAULT_STAY_MINUTES, false],
    ]);
    expect(it_.budget?.minutes).toBe(BUDGETS.half);
    expect(plannerItinerary(withPlan({ ...s.plan, budget: 'day' }), ctx).budget?.minutes).toBe(BUDGETS.day);
    expect(plannerItinerary(withPlan({ ...s.plan, budget: 90 }), ctx).budget?.minutes).toBe(90);
    expect(plannerItinerary(withPlan({ stops: s.plan.stops }), ctx).budget).toBeUndefined();
    expect(plannerItinerary(withPlan({}), ctx).stops).toEqual([]);
  });

  it('writes the plan to the URL and storage with the defaults left out', () => {
    expect(planQuery(withPlan({}))).toEqual({ url: '', stored: '' });
    const s = withPlan({ stops: [{ id: 'west', minutes: 45 }, { id: 'east' }], mode: 'bus', budget: 150, start: DEFAULT_START, from: 'here' });
    expect(planQuery(s)).toEqual({ url: '?s=west~45,east&from=here&m=bus&b=150', stored: 's=west~45,east&from=here&m=bus&b=150' });
    // What is stored opens the same plan again.
    expect(initialPlanner('', planQuery(s).stored, ctx).state.plan).toEqual(s.plan);
  });

  it('enables downloads, print and best order only with stops, and 恢复原顺序 only after an order', () => {
    expect(plannerButtons(withPlan({}))).toEqual({ hasStops: false, canUndo: false });
    expect(plannerButtons(withPlan({ stops: stops('west') }))).toEqual({ hasStops: true, canUndo: false });
  });

  it('names sites in the page’s language', () => {
    const west = ctx.site('west');
    expect(plannerWords(en).siteName(west)).toBe('West');
    expect(plannerWords(en).siteName(ctx.site('east'))).toBe('东站');
    expect(words.siteName(west)).toBe('西站');
    expect(plannerWords(en).announcement({ kind: 'removed', site: west })).toBe(en.plan.removed('West'));
  });
});
