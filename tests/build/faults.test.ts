/**
 * Faults a real deployment meets, each in chromium: the page must say what happened in plain words and throw
 * nothing, neither an uncaught error nor an unhandled promise rejection.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/pack/index.ts';
import { useSiteInBrowser, watchPage } from '../support/session.ts';

const session = useSiteInBrowser();

interface Visit {
  page: Page;
  errors: () => string[];
  warnings: string[];
  rejections: () => Promise<string[]>;
}

/** Opens a page with `route` answering the requests whose path matches `pattern`. */
async function open(path: string, pattern: RegExp, route: (r: Route) => Promise<void>): Promise<Visit> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 860 } });
  const watched = watchPage(page, session.server.url);
  // The browser's own line for the request the test breaks is the fault itself, not something the page did.
  const errors = {
    filter: () => watched.errors.filter((e) => !e.startsWith('Failed to load resource')),
  };
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // Counted in the page as well as by pageerror: a rejection nobody handles is what the reader's console shows.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __rejections: string[] }).__rejections = seen;
    window.addEventListener('unhandledrejection', (e) => seen.push(String((e.reason as Error)?.message ?? e.reason)));
  });
  // On the context, not the page: once the offline worker has claimed the page, the page's requests go through it, and
  // a page route never sees what it fetches. A content blocker or a proxy stops those too.
  await page.context().route((url) => pattern.test(url.pathname), route);
  await page.goto(session.server.url + path);
  return { page, errors: errors.filter, warnings, rejections: () => page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections) };
}

const WORKER = /\/_astro\/maplibre-gl-worker\.[^/]*\.mjs$/;

/** Starts the map of /map/ at once (a wide screen starts it when idle; a key press does it now, even before the list is ready). */
const startMap = (page: Page) => page.keyboard.press('Shift');

describe('the map worker does not run', () => {
  const { entries } = getPack();
  const faults: [string, (r: Route) => Promise<void>, RegExp][] = [
    ['is blocked', (r) => r.abort('blockedbyclient'), /could not be fetched/],
    [
      'is served as application/octet-stream',
      async (r) => {
        const response = await r.fetch();
        await r.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
      },
      /application\/octet-stream.*text\/javascript.*\.mjs/,
    ],
  ];
  for (const [what, route, cause] of faults)
    it(`${what}: /map/ falls back to the static map and the list, says so, and names the cause in the console`, async () => {
      const { page, errors, warnings, rejections } = await open('/map/', WORKER, route);
      await startMap(page);
      await page.waitForSelector('[data-map][data-map-state="fallback"]', { timeout: 30_000 });
      await expect(page.locator('[data-map-notice]').textContent()).resolves.toContain('交互地图无法启动');
      await expect(page.locator('[data-map-notice]').isVisible()).resolves.toBe(true);
      await expect(page.locator('.map-overview').isVisible()).resolves.toBe(true);
      await expect(page.locator('#site-list li').count()).resolves.toBe(entries.sites.length);
      expect(warnings.join('\n')).toMatch(cause);
      expect(errors()).toEqual([]);
      await expect(rejections()).resolves.toEqual([]);
      await page.close();
    }, 60_000);

  it('starts but never answers (a policy stops it): the map gives up, says so and removes its blank canvas', async () => {
    const { page, errors, warnings, rejections } = await open('/embed/map/', /^$/, (r) => r.continue());
    await page.addInitScript(() => {
      // What a worker the browser refused looks like from the page: an object that never replies.
      window.Worker = class {
        postMessage() {}
        addEventListener() {}
        removeEventListener() {}
        terminate() {}
      } as unknown as typeof Worker;
    });
    await page.reload();
    await page.waitForSelector('[data-map][data-map-state="fallback"]', { timeout: 40_000 });
    await expect(page.locator('[data-map-notice]').textContent()).resolves.toContain('交互地图无法启动');
    await expect(page.locator('[data-map-canvas] canvas').count()).resolves.toBe(0);
    expect(warnings.join('\n')).toMatch(/did not answer in time/);
    expect(errors()).toEqual([]);
    await expect(rejections()).resolves.toEqual([]);
    await page.close();
  }, 60_000);

  it('is blocked: a widget says so too', async () => {
    const { page, errors, rejections } = await open('/embed/map/', WORKER, (r) => r.abort('blockedbyclient'));
    await page.waitForSelector('[data-map][data-map-state="fallback"]', { timeout: 30_000 });
    await expect(page.locator('[data-map-notice]').textContent()).resolves.toContain('交互地图无法启动');
    expect(errors()).toEqual([]);
    await expect(rejections()).resolves.toEqual([]);
    await page.close();
  });
});

describe('the map data do not arrive whole', () => {
  const faults: [string, (r: Route) => Promise<void>][] = [
    ['fail to load', (r) => r.abort('connectionreset')],
    [
      'are truncated',
      async (r) => {
        const response = await r.fetch();
        const body = await response.body();
        await r.fulfill({ status: 200, contentType: 'application/geo+json', body: body.subarray(0, Math.floor(body.length / 2)) });
      },
    ],
  ];
  for (const [what, route] of faults)
    for (const path of ['/map/', '/embed/map/'])
      it(`${what}: ${path} shows a notice and leaves no uncaught rejection`, async () => {
        const { page, errors, rejections } = await open(path, /\/map\/sites\.geojson$/, route);
        await startMap(page);
        const box = page.locator('[data-map-notice]');
        await expect.poll(() => box.isVisible(), { timeout: 30_000 }).toBe(true);
        await expect(box.textContent()).resolves.toMatch(/失败|无法/);
        // Whatever else the page still loads has settled.
        await page.waitForLoadState('networkidle');
        expect(errors()).toEqual([]);
        await expect(rejections()).resolves.toEqual([]);
        await page.close();
      });
});

describe('the search index does not answer', () => {
  const PAGEFIND = /^\/pagefind\//;
  const faults: [string, (r: Route) => Promise<void>, string, string?][] = [
    ['answers 500', (r) => r.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }), '服务器出错（HTTP 500）', '索引'],
    ['is missing (404)', (r) => r.fulfill({ status: 404, contentType: 'text/html', body: 'not found' }), '还没有生成搜索索引'],
  ];
  for (const [what, route, words, notWords] of faults) {
    it(`${what}: the search page says so in those words`, async () => {
      const { page, errors, rejections } = await open('/search/?q=山塘', PAGEFIND, route);
      const status = page.locator('[data-search-status]').last();
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(words);
      if (notWords) await expect(status.textContent()).resolves.not.toContain(notWords);
      await expect(status.isVisible()).resolves.toBe(true);
      expect(errors()).toEqual([]);
      await expect(rejections()).resolves.toEqual([]);
      await page.close();
    });

    it(`${what}: the header search box still answers names from its own index`, async () => {
      const { page, errors, rejections } = await open('/', PAGEFIND, route);
      await page.locator('#site-search-q').fill('山塘');
      await page.locator('#site-search-list[data-query="山塘"] [role="option"]').first().waitFor({ timeout: 15_000 });
      await expect(page.locator('#site-search-list .site-search-title').first().textContent()).resolves.toContain('山塘');
      expect(errors()).toEqual([]);
      await expect(rejections()).resolves.toEqual([]);
      await page.close();
    });

    it(`${what}: the header search box says so in those words for what only Pagefind answers`, async () => {
      const { page, errors, rejections } = await open('/', PAGEFIND, route);
      // A category word with a place: it needs the texts, which only Pagefind searches.
      await page.locator('#site-search-q').fill('廊下 公交');
      const note = page.locator('#site-search-list[data-query="廊下 公交"]');
      await note.waitFor({ state: 'attached', timeout: 15_000 });
      const popup = page.locator('[data-search-box]');
      await expect.poll(() => popup.textContent(), { timeout: 15_000 }).toContain(words);
      expect(errors()).toEqual([]);
      await expect(rejections()).resolves.toEqual([]);
      await page.close();
    });
  }
});
