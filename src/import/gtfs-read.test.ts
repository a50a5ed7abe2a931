import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/support/gbk.ts';
import { zh } from '../pack/messages/index.ts';
import { readFeed } from './gtfs-read.ts';

const feed = (stops: Uint8Array) =>
  new Map<string, Uint8Array>([
    ['routes.txt', Buffer.from('route_id,route_short_name\nr1,枫廊线\n')],
    ['trips.txt', Buffer.from('route_id,service_id,trip_id\nr1,s,t1\n')],
    ['stop_times.txt', Buffer.from('trip_id,stop_id,stop_sequence\nt1,a,1\n')],
    ['stops.txt', stops],
  ]);

describe('readFeed text', () => {
  it('reads a stops.txt saved as GBK', () => {
    const stops = encodeGbk('stop_id,stop_name,stop_lat,stop_lon\r\na,廊下镇,30.8,121.2\r\n');
    expect(readFeed(feed(stops), ['r1'], zh.import).stops.get('a')?.stop_name).toBe('廊下镇');
  });

  it('stops at a byte that is neither UTF-8 nor GBK, naming the file, instead of importing a replacement character', () => {
    const stops = Buffer.concat([Buffer.from('stop_id,stop_name\na,'), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(() => readFeed(feed(stops), ['r1'], zh.import)).toThrow(/^stops\.txt: 既不是 UTF-8，也不是 GBK\/GB18030（第 2 行起）/);
  });
});
