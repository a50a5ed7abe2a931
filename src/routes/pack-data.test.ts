import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { km } from '../geo/distance.ts';
import { getPack } from '../pack/index.ts';
import { loadPack } from '../pack/load.ts';
import { planData, plannerHref, routeItinerary, transitLines } from './pack-data.ts';
import { parsePlan } from './plan-url.ts';

const pack = getPack();

describe('curated routes of the default pack as itineraries', () => {
  it('give every route its stops in order, one leg fewer, and totals that add up', () => {
    for (const r of pack.entries.routes) {
      const it_ = routeItinerary(pack, r.id);
      expect(it_.stops.map((s) => s.site.id)).toEqual(r.data.stops.map((s) => s.site));
      expect(it_.legs).toHaveLength(r.data.stops.length - 1);
      expect(it_.mode).toBe(r.data.modes[0]);
      expect(it_.totals.dayMinutes).toBe(it_.legs.reduce((n, l) => n + l.minutes, 0) + it_.stops.reduce((n, s) => n + s.minutes, 0));
      // The default pack draws no route: every leg is a straight line, and says so.
      for (const leg of it_.legs) expect(leg.straight).toBe(true);
    }
  });

  it('keep the stays the route states', () => {
    const r = pack.entries.routes.find((x) => x.id === 'hongse-yuanyuan')!;
    expect(routeItinerary(pack, r.id).stops.map((s) => s.minutes)).toEqual(r.data.stops.map((s) => s.minutes));
  });

  it('walk the short legs of the bus day at 明月山塘, and say that no bus line of the pack serves the last leg', () => {
    const it_ = routeItinerary(pack, 'mingyue-shantang-yiri');
    expect(it_.mode).toBe('bus');
    expect(it_.legs.map((l) => (l.km < 0.05 ? 'same spot' : l.bus ? 'bus' : l.noBus ? 'no bus' : l.mode))).toEqual([
      'walk',
      'same spot',
      'same spot',
      'walk',
      // 廊下2路's terminus at 广陈镇山塘村 is 1.2 km from 廊下镇山塘村: beyond the 800 m the bus legs allow.
      'no bus',
    ]);
  });

  it('take no time between the two sites the pack places at one approximate point', () => {
    const it_ = routeItinerary(pack, 'hongse-yuanyuan');
    expect(it_.legs[0]?.minutes).toBe(0);
    expect(it_.stops[1]?.arrive).toBe(it_.stops[0]?.depart);
  });
});

describe('a route with a drawn path', () => {
  const base = loadPack(scenarioPack('base'));
  it('measures its leg along the path', () => {
    const it_ = routeItinerary(base, 'red-origins');
    expect(it_.legs[0]?.straight).toBe(false);
    expect(it_.legs[0]?.km).toBeCloseTo(km([121.05, 30.66], [121.13, 30.78]), 3);
  });
});

describe('bus lines for the planner', () => {
  it('carry their placed stops, with sides, and the ride between any two', () => {
    const lines = transitLines(pack);
    const l2 = lines.find((l) => l.id === 'langxia-2-lu')!;
    expect(l2.stops.map((s) => s.side)).toEqual(['上海市', '浙江省']);
    expect(l2.stops[1]?.site).toBe('shantang-cun-guangchen');
    expect(l2.ride[0]?.[1]?.km).toBeCloseTo(km([l2.stops[0]!.lon, l2.stops[0]!.lat], [l2.stops[1]!.lon, l2.stops[1]!.lat]), 6);
    expect(l2.ride[1]?.[0]).toEqual(l2.ride[0]?.[1]);
    // The sources give no frequency for it, so there is none.
    expect(l2).not.toHaveProperty('frequency');
  });

  it('put every site in the planner data with opening and booking only where the entry has them', () => {
    const data = planData(pack);
    expect(data.sites).toHaveLength(pack.entries.sites.length);
    for (const s of data.sites) {
      const entry = pack.entries.sites.find((e) => e.id === s.id)!;
      expect('opening' in s).toBe(Boolean(entry.data.opening));
      expect('booking' in s).toBe(Boolean(entry.data.booking));
    }
  });
});

describe('opening a curated route in the planner', () => {
  it('carries its stops, stays and mode through the URL', () => {
    const r = pack.entries.routes.find((x) => x.id === 'mingyue-shantang-yiri')!;
    const href = plannerHref(r.data);
    const back = parsePlan(new URL(href, 'https://x.org').search, new Set(pack.entries.sites.map((s) => s.id)));
    expect(back.plan.stops).toEqual(r.data.stops.map((s) => ({ id: s.site, minutes: s.minutes })));
    expect(back.plan.mode).toBe('bus');
    expect(back.unknown).toEqual([]);
  });
});
