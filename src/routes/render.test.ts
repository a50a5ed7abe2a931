import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../i18n/zh-CN.ts';
import { buildItinerary } from './itinerary.ts';
import { itineraryRenderer } from './render.ts';

const { assumptionsHtml, itineraryListHtml, summaryHtml } = itineraryRenderer(zhCN);

import type { PlanSite, TransitLineInfo } from './types.ts';

const pairs = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/crs/gcj02-wgs84-pairs.json'), 'utf8')) as {
    pairs: { county: string; gcj02: [number, number]; wgs84: [number, number] }[];
  }
).pairs;

const site = (id: string, lon: number, lat: number, extra: Partial<PlanSite> = {}): PlanSite => ({
  id,
  title: id,
  kind: 'red-heritage',
  lon,
  lat,
  provinces: ['浙江省'],
  summary: `${id} 的简介`,
  approximate: false,
  ...extra,
});
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const hrefs = (html: string, app: string) =>
  [...html.matchAll(new RegExp(`<a href="([^"]+)" rel="external noopener" data-app="${app}"`, 'g'))].map((m) => (m[1] as string).replace(/&amp;/g, '&'));

describe('the itinerary as HTML', () => {
  it('numbers the stops in order with their times, stays and what to see', () => {
    const it_ = buildItinerary({
      stops: [{ site: site('a', 121, 30.7), minutes: 45, note: '看三开间落枕屋' }, { site: site('b', 121.1, 30.7) }],
      mode: 'car',
    });
    const html = itineraryListHtml(it_);
    const t = text(html);
    expect([...html.matchAll(/class="stop-num" aria-hidden="true">(\d+)</g)].map((m) => m[1])).toEqual(['1', '2']);
    expect(t).toContain('09:00–09:45（估算）');
    expect(t).toContain('停留 45 分钟');
    expect(t).toContain('停留 30 分钟（未注明，按默认计）');
    expect(t).toContain('看点 ：看三开间落枕屋');
    // The distance the 20 minutes are worked out from (the straight 9.6 km × 1.3), the same in the totals.
    expect(t).toContain('前往第 2 站 ：路程约 12.4 公里（直线距离 × 1.3） · 自驾约 20 分钟');
    expect(summaryHtml(it_)).toContain('全程约 12.4 公里');
    expect(summaryHtml(it_)).toContain('全天约 1 小时 35 分钟（09:00–10:35，估算）');
  });

  it('shows address, opening and booking only where the entry has them', () => {
    const withHours = site('a', 121, 30.7, { address: '平湖市新埭镇鱼圻塘村', opening: '周二至周日 9:00–16:30', booking: '电话预约' });
    const html = itineraryListHtml(buildItinerary({ stops: [{ site: withHours }, { site: site('b', 121, 30.8) }], mode: 'car' }));
    expect(text(html)).toContain('地址 平湖市新埭镇鱼圻塘村');
    expect(html.match(/地址/g)).toHaveLength(1);
    expect(text(html)).toContain('开放时间 周二至周日 9:00–16:30');
    expect(html.match(/开放时间/g)).toHaveLength(1);
    expect(html.match(/预约方式/g)).toHaveLength(1);
  });

  it.each(pairs)('links 高德 and 腾讯 in GCJ-02, 百度 in BD-09, Apple and OSM in WGS-84 ($county)', ({ wgs84, gcj02 }) => {
    const html = itineraryListHtml(buildItinerary({ stops: [{ site: site('x', wgs84[0], wgs84[1]) }], mode: 'car' }));
    const amap = new URL(hrefs(html, 'amap')[0] ?? '').searchParams.get('position')?.split(',').map(Number) ?? [];
    expect(amap[0]).toBeCloseTo(gcj02[0], 5);
    expect(amap[1]).toBeCloseTo(gcj02[1], 5);
    expect(hrefs(html, 'tencent')[0]).toContain(`coord:${gcj02[1].toFixed(6)},${gcj02[0].toFixed(6)}`);
    const [bLat, bLon] = new URL(hrefs(html, 'baidu')[0] ?? '').searchParams.get('location')?.split(',').map(Number) ?? [];
    // BD-09 back to GCJ-02 lands on the reference pair.
    const back = gcoord.transform([bLon as number, bLat as number], gcoord.BD09, gcoord.GCJ02) as [number, number];
    expect(back[0]).toBeCloseTo(gcj02[0], 5);
    expect(back[1]).toBeCloseTo(gcj02[1], 5);
    expect(hrefs(html, 'apple')[0]).toContain(`ll=${wgs84[1].toFixed(6)},${wgs84[0].toFixed(6)}`);
    expect(hrefs(html, 'osm')[0]).toContain(`mlat=${wgs84[1].toFixed(6)}&mlon=${wgs84[0].toFixed(6)}`);
  });

  it('tells the bus leg: which line, where to board and alight, the walks, the frequency as sourced, and the border', () => {
    const line: TransitLineInfo = {
      id: 'langxia-2-lu',
      title: '廊下2路',
      stops: [
        { name: '山塘村', lon: 121.128, lat: 30.776, side: '浙江省' },
        { name: '廊下镇', lon: 121.1738, lat: 30.8012, side: '上海市' },
      ],
      ride: [
        [
          { km: 0, straight: true },
          { km: 5.1, straight: true },
        ],
        [
          { km: 5.1, straight: true },
          { km: 0, straight: true },
        ],
      ],
    };
    const it_ = buildItinerary({
      stops: [{ site: site('mingyue', 121.128, 30.781) }, { site: site('park', 121.1738, 30.8012, { provinces: ['上海市'] }) }],
      mode: 'bus',
      transit: [line],
    });
    const t = text(itineraryListHtml(it_));
    expect(t).toContain('乘 廊下2路');
    // 556 m straight, walked as 720 m: the 10 minutes' distance.
    expect(t).toContain('步行约 720 米（约 10 分钟）到“山塘村”上车');
    // The bus stop is at the site: no walk of 0 m in 0 minutes.
    expect(t).toContain('在“廊下镇”下车 ');
    expect(t).not.toMatch(/步行约 0 米|约 0 分钟/);
    expect(t).toContain('跨省界：浙江省 → 上海市');
    expect(t).toContain('来源未给出班次');
    const sourced = buildItinerary({ stops: it_.stops.map((s) => ({ site: s.site })), mode: 'bus', transit: [{ ...line, frequency: '每天 6 班' }] });
    expect(text(itineraryListHtml(sourced))).toContain('班次（据来源）：每天 6 班');
  });

  it('says which legs are straight lines and which follow the drawn path', () => {
    const stops = [{ site: site('a', 121, 30.7) }, { site: site('b', 121.1, 30.7) }];
    const drawn = buildItinerary({
      stops,
      mode: 'walk',
      legs: [
        {
          km: 12,
          straight: false,
          line: [
            [121, 30.7],
            [121.1, 30.7],
          ],
        },
      ],
    });
    expect(text(itineraryListHtml(drawn))).toContain('沿线路 12.0 公里');
    expect(itineraryListHtml(buildItinerary({ stops, mode: 'walk' }))).toContain('itin-leg--straight');
  });

  it('escapes every text it is given', () => {
    const bad = site('a', 121, 30.7, { title: '<img src=x onerror=alert(1)>', summary: '"><script>alert(1)</script>' });
    const html = itineraryListHtml(buildItinerary({ stops: [{ site: bad, note: '<b>' }], mode: 'car' }));
    expect(html).not.toMatch(/<img|<script|<b>/);
  });

  it('marks stops beyond the time budget', () => {
    const it_ = buildItinerary({
      stops: [
        { site: site('a', 121, 30.7), minutes: 200 },
        { site: site('b', 121.1, 30.7), minutes: 100 },
      ],
      mode: 'car',
      budget: 240,
    });
    const html = itineraryListHtml(it_);
    expect(html.match(/超出时间预算/g)).toHaveLength(1);
    expect(text(summaryHtml(it_))).toContain('时间预算内可完成前 1 站（共 2 站）');
  });

  it('states the speeds and assumptions for the route’s modes', () => {
    const t = text(assumptionsHtml(['bus', 'walk']));
    expect(t).toContain('公交 25 公里/小时');
    expect(t).toContain('步行 4.5 公里/小时');
    expect(t).toContain('1.3 倍');
    expect(t).toContain('800 米');
    expect(text(assumptionsHtml(['car']))).not.toContain('800 米');
  });
});
