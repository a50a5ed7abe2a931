/**
 * A shared computer in chromium: "清除本机保存的数据" leaves no plan, saved route or kept page behind, read back from
 * Cache Storage and localStorage; a page kept from a visit is forgotten after its age limit.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/index.ts';
import { parseCacheName } from '../../src/offline/cache-names.ts';
import { KEPT_AT_HEADER, PAGE_MAX_AGE_MS } from '../../src/offline/privacy.ts';
import { getPack } from '../../src/pack/index.ts';
import { useSiteInBrowser, watchPage } from '../support/session.ts';

const { entries } = getPack();
const O = ui.offline;
const session = useSiteInBrowser();

/** The worker controls the page and has kept it. */
const ready = (page: Page) => page.waitForSelector('html[data-offline-ready]', { state: 'attached', timeout: 60_000 });

/** What the site keeps of the reader: entries of its kept-page, saved and meta caches, and its localStorage keys. */
function kept(page: Page): Promise<{ pages: string[]; saved: number; meta: number; storage: string[] }> {
  return page.evaluate(async () => {
    const out = { pages: [] as string[], saved: 0, meta: 0, storage: Object.keys(localStorage).filter((k) => k.startsWith('dangjian')) };
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      if (/^dangjian-pages-/.test(name)) out.pages.push(...requests.map((r) => new URL(r.url).pathname));
      if (/^dangjian-saved-/.test(name)) out.saved += requests.length;
      if (/^dangjian-meta@/.test(name)) out.meta += requests.length;
    }
    return out;
  });
}

async function newVisit(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const { errors } = watchPage(page, session.server.url, context);
  page.on('dialog', (d) => void d.accept());
  return { context, page, errors };
}

describe('on a shared computer', () => {
  const route = entries.routes[0]!;
  const site = entries.sites[0]!;

  it('"清除本机保存的数据" in the footer removes the plan, the saved route and the kept pages', async () => {
    const { context, page, errors } = await newVisit();
    // A saved route, a plan with a travel date, pages from a visit.
    await page.goto(`${session.server.url}/routes/${route.id}/`);
    await ready(page);
    await page.locator('[data-save-route] [data-save]').click();
    await page.locator('[data-save-route][data-state="saved"]').waitFor({ timeout: 60_000 });
    await page.goto(`${session.server.url}/sites/${site.id}/`);
    await ready(page);
    await page.goto(`${session.server.url}/plan/`);
    await page.waitForSelector('[data-planner]:not([hidden])');
    await page.getByLabel('地点', { exact: true }).selectOption(site.id);
    await page.getByRole('button', { name: '加入行程' }).click();
    await expect.poll(() => kept(page).then((k) => k.storage)).toEqual(['dangjian-map:plan']);
    const before = await kept(page);
    expect(before.pages).toEqual(expect.arrayContaining([`/routes/${route.id}/`, `/sites/${site.id}/`]));
    expect(before.saved).toBeGreaterThan(0);
    expect(before.meta).toBeGreaterThan(0);

    // From the footer of an ordinary page.
    await page.goto(`${session.server.url}/sites/${site.id}/`);
    await ready(page);
    const control = page.locator('footer [data-clear-data]');
    await control.getByRole('button', { name: O.clearData }).click();
    // Clearing is asynchronous (caches, the service worker); the status says so when it is done.
    await expect.poll(() => control.locator('[data-clear-status]').textContent(), { timeout: 15_000 }).toBe(O.cleared);
    expect(await kept(page)).toEqual({ pages: [], saved: 0, meta: 0, storage: [] });

    // The offline page lists nothing, and says what is kept and for how long.
    await page.goto(`${session.server.url}/offline/`);
    await page.locator('[data-offline-page][data-listed]').waitFor();
    await expect(page.locator('[data-offline-saved] li').count()).resolves.toBe(0);
    await expect(page.locator('[data-offline-kept]').textContent()).resolves.toContain('7 天');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on the planner, the control empties the plan on screen, in the address and in storage', async () => {
    const { context, page, errors } = await newVisit();
    await page.goto(`${session.server.url}/plan/`);
    await page.waitForSelector('[data-planner]:not([hidden])');
    await page.getByLabel('地点', { exact: true }).selectOption(site.id);
    await page.getByRole('button', { name: '加入行程' }).click();
    await expect.poll(() => page.locator('[data-plan-stops] > li').count()).toBe(1);
    await page.locator('[data-planner] [data-clear-data] button').click();
    await expect.poll(() => page.locator('[data-planner] [data-clear-status]').textContent(), { timeout: 15_000 }).toBe(O.cleared);
    await expect(page.locator('[data-plan-stops] > li').count()).resolves.toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect((await kept(page)).storage).toEqual([]);
    await page.reload();
    await page.waitForSelector('[data-planner]:not([hidden])');
    await expect(page.locator('[data-plan-stops] > li').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on the offline page, the control empties its lists', async () => {
    const { context, page, errors } = await newVisit();
    await page.goto(`${session.server.url}/sites/${site.id}/`);
    await ready(page);
    await page.goto(`${session.server.url}/offline/`);
    await page.locator('[data-offline-page][data-listed]').waitFor();
    await expect(page.locator('[data-offline-visited] li').count()).resolves.toBeGreaterThan(0);
    await page.locator('[data-offline-page] [data-clear-data] button').click();
    await expect.poll(() => page.locator('[data-offline-page] [data-clear-status]').textContent(), { timeout: 15_000 }).toBe(O.cleared);
    await expect.poll(() => page.locator('[data-offline-visited] li').count()).toBe(0);
    await expect(page.locator('[data-offline-visited-none]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a page kept from a visit longer ago than the limit is neither listed nor served offline', async () => {
    const { context, page } = await newVisit();
    await page.goto(`${session.server.url}/sites/${site.id}/`);
    await ready(page);
    // Age the kept copy as a week and a day would.
    const aged = await page.evaluate(
      async ({ header, age }) => {
        const name = (await caches.keys()).find((n) => n.startsWith('dangjian-pages-'))!;
        const cache = await caches.open(name);
        const request = (await cache.keys()).find((r) => r.url.includes('/sites/'))!;
        const response = (await cache.match(request))!;
        const headers = new Headers(response.headers);
        headers.set(header, new Date(Date.now() - age).toUTCString());
        await cache.put(request, new Response(await response.text(), { headers }));
        return new URL(request.url).pathname;
      },
      { header: KEPT_AT_HEADER, age: PAGE_MAX_AGE_MS + 24 * 3600 * 1000 },
    );
    expect(aged).toBe(`/sites/${site.id}/`);
    await page.goto(`${session.server.url}/offline/`);
    await page.locator('[data-offline-page][data-listed]').waitFor();
    await expect(page.locator('[data-offline-visited] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.not.toContain(aged);
    await context.setOffline(true);
    await page.goto(session.server.url + aged);
    await expect(page.locator('h1').textContent()).resolves.toBe(O.heading);
    // The worker deleted the stale copy when it could not serve it.
    const names = await page.evaluate(() => caches.keys());
    expect(names.map(parseCacheName).some((p) => p?.kind === 'pages')).toBe(true);
    expect((await kept(page)).pages).not.toContain(aged);
    await context.close();
  });
});
