import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from '../pack/load.ts';
import { EVERY_CARD_UP_TO, sitesWithOwnCard } from './own-cards.ts';

const { entries } = loadPack(scenarioPack('base'));
const shantang = entries.sites.find((s) => s.id === 'shantang')!;
/** The base pack with `n` more sites that no route, belt, story or person names (a partnership or bus line may). */
const withLoneSites = (n: number) => ({
  ...entries,
  sites: [...entries.sites, ...Array.from({ length: n }, (_, i) => ({ ...shantang, id: `lone-${i}` }))],
});

describe('sitesWithOwnCard', () => {
  it('gives every site its card in a pack of up to 2,000 sites', () => {
    const pack = withLoneSites(EVERY_CARD_UP_TO - entries.sites.length);
    expect(sitesWithOwnCard(pack, 'auto').size).toBe(EVERY_CARD_UP_TO);
  });

  it('above that, only the sites a route, belt, story or person names', () => {
    const pack = withLoneSites(EVERY_CARD_UP_TO);
    // 转角湾 is a route's stop, a belt's member and a story's place; 山塘 is a route's stop and a person's place.
    expect([...sitesWithOwnCard(pack, 'auto')].sort()).toEqual(['shantang', 'zhuanjiaowan']);
    expect([...sitesWithOwnCard(pack, 'named')].sort()).toEqual(['shantang', 'zhuanjiaowan']);
  });

  it('draws them all when the pack says so, and only the named ones in a small pack that asks', () => {
    expect(sitesWithOwnCard(withLoneSites(EVERY_CARD_UP_TO), 'all').size).toBe(EVERY_CARD_UP_TO + entries.sites.length);
    expect([...sitesWithOwnCard(withLoneSites(3), 'named')].sort()).toEqual(['shantang', 'zhuanjiaowan']);
  });

  it('a bus line or partnership naming a site does not give it a card', () => {
    const pack = withLoneSites(1);
    const transit = pack.transit.map((t) => ({ ...t, data: { ...t.data, stops: [...t.data.stops, { ...t.data.stops[0]!, site: 'lone-0' }] } }));
    const partnerships = pack.partnerships.map((p) => ({ ...p, data: { ...p.data, sites: [...(p.data.sites ?? []), 'lone-0'] } }));
    expect(sitesWithOwnCard({ ...pack, transit, partnerships }, 'named').has('lone-0')).toBe(false);
    // Named by a story, it has one.
    const stories = pack.stories.map((s) => ({ ...s, data: { ...s.data, sites: [...(s.data.sites ?? []), 'lone-0'] } }));
    expect(sitesWithOwnCard({ ...pack, transit, partnerships, stories }, 'named').has('lone-0')).toBe(true);
  });
});
