import { describe, expect, it } from 'vitest';
import { km } from '../geo/distance.ts';
import { buildItinerary } from './itinerary.ts';
import { DEFAULT_STAY_MINUTES } from './time.ts';
import type { PlanSite, TransitLineInfo } from './types.ts';

const site = (id: string, lon: number, lat: number, provinces = ['浙江省']): PlanSite => ({
  id,
  title: id,
  kind: 'village',
  lon,
  lat,
  provinces,
  summary: `${id} summary`,
  approximate: false,
});

// Along the 30.7° parallel, 0.1° of longitude is about 9.56 km.
const a = site('a', 121.0, 30.7);
const b = site('b', 121.1, 30.7);
const c = site('c', 121.2, 30.7, ['上海市']);
const border = site('border', 121.2, 30.75, ['浙江省', '上海市']);

describe('itinerary', () => {
  it('schedules arrivals and departures from the start time with each stay and leg', () => {
    const it_ = buildItinerary({
      stops: [{ site: a, minutes: 45 }, { site: b }, { site: c, minutes: 60 }],
      mode: 'car',
      start: 9 * 60,
    });
    const leg1 = km([121.0, 30.7], [121.1, 30.7]);
    expect(leg1).toBeCloseTo(9.56, 1);
    // 9.56 km × 1.3 at 40 km/h = 18.6 min → 20.
    expect(it_.legs.map((l) => l.minutes)).toEqual([20, 20]);
    expect(it_.stops.map((s) => [s.arrive, s.depart])).toEqual([
      [540, 585],
      [605, 605 + DEFAULT_STAY_MINUTES],
      [655, 715],
    ]);
    expect(it_.stops[1]?.minutesStated).toBe(false);
    expect(it_.totals).toMatchObject({ travelMinutes: 40, stayMinutes: 135, dayMinutes: 175, end: 715 });
    expect(it_.totals.km).toBeCloseTo(2 * leg1, 2);
  });

  it('takes longer on foot than by car over the same stops', () => {
    const stops = [{ site: a }, { site: b }];
    const walk = buildItinerary({ stops, mode: 'walk' });
    const car = buildItinerary({ stops, mode: 'car' });
    // 9.56 km × 1.3 at 4.5 km/h = 165.7 min → 170.
    expect(walk.legs[0]?.minutes).toBe(170);
    expect(walk.totals.dayMinutes).toBeGreaterThan(car.totals.dayMinutes);
  });

  it('marks a leg between provinces as crossing the border, and not a leg to a site on the border', () => {
    const it_ = buildItinerary({ stops: [{ site: a }, { site: c }, { site: border }, { site: b }], mode: 'car' });
    expect(it_.legs.map((l) => l.crossesBorder)).toEqual([true, false, false]);
    expect(it_.legs[0]).toMatchObject({ fromProvinces: ['浙江省'], toProvinces: ['上海市'] });
  });

  it('says what fits a time budget and what does not', () => {
    const stops = [
      { site: a, minutes: 60 },
      { site: b, minutes: 60 },
      { site: c, minutes: 120 },
    ];
    const it_ = buildItinerary({ stops, mode: 'car', budget: 180 });
    // a 60, leg 20, b 60 (ends at 140), leg 20, c 120 (ends at 280).
    expect(it_.stops.map((s) => s.overBudget)).toEqual([false, false, true]);
    expect(it_.budget).toEqual({ minutes: 180, fits: false, fitting: 2, overBy: 100 });
    expect(buildItinerary({ stops, mode: 'car', budget: 480 }).budget?.fits).toBe(true);
  });

  it('makes no time between stops at one spot', () => {
    const it_ = buildItinerary({ stops: [{ site: a }, { site: { ...a, id: 'a2' } }], mode: 'walk' });
    expect(it_.legs[0]).toMatchObject({ minutes: 0 });
    expect(it_.stops[1]?.arrive).toBe(it_.stops[0]?.depart);
  });

  describe('on a bus day', () => {
    const line: TransitLineInfo = {
      id: 'l',
      title: '廊下2路',
      stops: [
        { name: 'A 站', lon: 121.0, lat: 30.703, side: '浙江省' },
        { name: 'C 站', lon: 121.2, lat: 30.703, side: '上海市' },
      ],
      ride: [
        [
          { km: 0, straight: true },
          { km: 19.1, straight: true },
        ],
        [
          { km: 19.1, straight: true },
          { km: 0, straight: true },
        ],
      ],
    };

    it('rides a line that serves both ends, and says so', () => {
      const it_ = buildItinerary({ stops: [{ site: a }, { site: c }], mode: 'bus', transit: [line] });
      const leg = it_.legs[0];
      expect(leg?.bus?.line.title).toBe('廊下2路');
      expect(leg?.bus?.crossesBorder).toBe(true);
      expect(leg?.minutes).toBe((leg?.bus?.minutes.walkTo ?? 0) + (leg?.bus?.minutes.ride ?? 0) + (leg?.bus?.minutes.walkFrom ?? 0));
      expect(leg?.noBus).toBeUndefined();
    });

    it('says when no line of the pack serves a leg', () => {
      const leg = buildItinerary({ stops: [{ site: a }, { site: site('far', 121.5, 31) }], mode: 'bus', transit: [line] }).legs[0];
      expect(leg?.bus).toBeUndefined();
      expect(leg?.noBus).toBe(true);
    });

    it('walks a short leg', () => {
      const near = site('near', 121.01, 30.7);
      const leg = buildItinerary({ stops: [{ site: a }, { site: near }], mode: 'bus', transit: [line] }).legs[0];
      expect(leg?.mode).toBe('walk');
      expect(leg?.bus).toBeUndefined();
    });
  });
});
