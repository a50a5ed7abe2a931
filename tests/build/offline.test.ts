/**
 * The installable, offline site in chromium: the service worker keeps visited pages and the planner, "保存线路以便
 * 离线使用" stores a route's stops and map so they open without ever having been visited, a new build replaces the
 * old caches (saved routes are saved again), and the manifest meets the installability criteria.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ui, uiFor } from '../../src/i18n/index.ts';
import { parseCacheName } from '../../src/offline/cache-names.ts';
import { listFiles, precacheEntries } from '../../src/offline/precache.ts';
import { getPack } from '../../src/pack/index.ts';
import { builtPages } from '../../src/share/sitemap.ts';
import { launchProfile } from '../support/browser.ts';
import { DIST, readPage } from '../support/dist.ts';
import { type Served, serveDir } from '../support/serve.ts';
import { reachesNetwork, useSiteInBrowser, watchPage } from '../support/session.ts';

const { entries } = getPack();
const O = ui.offline;
// The route with the most stops: the largest save.
const routes = [...entries.routes].sort((a, b) => new Set(b.data.stops.map((s) => s.site)).size - new Set(a.data.stops.map((s) => s.site)).size);
const largest = routes[0]!;
const other = routes[1]!;
const siteTitle = (id: string) => entries.sites.find((s) => s.id === id)!.data.title;
const BUILD = /"([0-9a-f]{12})"/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))?.[1] ?? 'missing';

const session = useSiteInBrowser();

interface Visit {
  context: BrowserContext;
  page: Page;
  errors: string[];
  foreign: string[];
}

async function visit(path: string, options: { context?: BrowserContext; server?: Served } = {}): Promise<Visit> {
  const server = options.server ?? session.server;
  const context = options.context ?? (await session.browser.newContext({ viewport: { width: 1280, height: 900 } }));
  const page = await context.newPage();
  const { errors, foreign } = watchPage(page, server.url, context);
  await page.goto(server.url + path);
  return { context, page, errors, foreign };
}

/** The worker controls the page and has kept it (the first page of a visit loads before the worker). */
const ready = (page: Page) => page.waitForSelector('html[data-offline-ready]', { state: 'attached', timeout: 60_000 });
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/**
 * Debian's chromium 150 (bookworm's today; Playwright 1.65 is made for 159) does not carry the emulated offline state
 * into a document loaded while offline: there navigator.onLine is true, as it is on no device that is offline.
 * Emulating it again gives the new document the device's state, before the banner is read.
 */
async function stillOffline(page: Page): Promise<void> {
  if (await page.evaluate(() => navigator.onLine)) {
    await page.context().setOffline(false);
    await page.context().setOffline(true);
  }
}

async function goOffline(page: Page, path: string, server = session.server): Promise<void> {
  await page.goto(server.url + path);
}

async function save(page: Page): Promise<{ ms: number; bytes: number; files: number }> {
  const button = page.locator('[data-save-route] [data-save]');
  await button.waitFor({ state: 'visible' });
  // By keyboard, as a screen-reader user would.
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-save-route][data-state="saved"]').waitFor({ timeout: 60_000 });
  const ms = Number(await page.locator('[data-save-route]').getAttribute('data-save-ms'));
  const saved = await page.evaluate(async () => {
    const meta = (await caches.keys()).find((n) => n.startsWith('dangjian-meta@'))!;
    const list = await (await (await caches.open(meta)).match(new URL('__offline/saved.json', location.origin).href))!.json();
    return list.routes as { id: string; bytes: number; files: number; build: string }[];
  });
  // An English page saves its route under `en:<id>`.
  const english = new URL(page.url()).pathname.startsWith('/en/');
  const route = saved.find((r) => r.id.startsWith('en:') === english && page.url().includes(`/routes/${r.id.replace(/^en:/, '')}/`))!;
  return { ms, bytes: route.bytes, files: route.files };
}

describe('the app shell of this build', () => {
  it('leaves the map library out: a first visit to a page without a map downloads no MapLibre in the background', () => {
    const { entries: shell, bytes } = precacheEntries(DIST);
    const urls = shell.map((e) => e.url);
    expect(urls.some((u) => u.startsWith('_astro/'))).toBe(true);
    expect(urls.filter((u) => /maplibre|\/mount\./.test(u))).toEqual([]);
    expect(bytes).toBeLessThan(600 * 1024);
    // …and every map-library file of the build is known to the worker, which saves them with a route.
    const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const library = listFiles(DIST).filter((f) => /^_astro\/(mount|maplibre-gl-worker)\.[\w-]+\.m?js$/.test(f));
    expect(library.length).toBe(2);
    for (const f of library) expect(worker).toContain(`"${f}"`);
  });
});

describe('visited pages and the planner offline', () => {
  it('reloads a visited route page from the device, says so, and opens the planner on its stops', async () => {
    const v = await visit(`/routes/${largest.id}/`);
    await ready(v.page);
    await expect(v.page.evaluate(() => Boolean(navigator.serviceWorker.controller))).resolves.toBe(true);
    await expect(v.page.locator('[data-offline-banner]').textContent()).resolves.toBe('');
    const plannerLink = (await v.page.locator('.share-bar a[href^="/plan/?"]').getAttribute('href'))!;

    await v.context.setOffline(true);
    // The network really is gone: a file never fetched is out of reach.
    expect(await reachesNetwork(v.page, '/data/sites.csv')).toBe(false);
    await v.page.reload();
    await stillOffline(v.page);
    await expect(v.page.locator('h1').first().textContent()).resolves.toBe(largest.data.title);
    const banner = v.page.locator('[data-offline-banner]');
    await expect(banner.isVisible()).resolves.toBe(true);
    await expect(banner.getAttribute('role')).resolves.toBe('status');
    await expect(banner.textContent()).resolves.toContain(O.offline);
    await expect(banner.textContent()).resolves.toContain(O.fromCache.slice(0, 8));
    await expect(v.page.locator('html').getAttribute('data-served-from-cache')).resolves.not.toBeNull();
    // The route page's own overview and styles came from the device too.
    await expect(v.page.locator('.itinerary .map-overview').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);

    await v.page.goto(session.server.url + plannerLink);
    await v.page.waitForSelector('[data-planner]:not([hidden])', { timeout: 30_000 });
    await stillOffline(v.page);
    const stops = await v.page.locator('[data-plan-stops] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id));
    expect(stops).toEqual(largest.data.stops.map((s) => s.site));
    await expect(v.page.locator('[data-offline-banner]').textContent()).resolves.toContain(O.offline);

    // Back online, the banner goes.
    await v.context.setOffline(false);
    await v.page.waitForFunction(() => document.querySelector('[data-offline-banner]')?.textContent === '');
    // The one failure is the probe of the network above.
    expect(v.errors).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
    expect(v.foreign).toEqual([]);
    await v.context.close();
  });
});

describe('saving a route for offline use', () => {
  it('stores its stops, its map and the planner, announces it, and can remove it', async () => {
    const v = await visit(`/routes/${largest.id}/`);
    await ready(v.page);
    const status = v.page.locator('[data-save-route] [data-save-status]');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    const result = await save(v.page);
    await expect(status.textContent()).resolves.toContain(O.saved);
    await expect(v.page.locator('[data-save-route] [data-remove]').isVisible()).resolves.toBe(true);
    console.info(`saved ${largest.id}: ${result.files} files, ${result.bytes} bytes in ${result.ms} ms`);
    expect(result.files).toBeGreaterThan(largest.data.stops.length);

    // The full map link of the route page, never opened.
    const mapLink = (await v.page.locator('.itinerary a.map-open-full').getAttribute('href'))!;
    await v.context.setOffline(true);
    for (const site of new Set(largest.data.stops.map((s) => s.site))) {
      await goOffline(v.page, `/sites/${site}/`);
      await expect(v.page.locator('h1').first().textContent(), site).resolves.toBe(siteTitle(site));
      await expect(v.page.locator('.entry-map .map-overview').evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).resolves.toBe(true);
    }
    await goOffline(v.page, mapLink);
    await v.page.waitForSelector('[data-map="full"][data-map-state="live"]', { timeout: 60_000 });
    // Drawn from the saved files: the basemap, the overlays (with the route) and the sites.
    const drawn = await v.page.evaluate(() => {
      const map = (document.querySelector('[data-map="full"]') as HTMLElement & { map: { querySourceFeatures(id: string, o?: object): unknown[] } }).map;
      // The basemap is vector tiles: its features are asked for by source layer.
      return [map.querySourceFeatures('basemap', { sourceLayer: 'basemap' }), map.querySourceFeatures('overlays'), map.querySourceFeatures('sites')].map(
        (f) => f.length > 0,
      );
    });
    expect(drawn).toEqual([true, true, true]);

    // A page neither visited nor saved: the offline page, at its address, listing the saved route.
    const unsaved = entries.stories[0]!;
    await goOffline(v.page, `/stories/${unsaved.id}/`);
    await stillOffline(v.page);
    await expect(v.page.locator('h1').textContent()).resolves.toBe(O.heading);
    await v.page.locator('[data-offline-page][data-listed]').waitFor();
    await expect(v.page.locator('[data-offline-saved] a').allTextContents()).resolves.toEqual([largest.data.title]);
    await expect(v.page.locator('[data-offline-visited] a').allTextContents()).resolves.toContain(largest.data.title);
    expect(new URL(v.page.url()).pathname).toBe(`/stories/${unsaved.id}/`);
    // It stands in for the page asked for, and is not said to be a copy of it.
    await expect(v.page.locator('html').getAttribute('data-offline-fallback')).resolves.not.toBeNull();
    await expect(v.page.locator('[data-offline-banner]').textContent()).resolves.toBe(O.offline);

    // Removed, its stops are gone from the device (the route page itself was visited, so it stays).
    await v.context.setOffline(false);
    await v.page.goto(`${session.server.url}/routes/${largest.id}/`);
    await v.page.locator('[data-save-route][data-state="saved"]').waitFor();
    await v.page.locator('[data-save-route] [data-remove]').focus();
    await v.page.keyboard.press('Enter');
    await v.page.locator('[data-save-route][data-state="removed"]').waitFor();
    await expect(status.textContent()).resolves.toBe(O.removed);
    await expect(v.page.evaluate(() => document.activeElement?.hasAttribute('data-save'))).resolves.toBe(true);
    await v.context.setOffline(true);
    const first = largest.data.stops[0]!.site;
    await goOffline(v.page, `/sites/${first}/`);
    await expect(v.page.locator('h1').textContent()).resolves.toBe(O.heading);
    await expect(v.page.locator('[data-offline-saved-none]').isVisible()).resolves.toBe(true);
    expect(v.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    expect(v.foreign).toEqual([]);
    await v.context.close();
  });
});

describe('saving a route from its English page', () => {
  it('keeps the English pages of its stops, and an unsaved English page gets the English offline page', async () => {
    const EN = uiFor('en').offline;
    const v = await visit(`/en/routes/${other.id}/`);
    await ready(v.page);
    await save(v.page);
    await expect(v.page.locator('[data-save-route] [data-save-status]').textContent()).resolves.toContain(EN.saved);
    await v.context.setOffline(true);
    const stop = other.data.stops[0]!.site;
    const site = entries.sites.find((s) => s.id === stop)!;
    await goOffline(v.page, `/en/sites/${stop}/`);
    await expect(v.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(v.page.locator('h1').first().textContent()).resolves.toBe(site.data.titleEn ?? site.data.title);
    await goOffline(v.page, `/en/stories/${entries.stories[0]!.id}/`);
    await expect(v.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(v.page.locator('h1').textContent()).resolves.toBe(EN.heading);
    await v.page.locator('[data-offline-page][data-listed]').waitFor();
    await expect(v.page.locator('[data-offline-saved] a').allTextContents()).resolves.toEqual([other.data.titleEn ?? other.data.title]);
    expect(v.foreign).toEqual([]);
    await v.context.close();
  });
});

describe('saving the current plan', () => {
  it('stores the plan’s stops and the planner, and the offline page links to the plan', async () => {
    // Another route's stops, as its "在行程中打开" link gives them; none of their pages visited.
    const stops = [...new Set(other.data.stops.map((s) => s.site))];
    const v = await visit(`/plan/?s=${stops.join(',')}`);
    await ready(v.page);
    await v.page.waitForSelector('[data-planner]:not([hidden])');
    const button = v.page.locator('[data-save-plan] [data-save]');
    await expect(button.textContent()).resolves.toBe(O.savePlan);
    await button.focus();
    await v.page.keyboard.press('Enter');
    await v.page.locator('[data-save-plan][data-state="saved"]').waitFor({ timeout: 60_000 });
    await expect(v.page.locator('[data-save-plan] [data-save-status]').textContent()).resolves.toContain(O.saved);

    await v.context.setOffline(true);
    for (const site of stops) {
      await goOffline(v.page, `/sites/${site}/`);
      await expect(v.page.locator('h1').first().textContent(), site).resolves.toBe(siteTitle(site));
    }
    await goOffline(v.page, '/stories/');
    await v.page.locator('[data-offline-page][data-listed]').waitFor();
    const link = v.page.locator('[data-offline-saved] a');
    await expect(link.textContent()).resolves.toContain(ui.plan.title);
    await link.click();
    await v.page.waitForSelector('[data-planner]:not([hidden])');
    await expect(v.page.locator('[data-plan-stops] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id))).resolves.toEqual(stops);
    expect(v.errors).toEqual([]);
    expect(v.foreign).toEqual([]);
    await v.context.close();
  });
});

describe('a new build', () => {
  it('is offered, not forced; its worker replaces the old caches and saves the saved routes again', async () => {
    const NEXT = 'b2b2b2b2b2b2';
    let deployed = false;
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    expect(sw).toContain(BUILD);
    const server = await serveDir(DIST, undefined, {
      replace: (path) => (deployed && path === '/sw.js' ? Buffer.from(sw.replaceAll(BUILD, NEXT)) : undefined),
    });
    try {
      const v = await visit(`/routes/${other.id}/`, { server });
      await ready(v.page);
      await save(v.page);
      const before = await cacheNames(v.page);
      expect(before.some((n) => n.includes(`-saved-${BUILD}@`))).toBe(true);
      expect(before.filter((n) => parseCacheName(n)).every((n) => parseCacheName(n)!.build === BUILD)).toBe(true);

      deployed = true;
      await v.page.evaluate(() => {
        (window as unknown as { stayed: boolean }).stayed = true;
        return navigator.serviceWorker.getRegistration().then((r) => r?.update());
      });
      const notice = v.page.locator('[data-update-notice]');
      await v.page.waitForFunction((text) => document.querySelector('[data-update-notice]')?.textContent?.includes(text), O.update, { timeout: 60_000 });
      await expect(notice.getAttribute('role')).resolves.toBe('status');
      // Nothing reloads by itself: the new worker waits for the reader, and the page is the one that asked.
      await expect
        .poll(() => v.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting))), { timeout: 30_000 })
        .toBe(true);
      await expect(v.page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).resolves.toBe(true);

      await Promise.all([v.page.waitForEvent('load', { timeout: 60_000 }), notice.getByRole('button', { name: O.reload }).click()]);
      await v.page.waitForSelector(`html[data-offline-ready="${NEXT}"]`, { state: 'attached', timeout: 60_000 });
      // The route is saved again from the new build, then nothing of the old one is left.
      await expect.poll(async () => (await cacheNames(v.page)).filter((n) => n.includes(`-${BUILD}@`)), { timeout: 60_000, interval: 250 }).toEqual([]);
      const after = await cacheNames(v.page);
      expect(after.some((n) => n.includes(`-saved-${NEXT}@`))).toBe(true);
      expect(after.some((n) => n.includes(`-precache-${NEXT}@`))).toBe(true);
      expect(after.filter((n) => !n.startsWith('dangjian-meta@')).every((n) => parseCacheName(n)?.build === NEXT)).toBe(true);
      await v.page.locator('[data-save-route][data-state="saved"]').waitFor();

      await v.context.setOffline(true);
      await goOffline(v.page, `/sites/${other.data.stops.at(-1)!.site}/`, server);
      await expect(v.page.locator('h1').first().textContent()).resolves.toBe(siteTitle(other.data.stops.at(-1)!.site));
      expect(v.errors).toEqual([]);
      expect(v.foreign).toEqual([]);
      await v.context.close();
    } finally {
      await server.close();
    }
  });
});

describe('installable', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));

  it('has a manifest with the pack’s name, relative addresses and icons of the sizes it states', async () => {
    const { config } = getPack();
    expect(manifest.name).toBe(config.title);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.lang).toBe(config.lang);
    expect([manifest.start_url, manifest.scope, manifest.id]).toEqual(['./', './', './']);
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    const sizes = new Set<string>();
    for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
      expect(icon.src).not.toMatch(/^\//);
      const meta = await sharp(join(DIST, icon.src)).metadata();
      expect(`${meta.width}x${meta.height}`, icon.src).toBe(icon.sizes);
      expect(meta.format).toBe('png');
      sizes.add(`${icon.sizes} ${icon.purpose}`);
    }
    expect([...sizes].sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });

  it('links the manifest from every page', () => {
    // Widgets are framed by other sites and are not the app.
    for (const path of [...builtPages(DIST), '/404.html'].filter((p) => !/^(\/en)?\/embed\/./.test(p))) {
      expect(readPage(path), path).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
    }
  });

  it('meets chromium’s installability criteria once the worker controls the page', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'dangjian-profile-'));
    const v = await visit('/', { context: await launchProfile(profile) });
    await ready(v.page);
    const cdp = await v.context.newCDPSession(v.page);
    const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
    expect(errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors).toEqual([]);
    // A worker with a fetch handler is one of the criteria: it answers for the page offline.
    await v.context.setOffline(true);
    await v.page.reload();
    await expect(v.page.locator('h1').first().isVisible()).resolves.toBe(true);
    expect(v.errors).toEqual([]);
    expect(v.foreign).toEqual([]);
    await v.context.close();
    rmSync(profile, { recursive: true, force: true });
  });
});
