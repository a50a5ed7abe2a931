/**
 * Hosting under a sub-path: the default pack built with BASE_PATH=/dangjian/ into its own folder. Every in-site
 * reference in the output carries the base, and the site works in chromium when served under /dangjian/ only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerRules, parseHeadersFile } from '../../src/deploy/headers.ts';
import { getPack } from '../../src/pack/index.ts';
import { type BuildResult, buildPack } from '../support/astro-build.ts';
import { straysIn, straysInDist } from '../support/base-scan.ts';
import { launchBrowser } from '../support/browser.ts';
import { ROOT } from '../support/dist.ts';
import { type Served, serveDir } from '../support/serve.ts';

const BASE = '/dangjian/';
const { entries } = getPack();
const site = entries.sites.find((s) => s.id === 'mingyue-shantang') ?? (entries.sites[0] as (typeof entries.sites)[number]);

describe(`a build with BASE_PATH=${BASE}`, () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildPack(ROOT, { BASE_PATH: BASE, SITE_URL: 'https://example.gov.cn' });
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('the scan finds a reference without the base (it can fail)', () => {
    const top = new Set(['map', 'plan', '_astro']);
    expect(straysIn('<a href="/map/">x</a><img srcset="/dangjian/a.png 1x, /b.png 2x">', '.html', BASE, top)).toEqual(['/map/', '/b.png']);
    expect(straysIn('fetch("/plan/data.json");const r=/a\\/b/;x("/dangjian/plan/")', '.js', BASE, top)).toEqual(['/plan/data.json']);
    expect(straysIn('a{background:url(/_astro/x.svg)}', '.css', BASE, top)).toEqual(['/_astro/x.svg']);
    expect(straysIn('<loc>https://example.gov.cn/sites/x/</loc>', '.xml', BASE, top)).toEqual(['/sites/x/']);
  });

  it('has no root-absolute in-site reference without the base in any HTML, JS, CSS, JSON, SVG or XML file', () => {
    const strays = straysInDist(build.dist, BASE).map((s) => `${s.file}: ${s.ref}`);
    expect(strays).toEqual([]);
  });

  it('puts the base into canonical and og:url addresses, the sitemap and the deployment headers', () => {
    const html = readFileSync(join(build.dist, 'sites', site.id, 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="https://example.gov.cn${BASE}sites/${site.id}/">`);
    expect(html).toContain(`<meta property="og:url" content="https://example.gov.cn${BASE}sites/${site.id}/">`);
    const sitemap = readFileSync(join(build.dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>https://example.gov.cn${BASE}map/</loc>`);
    expect(readFileSync(join(build.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: https://example.gov.cn${BASE}sitemap.xml`);
    const rules = parseHeadersFile(readFileSync(join(build.dist, '_headers'), 'utf8'));
    expect(rules.map((r) => r.path)).toEqual(headerRules(BASE).map((r) => r.path));
    expect(rules.every((r) => r.path.startsWith(BASE))).toBe(true);
  });

  describe('served under the base only, in chromium', () => {
    let server: Served;
    let browser: Browser;
    beforeAll(async () => {
      server = await serveDir(build.dist, () => ({}), { prefix: BASE });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** A page with every failed response, console error and off-site request recorded. */
    async function open(path: string): Promise<{ page: Page; problems: string[]; requests: string[]; close(): Promise<void> }> {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
      page.on('request', (r) => {
        const url = r.url();
        if (url.startsWith(server.url)) requests.push(url.slice(server.url.length));
        else if (!/^(data|blob):/.test(url)) problems.push(`off-site: ${url}`);
      });
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      return { page, problems, requests, close: () => context.close() };
    }

    const live = (page: Page) => page.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });
    const drawnSites = (page: Page) =>
      page.evaluate(() => {
        const map = (document.querySelector('[data-map]') as HTMLElement & { map: { queryRenderedFeatures(o?: object): { source: string }[] } }).map;
        return map.queryRenderedFeatures().filter((f) => f.source === 'sites').length;
      });

    it('the server answers nothing outside the base', async () => {
      const response = await fetch(`${server.url}/map/`);
      expect(response.status).toBe(404);
    });

    it('home → map: MapLibre loads and draws the sites', async () => {
      const v = await open(BASE);
      await v.page.locator('.site-nav a', { hasText: '地图' }).click();
      await v.page.waitForURL(`${server.url}${BASE}map/`);
      await live(v.page);
      await expect.poll(() => drawnSites(v.page), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(v.requests.some((r) => r.startsWith(`${BASE}map/sites.geojson`))).toBe(true);
      expect(v.problems).toEqual([]);
      await v.close();
    });

    it('a site page', async () => {
      const v = await open(`${BASE}sites/${site.id}/`);
      await expect(v.page.locator('h1').textContent()).resolves.toBe(site.data.title);
      expect(v.problems).toEqual([]);
      await v.close();
    });

    it('search: typing a query lists results from the base’s index, linked under the base', async () => {
      const v = await open(BASE);
      const input = v.page.locator('#site-search-q');
      await input.click();
      await input.pressSequentially('山塘', { delay: 50 });
      await v.page.locator('#site-search-list [role="option"]').first().waitFor();
      const hrefs = await v.page.locator('#site-search-list [role="option"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.href ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href.startsWith(BASE)).toBe(true);
      // 山塘 is answered by the names index; a category word with a place by Pagefind: both under the base.
      expect(v.requests.filter((r) => r.startsWith(`${BASE}search/names/`))).toHaveLength(2);
      await input.fill('廊下 公交');
      await v.page.locator('#site-search-list[data-query="廊下 公交"] [role="option"]').first().waitFor();
      const buses = await v.page.locator('#site-search-list [role="option"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.href ?? ''));
      for (const href of buses) expect(href.startsWith(BASE)).toBe(true);
      expect(v.requests.some((r) => r.startsWith(`${BASE}pagefind/`))).toBe(true);
      await v.page.goto(server.url + (hrefs[0] as string), { waitUntil: 'networkidle' });
      expect(v.problems).toEqual([]);
      await v.close();
    });

    it('the planner loads its data under the base and adds a site', async () => {
      const v = await open(`${BASE}plan/`);
      await v.page.waitForSelector('[data-planner]:not([hidden])', { timeout: 30_000 });
      await v.page.getByLabel('地点', { exact: true }).selectOption(site.id);
      await v.page.getByRole('button', { name: '加入行程' }).click();
      await expect(v.page.locator('[data-plan-stops] > li').count()).resolves.toBe(1);
      expect(v.requests).toContain(`${BASE}plan/data.json`);
      await expect(v.page.locator(`[data-plan-itinerary] a[href="${BASE}sites/${site.id}/"]`).count()).resolves.toBeGreaterThan(0);
      expect(v.problems).toEqual([]);
      await v.close();
    });

    it('an embed page', async () => {
      const v = await open(`${BASE}embed/map/?list=1`);
      await live(v.page);
      await expect(v.page.locator('[data-embed-full]').getAttribute('href')).resolves.toMatch(new RegExp(`^${BASE}map/`));
      expect(v.problems).toEqual([]);
      await v.close();
    });
  });
});
