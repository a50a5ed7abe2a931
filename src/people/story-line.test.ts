import { describe, expect, it } from 'vitest';
import type { PersonTie } from '../pack/schemas.ts';
import { groupStoryLine, storyLine } from './story-line.ts';

const tie = (t: Partial<PersonTie>): PersonTie => ({ note: 'n', sources: ['s'], ...t });
const route = { id: 'r', stops: [{ site: 'old-house' }, { site: 'branch' }, { site: 'joint-branch' }, { site: 'village' }] };

describe('storyLine', () => {
  const people = [
    {
      id: 'li',
      data: {
        ties: [tie({ site: 'branch', date: '1927', note: '建立支部' }), tie({ site: 'old-house', date: '1927', note: '在老宅' }), tie({ story: 's1927' })],
      },
    },
    { id: 'zhu', data: { ties: [tie({ site: 'old-house', date: '1927', note: '入党' }), tie({ site: 'elsewhere', date: '1930' })] } },
  ];
  const stories = [
    { id: 's1927', data: { date: '1927', sites: ['old-house', 'branch'], sources: ['s'] } },
    { id: 's2019', data: { date: '2019', sites: ['village', 'joint-branch', 'far-away'], sources: ['x'] } },
    { id: 's2010', data: { date: '2010', sites: ['far-away'], sources: ['x'] } },
  ];

  it('tells the stops in date order, then route order: people’s ties with their notes, then the stories no one on the line tells', () => {
    const line = storyLine(route, people, stories);
    expect(line.map((s) => [s.date, s.sites.join('+'), s.person ?? s.story, s.note ?? ''])).toEqual([
      ['1927', 'old-house', 'li', '在老宅'],
      ['1927', 'old-house', 'zhu', '入党'],
      ['1927', 'branch', 'li', '建立支部'],
      ['2019', 'joint-branch+village', 's2019', ''],
    ]);
    // Every step keeps its own source; the route adds no date of its own.
    expect(line.at(-1)?.sources).toEqual(['x']);
  });

  it('tells the steps of one date at one place under one heading', () => {
    const groups = groupStoryLine(storyLine(route, people, stories));
    expect(groups.map((g) => [g.date, g.sites.join('+'), g.steps.map((s) => s.person ?? s.story).join(' ')])).toEqual([
      ['1927', 'old-house', 'li zhu'],
      ['1927', 'branch', 'li'],
      ['2019', 'joint-branch+village', 's2019'],
    ]);
  });

  it('is empty for a route whose stops no person or story names', () => {
    expect(storyLine({ id: 'q', stops: [{ site: 'nowhere' }] }, people, stories)).toEqual([]);
  });

  it('takes a tie to the route itself as a step without a place', () => {
    const line = storyLine({ id: 'q', stops: [{ site: 'nowhere' }] }, [{ id: 'wu', data: { ties: [tie({ route: 'q', date: '2020', note: '讲述' })] } }], []);
    expect(line).toEqual([{ date: '2020', sites: [], person: 'wu', note: '讲述', sources: ['s'] }]);
  });
});
