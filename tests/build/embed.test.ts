/**
 * Widgets inside a page we do not control: a host page on another origin (a second port on
 * 127.0.0.1) embeds the iframe snippet and the script snippet, and hostile parameters are thrown
 * at every widget page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/deploy/headers.ts';
import { EMBED_PARAMS } from '../../src/embed/params.ts';
import { iframeSnippet, scriptSnippet, withQuery } from '../../src/embed/snippets.ts';
import { getPack } from '../../src/pack/index.ts';
import { HOSTILE } from '../fixtures/hostile.ts';
import { launchBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { type Served, serveDir } from '../support/serve.ts';

const { entries } = getPack();
const route = entries.routes.find((r) => r.data.stops.length >= 3) ?? entries.routes[0]!;
let site: Served;
let host: Server;
let hostUrl: string;
let browser: Browser;
let hostHtml = '';

beforeAll(async () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  site = await serveDir(DIST, (path) => headersFor(path, rules));
  const base = { origin: site.url, label: route.data.title };
  hostHtml = `<!doctype html><html lang="zh-CN"><title>某镇宣传部</title><h1>某镇宣传部</h1>
    ${iframeSnippet({ ...base, path: '/embed/map/', kind: 'map', label: '地图', params: { list: true, kinds: ['village'] } })}
    ${scriptSnippet({ ...base, path: `/embed/route/${route.id}/`, kind: 'route', id: route.id, params: { list: true, height: 300 } })}
    <p id="events"></p>
    <script>
      const log = (t) => { document.getElementById('events').textContent += t + ';'; };
      document.addEventListener('dangjian-ready', () => log('ready'));
      document.addEventListener('dangjian-site-selected', (e) => log('site:' + e.detail.id));
    </script>`;
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostHtml);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((r) => host?.close(r));
});

const frameLive = (frame: Frame) => frame.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });

describe('embedded on another origin', () => {
  let page: Page;
  const uncaught: string[] = [];
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.goto(hostUrl);
  });
  afterAll(() => page?.close());

  const routeFrame = () => page.frames().find((f) => f.url().includes('/embed/route/')) as Frame;
  const mapFrame = () => page.frames().find((f) => f.url().includes('/embed/map/')) as Frame;

  it('both widgets come alive inside their iframes', async () => {
    // An iframe is in page.frames() from the start, at about:blank until it navigates: wait for both addresses.
    await expect.poll(() => Boolean(mapFrame() && routeFrame()), { timeout: 20_000 }).toBe(true);
    await frameLive(mapFrame());
    await frameLive(routeFrame());
    await expect.poll(() => page.locator('#events').textContent()).toContain('ready');
  });

  it('the script widget grows to fit its list', async () => {
    const frame = page.locator('dangjian-map iframe');
    const inner = await routeFrame().evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(inner).toBeGreaterThan(300);
    await expect.poll(async () => (await frame.boundingBox())?.height, { timeout: 10_000 }).toBeGreaterThanOrEqual(inner - 2);
  });

  it('a site picked in the widget reaches the host page as an event', async () => {
    const first = routeFrame().locator('[data-embed-list] button').first();
    const title = await first.textContent();
    await first.click();
    const id = entries.sites.find((s) => s.data.title === title)?.id;
    await expect.poll(() => page.locator('#events').textContent()).toContain(`site:${id}`);
  });

  it('the host can open a site in the widget', async () => {
    const other = route.data.stops.at(-1)!.site;
    await page.evaluate((id) => (document.querySelector('dangjian-map') as HTMLElement & { select(id: string): void }).select(id), other);
    await expect.poll(() => routeFrame().locator('[data-embed-card] h2').textContent()).toBe(entries.sites.find((s) => s.id === other)?.data.title);
  });

  it('the loader acts only on well-formed messages from its own frame', async () => {
    const before = await page.locator('#events').textContent();
    const frame = page.locator('dangjian-map iframe');
    const height = (await frame.boundingBox())!.height;
    // From the host page itself, and malformed or oversized from the widget's own frame: all ignored.
    await page.evaluate(() => window.postMessage({ source: 'dangjian-map', version: 1, type: 'site-selected', site: { id: 'forged', title: 'x' } }, '*'));
    await routeFrame().evaluate(() => {
      window.parent.postMessage({ source: 'dangjian-map', version: 1, type: 'site-selected', site: { id: 5, title: 'x' } }, '*');
      window.parent.postMessage({ source: 'dangjian-map', version: 2, type: 'resize', height: 900 }, '*');
      window.parent.postMessage({ source: 'dangjian-map', version: 1, type: 'resize', height: 1e9 }, '*');
      window.parent.postMessage({ source: 'dangjian-map', version: 1, type: 'site-selected', site: { id: 'ok-after', title: 't' } }, '*');
    });
    // The last, well-formed one arrives: the ones before it had their chance and changed nothing.
    await expect.poll(() => page.locator('#events').textContent()).toContain('site:ok-after');
    const events = (await page.locator('#events').textContent()) ?? '';
    expect(events.slice((before ?? '').length)).not.toContain('forged');
    expect((await frame.boundingBox())!.height).toBeCloseTo(height, 0);
  });

  it('"open the full map" carries the same state', async () => {
    const href = await mapFrame().locator('[data-embed-full]').getAttribute('href');
    const q = new URL(href ?? '', site.url).searchParams;
    expect(q.get('kind')).toBe('village');
    expect(new URL(href ?? '', site.url).pathname).toBe('/map/');
  });

  it('threw nothing', () => {
    expect(uncaught).toEqual([]);
  });
});

describe('hostile parameters', () => {
  const pages = [
    '/embed/map/',
    `/embed/route/${route.id}/`,
    `/embed/site/?id=${entries.sites[0]!.id}`,
    `/embed/belt/${entries.belts[0]!.id}/`,
    `/embed/transit/${entries.transit[0]!.id}/`,
  ];

  it.each(pages)('%s: no script runs, no dialog, nothing thrown, and the widget still renders', async (path) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('dialog', async (d) => {
      problems.push(`dialog: ${d.message()}`);
      await d.dismiss();
    });
    await page.exposeFunction('pwned', (v: string) => problems.push(`script ran: ${v}`));
    // Every parameter gets the same hostile value at once; the whole corpus on the map widget, a sample elsewhere.
    const values = path === '/embed/map/' ? HOSTILE : HOSTILE.slice(0, 5);
    for (const value of values.map((v) => v.replace('alert(1)', 'pwned(1)'))) {
      const q = new URLSearchParams(EMBED_PARAMS.map((name) => [name, value]));
      await page.goto(`${site.url}${withQuery(path, `?${q}`)}`);
      await page.waitForSelector('[data-map][data-map-state]', { timeout: 60_000 });
      await expect(page.locator('h1').count()).resolves.toBe(1);
      const notice = (await page.locator('[data-embed-notice]').textContent()) ?? '';
      expect(notice, value).toContain('已忽略无效参数');
      const injected = await page.evaluate(() => document.querySelectorAll('[onerror],[onload],[onclick],svg script,iframe[src^="javascript"]').length);
      expect(injected, value).toBe(0);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the map widget on a phone', () => {
  it('keeps 打开完整地图 clear of the map’s own controls', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await page.goto(`${site.url}/embed/map/?list=1`);
      await page.waitForSelector('[data-map][data-map-state="live"] .map-show-all', { timeout: 60_000 });
      const boxes = await page.evaluate(() =>
        ['.embed-full', '.map-show-all', '.maplibregl-ctrl-top-right', '.maplibregl-ctrl-attrib'].map((s) => {
          const r = document.querySelector(s)?.getBoundingClientRect();
          return r ? { s, left: r.left, right: r.right, top: r.top, bottom: r.bottom } : { s };
        }),
      );
      const [full, ...controls] = boxes as { s: string; left: number; right: number; top: number; bottom: number }[];
      expect(full?.right, 'the full-map link is drawn').toBeGreaterThan(0);
      for (const c of controls) {
        const overlap = full && c.right > full.left && c.left < full.right && c.bottom > full.top && c.top < full.bottom;
        expect(overlap, `${full?.s} overlaps ${c.s}`).toBe(false);
      }
    } finally {
      await page.close();
    }
  });
});

describe('the route widget', () => {
  it('names its numbered stops below the map, in the route’s order', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${site.url}/embed/route/${route.id}/`);
      const titles = new Map(entries.sites.map((s) => [s.id, s.data.title]));
      const names = await page.locator('[data-embed-stops] li').allTextContents();
      expect(names).toEqual(route.data.stops.map((s) => titles.get(s.site)));
      const first = page.locator('[data-embed-stops] li a').first();
      expect(await first.getAttribute('href')).toBe(`/sites/${route.data.stops[0]?.site}/`);
    } finally {
      await page.close();
    }
  });
});

describe('the site widget: one page for every site', () => {
  const shantang = entries.sites.find((s) => s.id === 'shantang') ?? entries.sites[0]!;
  const [lon, lat] = [shantang.data.location.lon, shantang.data.location.lat];

  /** The widget's map once live: its title, heading, notice and whether the site is in view, close up. */
  async function widget(page: Page) {
    await page.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });
    return page.evaluate(
      ([x, y]) => {
        const el = document.querySelector('[data-map]') as HTMLElement & {
          map: { getBounds(): { contains(p: [number, number]): boolean; getEast(): number; getWest(): number } };
        };
        const b = el.map.getBounds();
        return {
          title: document.title,
          h1: document.querySelector('h1')?.textContent,
          label: el.getAttribute('aria-label'),
          notice: (document.querySelector('[data-embed-notice]') as HTMLElement).hidden ? '' : document.querySelector('[data-embed-notice]')?.textContent,
          inView: b.contains([x as number, y as number]),
          spanDeg: b.getEast() - b.getWest(),
          packSpanDeg: ((c: number[]) => (c[2] ?? 0) - (c[0] ?? 0))(JSON.parse(el.dataset.config ?? '{}').bounds),
          overview: (document.querySelector('img.map-overview') as HTMLImageElement).getAttribute('src'),
        };
      },
      [lon, lat],
    );
  }

  it('is built once per language, not once per site', () => {
    expect(existsSync(join(DIST, 'embed/site/index.html'))).toBe(true);
    expect(existsSync(join(DIST, 'en/embed/site/index.html'))).toBe(true);
    // Nothing but the page and its compressed copies: no folder per site.
    expect(readdirSync(join(DIST, 'embed/site')).filter((f) => !/^index\.html(\.br|\.gz)?$/.test(f))).toEqual([]);
    expect(readdirSync(join(DIST, 'en/embed/site')).filter((f) => !/^index\.html(\.br|\.gz)?$/.test(f))).toEqual([]);
  });

  it('opens on the site its address names, titled with it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 600 } });
    try {
      await page.goto(`${site.url}/embed/site/?id=${shantang.id}`);
      const w = await widget(page);
      expect(w.h1).toBe(shantang.data.title);
      expect(w.label).toBe(shantang.data.title);
      expect(w.title.startsWith(`${shantang.data.title} · `)).toBe(true);
      expect(w.notice).toBe('');
      expect(w.inView).toBe(true);
      // Close up, as its own page's map: a town, not the pack's core.
      expect(w.spanDeg).toBeLessThan(w.packSpanDeg / 2);
      expect(w.overview).toBe(`/map/overview/sites/${shantang.id}.svg`);
    } finally {
      await page.close();
    }
  });

  it('answers an address of the old form, /embed/site/<id>/, with its parameters, on a host that rewrites nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 600 } });
    try {
      // The test server rewrites nothing: the 404 page sends the browser on.
      await page.goto(`${site.url}/en/embed/site/${shantang.id}/?list=1`);
      await page.waitForURL(/\/en\/embed\/site\/\?id=/, { timeout: 30_000 });
      expect(new URL(page.url()).search).toBe(`?id=${shantang.id}&list=1`);
      const w = await widget(page);
      expect(w.h1).toBe(shantang.data.titleEn ?? shantang.data.title);
      expect(w.inView).toBe(true);
      expect(await page.locator('[data-embed-list]').isVisible()).toBe(true);
      // The list names the sites in English where the pack has English titles.
      const english = entries.sites.flatMap((s) => (s.data.titleEn ? [s.data.titleEn] : []));
      expect(english.length).toBeGreaterThan(0);
      expect(await page.locator('[data-embed-list] li').allTextContents()).toEqual(expect.arrayContaining(english));
      // A long English name wraps at 390 px; its lines start at the left as a list's do, not centred as a button's.
      const aligns = await page.locator('[data-embed-list] button').evaluateAll((bs) => [...new Set(bs.map((b) => getComputedStyle(b).textAlign))]);
      expect(aligns).toEqual(['start']);
    } finally {
      await page.close();
    }
  });

  it('says so when the site does not exist, and shows the whole map', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 600 } });
    try {
      await page.goto(`${site.url}/embed/site/?id=no-such-site`);
      const w = await widget(page);
      expect(w.notice).toContain('没有找到地点“no-such-site”');
      // The view the map widget opens on: the pack's core, not a site close up.
      expect(w.spanDeg).toBeGreaterThanOrEqual(w.packSpanDeg * 0.95);
      expect(w.overview).toBe('/map/overview/all.svg');
    } finally {
      await page.close();
    }
  });

  it('is what the loader frames for <dangjian-map site="…">', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(hostUrl);
      await page.setContent(`<script src="${site.url}/embed.js"></script><dangjian-map site="${shantang.id}" list="1"></dangjian-map>`);
      const src = await page.locator('dangjian-map iframe').getAttribute('src');
      const url = new URL(src ?? '', site.url);
      expect(url.pathname).toBe('/embed/site/');
      expect(url.searchParams.get('id')).toBe(shantang.id);
      expect(url.searchParams.get('list')).toBe('1');
    } finally {
      await page.close();
    }
  });
});

describe('the embed generator', () => {
  it('previews the snippet it offers, titled as the department titled it, with no error in the console', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${site.url}/routes/${route.id}/`);
      const panel = page.locator('[data-embed-generator]').first();
      await panel.locator('summary').click();
      await panel.locator('input[name="title"]').fill('某镇红色线路');
      await panel.locator('input[name="list"]').check();
      const preview = panel.locator('[data-embed-preview] iframe');
      await expect.poll(() => preview.getAttribute('title')).toBe('某镇红色线路');
      const snippet = await panel.locator('[data-snippet="iframe"]').inputValue();
      expect(snippet).toContain('title="某镇红色线路"');
      expect(snippet).toContain(`src="${await preview.getAttribute('src')}"`.replaceAll('&', '&amp;'));
      expect(await panel.locator('[data-snippet="script"]').inputValue()).toContain('label="某镇红色线路"');
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
