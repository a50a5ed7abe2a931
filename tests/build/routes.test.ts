/**
 * Curated route pages (/routes/<id>/): the itinerary as built (numbered stops, totals, legs, navigation links,
 * downloads, stated assumptions), the same page without JavaScript, in chromium (QR codes, copy link, the live
 * map's numbered stops) and as the printed A4 行程单.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gpx } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gpx11Problems } from '../../src/data/gpx-check.ts';
import { getPack } from '../../src/pack/index.ts';
import { duration } from '../../src/routes/format.ts';
import { routeItinerary } from '../../src/routes/pack-data.ts';
import { DIST, readPage, text } from '../support/dist.ts';
import { useSiteInBrowser, watchPage } from '../support/session.ts';

const pack = getPack();
const routes = pack.entries.routes;
const siteTitle = new Map(pack.entries.sites.map((s) => [s.id, s.data.title]));
const richest = [...routes].sort((a, b) => b.data.stops.length - a.data.stops.length)[0]!;

describe('curated route pages as built', () => {
  it('list every stop in order, numbered, with its title, time and stay', () => {
    for (const r of routes) {
      const html = readPage(`/routes/${r.id}/`);
      const ids = [...html.matchAll(/<li class="itin-stop[^"]*" id="stop-\d+" data-site="([^"]+)"/g)].map((m) => m[1]);
      expect(ids, r.id).toEqual(r.data.stops.map((s) => s.site));
      const numbers = [...html.matchAll(/class="stop-num" aria-hidden="true">(\d+)</g)].map((m) => Number(m[1]));
      expect(numbers, r.id).toEqual(r.data.stops.map((_, i) => i + 1));
      const page = text(html);
      for (const s of r.data.stops) {
        expect(page, `${r.id}: ${s.site}`).toContain(siteTitle.get(s.site));
        if (s.minutes !== undefined) expect(page).toContain(`停留 ${duration(s.minutes)}`);
        if (s.note) expect(page).toContain(s.note);
      }
    }
  });

  it('state the totals the itinerary computes, as estimates, with the speeds and assumptions', () => {
    for (const r of routes) {
      const page = text(readPage(`/routes/${r.id}/`));
      const it_ = routeItinerary(pack, r.id);
      expect(page).toContain(`共 ${r.data.stops.length} 站`);
      expect(page).toMatch(/全程约 [\d.]+ (公里|米)/);
      expect(page).toMatch(/全天约 .+（09:00–\d\d:\d\d，估算）/);
      const end = `${String(Math.floor(it_.totals.end / 60)).padStart(2, '0')}:${String(it_.totals.end % 60).padStart(2, '0')}`;
      expect(page).toContain(`09:00–${end}`);
      for (const m of r.data.modes) expect(page).toMatch(new RegExp(`${{ walk: '步行', bike: '骑行', car: '自驾', bus: '公交' }[m]} [\\d.]+ 公里/小时`));
      expect(page).toContain('1.3 倍');
      expect(page).toContain('所有时间和距离都是估算');
    }
  });

  it('say that straight legs are not roads, on the map and in every straight leg', () => {
    for (const r of routes.filter((x) => !pack.geometries.has(`routes/${x.id}`))) {
      const html = readPage(`/routes/${r.id}/`);
      expect(text(html)).toContain('图中虚线是各站之间的直线连接，不是道路或行车路线。');
      const legs = html.match(/class="itin-leg[ "]/g) ?? [];
      expect(legs).toHaveLength(r.data.stops.length - 1);
      expect(html.match(/class="itin-leg itin-leg--straight"/g)).toHaveLength(r.data.stops.length - 1);
    }
  });

  it('give every stop links to 高德, 百度, 腾讯, Apple Maps and OpenStreetMap at that stop', () => {
    const html = readPage(`/routes/${richest.id}/`);
    for (const app of ['amap', 'baidu', 'tencent', 'apple', 'osm']) {
      expect(html.match(new RegExp(`data-app="${app}"`, 'g')), app).toHaveLength(richest.data.stops.length);
    }
    const first = pack.entries.sites.find((s) => s.id === richest.data.stops[0]!.site)!;
    expect(html).toContain(`mlat=${first.data.location.lat.toFixed(6)}&amp;mlon=${first.data.location.lon.toFixed(6)}`);
  });

  it('show opening and booking only for sites whose entries have them', () => {
    for (const r of routes) {
      const html = readPage(`/routes/${r.id}/`);
      const withOpening = r.data.stops.filter((s) => pack.entries.sites.find((x) => x.id === s.site)?.data.opening).length;
      expect((html.match(/<dt>开放时间<\/dt>/g) ?? []).length).toBe(withOpening);
    }
  });

  it('offer the build’s GPX, KML and GeoJSON, and the GPX keeps the GPX 1.1 rules', () => {
    for (const r of routes) {
      const html = readPage(`/routes/${r.id}/`);
      for (const f of ['gpx', 'kml', 'geojson']) expect(html).toContain(`href="/data/routes/${r.id}.${f}" download="${r.id}.${f}"`);
      const file = readPage(`/data/routes/${r.id}.gpx`);
      expect(gpx11Problems(file)).toEqual([]);
      const points = gpx(new DOMParser().parseFromString(file, 'text/xml') as never).features.filter((f) => f.geometry?.type === 'Point');
      expect(points.map((p) => p.properties?.name)).toEqual(r.data.stops.map((s, i) => `${i + 1}. ${siteTitle.get(s.site)}`));
    }
  });

  it('link to the planner with the route’s stops, stays and mode', () => {
    const html = readPage('/routes/mingyue-shantang-yiri/');
    const r = routes.find((x) => x.id === 'mingyue-shantang-yiri')!;
    const s = r.data.stops.map((x) => `${x.site}~${x.minutes}`).join(',');
    expect(html).toContain(`href="/plan/?s=${s}&amp;m=bus"`);
  });

  it('carry a share card: Open Graph title, description and a 1200 × 630 PNG made at build', () => {
    const html = readPage(`/routes/${richest.id}/`);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<meta property="og:title" content="${richest.data.title}"`);
    expect(head).toContain('property="og:description"');
    expect(head).toContain(`<meta property="og:image" content="/plan/cards/${richest.id}.png"`);
    const png = readFileSync(join(DIST, `plan/cards/${richest.id}.png`));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

const session = useSiteInBrowser();

async function open(path: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const { errors, foreign } = watchPage(page, session.server.url);
  await page.goto(session.server.url + path);
  return { page, errors, foreign };
}

describe('a curated route in chromium', () => {
  it('renders its numbered stops and totals, draws QR codes here, and copies its link', async () => {
    const { page, errors, foreign } = await open(`/routes/${richest.id}/`);
    const items = page.locator('.itinerary-list > li');
    await expect(items.count()).resolves.toBe(richest.data.stops.length);
    await expect(items.locator('.stop-num').allTextContents()).resolves.toEqual(richest.data.stops.map((_, i) => String(i + 1)));
    await expect(page.locator('.itinerary-totals').textContent()).resolves.toContain(`共 ${richest.data.stops.length} 站`);
    // QR codes of the route page and of each stop, drawn in the page for its own address.
    await expect.poll(() => page.locator('[data-qr] svg').count()).toBe(richest.data.stops.length + 1);
    await expect(page.locator('.share-qr svg').getAttribute('aria-label')).resolves.toBe('扫码在手机上打开本页');
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe('链接已复制。');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${session.server.url}/routes/${richest.id}/`);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('shows no button that has nothing to do: every hidden control takes no room, here and on the planner', async () => {
    for (const path of [`/routes/${richest.id}/`, `/plan/?s=${richest.data.stops.map((s) => s.site).join(',')}`]) {
      const { page } = await open(path);
      await page.waitForLoadState('networkidle');
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[hidden]')].filter((e) => e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(shown, path).toEqual([]);
      await page.context().close();
    }
  });

  it('shows the route’s numbered stops on the live map when asked', async () => {
    const { page, errors } = await open(`/routes/${richest.id}/`);
    await page.getByRole('button', { name: '打开交互地图' }).click();
    await page.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });
    const numbers = await page.evaluate(() => {
      const map = (document.querySelector('[data-map]') as HTMLElement & { map: { queryRenderedFeatures(o: object): { properties: { order: number } }[] } })
        .map;
      return map.queryRenderedFeatures({ layers: ['route-stop'] }).map((f) => f.properties.order);
    });
    expect([...new Set(numbers)].sort((a, b) => a - b)).toEqual(richest.data.stops.map((_, i) => i + 1));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads in full without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/routes/${richest.id}/`);
    await expect(page.locator('.itinerary-list > li').count()).resolves.toBe(richest.data.stops.length);
    await expect(page.locator('.itinerary-totals').isVisible()).resolves.toBe(true);
    await expect(page.locator('.stop-nav a').count()).resolves.toBe(5 * richest.data.stops.length);
    await expect(page.getByRole('link', { name: 'GPX' }).isVisible()).resolves.toBe(true);
    // Buttons that need script stay hidden.
    await expect(page.getByRole('button', { name: '复制链接' }).isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('prints an A4 行程单: title, date line, map sketch, stops with times and QR codes, and no controls', async () => {
    const { page } = await open(`/routes/${richest.id}/`);
    await expect.poll(() => page.locator('[data-qr] svg').count()).toBe(richest.data.stops.length + 1);
    await page.emulateMedia({ media: 'print' });
    const visible = (sel: string) => page.locator(sel).first().isVisible();
    await expect(page.locator('.sheet-head').textContent()).resolves.toMatch(/行程单.*日期：.*出发时间：09:00/);
    for (const sel of ['h1', '.sheet-head', '.itinerary-totals', '.plan-sketch svg', '.itinerary-list .stop-time', '.stop-qr svg', '.share-qr svg'])
      await expect(visible(sel), sel).resolves.toBe(true);
    await expect(page.locator('.stop-qr svg').count()).resolves.toBe(richest.data.stops.length);
    for (const sel of ['.site-nav', '.breadcrumb', '.stop-nav', '.share-downloads', '.share-buttons', '.map-view', '.story', '.sources', '.related'])
      await expect(visible(sel), sel).resolves.toBe(false);
    // The stylesheet asks for A4: Chromium lays the PDF out on 595 × 842 pt pages.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
    expect(Number(box?.[1])).toBeCloseTo(595, -0.5);
    expect(Number(box?.[2])).toBeCloseTo(842, -0.5);
    const pages = Number(/\/Count (\d+)/.exec(pdf)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    await page.context().close();
  });
});
