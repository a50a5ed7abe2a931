import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from '../pack/load.ts';
import type { PersonTie } from '../pack/schemas.ts';
import { compareDates, footprint, footprintPath, footprintSites } from './footprint.ts';
import { footprintPlannerHref } from './planner.ts';

const tie = (t: Partial<PersonTie>): PersonTie => ({ note: 'n', sources: ['s'], ...t });

describe('footprint', () => {
  it('orders the ties by date, a year before the days within it, undated last, ties of one date as written', () => {
    const steps = footprint({
      ties: [
        tie({ site: 'c', date: '2019' }),
        tie({ partnership: 'p' }),
        tie({ site: 'b', date: '1927-05-04' }),
        tie({ story: 's', date: '1927' }),
        tie({ site: 'a', date: '1927' }),
        tie({ route: 'r' }),
      ],
    });
    expect(steps.map((s) => `${s.n} ${s.kind}:${s.id} ${s.date ?? '-'}`)).toEqual([
      '1 story:s 1927',
      '2 site:a 1927',
      '3 site:b 1927-05-04',
      '4 site:c 2019',
      '5 partnership:p -',
      '6 route:r -',
    ]);
  });

  it('compares partial dates as the sources give them', () => {
    expect(['2019', undefined, '1927-05', '1927', '1927-05-04'].sort(compareDates)).toEqual(['1927', '1927-05', '1927-05-04', '2019', undefined]);
  });

  it('gives the planner each site once, in the order of its first step', () => {
    const steps = footprint({
      ties: [tie({ site: 'b', date: '1930' }), tie({ site: 'a', date: '1927' }), tie({ site: 'b', date: '1927' }), tie({ story: 's' })],
    });
    expect(footprintSites(steps)).toEqual(['a', 'b']);
    expect(footprintPlannerHref(steps)).toBe('/plan/?s=a,b');
    expect(footprintPlannerHref(footprint({ ties: [tie({ story: 's' })] }))).toBeUndefined();
  });

  it('draws one stop per point with the numbers of its steps, and a line that moves only between points', () => {
    const points: Record<string, [number, number]> = { a: [121.2, 30.675], b: [121.2, 30.675], c: [121.13, 30.78] };
    const steps = footprint({
      ties: [tie({ site: 'a', date: '1927' }), tie({ site: 'b', date: '1927' }), tie({ story: 's', date: '1927' }), tie({ site: 'c', date: '2019' })],
    });
    const { line, stops } = footprintPath(
      steps,
      (id) => points[id],
      (p, q) => p[0] === q[0] && p[1] === q[1],
    );
    expect(line).toEqual([points.a, points.c]);
    expect(stops).toEqual([
      { point: points.a, sites: ['a', 'b'], steps: [1, 2] },
      { point: points.c, sites: ['c'], steps: [4] },
    ]);
  });

  it('reads the base pack’s person, written out of order, in date order', () => {
    const person = loadPack(scenarioPack('base')).entries.people[0]!;
    expect(footprint(person.data).map((s) => s.note)).toEqual(['第一步', '同一年的大事记', '第二步', '没有日期的一步']);
  });
});
