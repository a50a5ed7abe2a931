import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../pack/messages/index.ts';
import { representativeTrip, routeTitle, routeTypeLabel } from './gtfs-plan.ts';
import { feedFilesFromZip, readFeed } from './gtfs-read.ts';

const m = zh.import;
const FIX = resolve(import.meta.dirname, '../../tests/fixtures/import/gtfs');

describe('reading a feed', () => {
  it('keeps only the chosen routes’ stop times and shapes', () => {
    const feed = readFeed(feedFilesFromZip(readFileSync(`${FIX}/node-gtfs_caltrain_20160406.zip`), m), ['Bu-16APR'], m);
    expect(feed.trips).toHaveLength(218);
    expect(feed.stopTimes.size).toBe(30);
    // The feed has eight shapes; the Baby Bullet's trips use four of them.
    expect([...feed.shapes.keys()].sort()).toEqual(['cal_sf_sj', 'cal_sf_tam', 'cal_sj_sf', 'cal_tam_sf']);
  });

  it('says which required files are missing', () => {
    expect(() => readFeed(new Map([['stops.txt', new Uint8Array()]]), [], m)).toThrow('不是 GTFS 数据：缺少 routes.txt, trips.txt, stop_times.txt');
  });
});

describe('representativeTrip', () => {
  it('takes the most common stop pattern of direction 0, the same on every run', () => {
    const feed = readFeed(feedFilesFromZip(readFileSync(`${FIX}/transitfeed_good_feed.zip`), m), ['CITY', 'AAMV'], m);
    const city = representativeTrip(
      feed.trips.filter((t) => t.route_id === 'CITY'),
      feed.stopTimes,
    );
    expect([city?.trip.trip_id, city?.direction]).toEqual(['CITY1', '0']);
    const aamv = representativeTrip(
      feed.trips.filter((t) => t.route_id === 'AAMV'),
      feed.stopTimes,
    );
    expect(aamv?.trip.trip_id).toBe('AAMV1');
  });

  it('names routes as riders read them', () => {
    expect(routeTitle({ route_id: 'X', route_short_name: ' ', route_long_name: 'Baby Bullet' })).toBe('Baby Bullet');
    expect(routeTitle({ route_id: 'X', route_short_name: '207', route_long_name: '' })).toBe('207');
    expect([routeTypeLabel('3'), routeTypeLabel('704'), routeTypeLabel('2')]).toEqual(['公交', '公交', '铁路']);
  });
});
