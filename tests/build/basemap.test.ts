/**
 * Online basemaps are switched on by configuration at build. These builds use the example
 * pack with a PMTiles archive served by the site itself, and a tile server that fails.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../support/astro-build.ts';
import { launchBrowser } from '../support/browser.ts';
import { ROOT } from '../support/dist.ts';
import { type Served, serveDir } from '../support/serve.ts';

const example = join(ROOT, 'examples/tongwulang');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openMap(server: Served) {
  const page = await browser.newPage();
  const uncaught: string[] = [];
  const foreign: string[] = [];
  const requests: { url: string; range?: string }[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  page.on('request', (r) => {
    requests.push({ url: r.url(), range: r.headers().range });
    if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  await page.goto(`${server.url}/map/`);
  await page.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });
  return { page, uncaught, foreign, requests };
}

const mapEval = <T>(page: Page, fn: string) => page.evaluate(`(() => { const map = document.querySelector('[data-map]').map; return ${fn}; })()`) as Promise<T>;

describe('PMTiles basemap', () => {
  const build = buildPack(example, {
    BASEMAP: 'pmtiles',
    PMTILES_URL: '/tiles/toner.pmtiles',
    PMTILES_ATTRIBUTION: '© Stamen Design, © OpenStreetMap contributors',
  });
  let server: Served;
  beforeAll(async () => {
    expect(build.status, build.output).toBe(0);
    mkdirSync(join(build.dist, 'tiles'), { recursive: true });
    copyFileSync(join(ROOT, 'tests/fixtures/pmtiles/stamen-toner-raster-z3.pmtiles'), join(build.dist, 'tiles/toner.pmtiles'));
    server = await serveDir(build.dist);
  });
  afterAll(() => server?.close());

  it('reads raster tiles from the archive by byte range, credits them, and keeps our layers', async () => {
    const { page, uncaught, foreign, requests } = await openMap(server);
    await expect(mapEval<boolean>(page, "map.getLayer('basemap-pmtiles') !== undefined && map.isSourceLoaded('pmtiles')")).resolves.toBe(true);
    expect(requests.some((r) => r.url.endsWith('/tiles/toner.pmtiles') && r.range?.startsWith('bytes='))).toBe(true);
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('Stamen');
    await expect(mapEval<number>(page, "map.queryRenderedFeatures({ layers: ['sites-point', 'sites-cluster'] }).length")).resolves.toBeGreaterThan(0);
    expect(uncaught).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});

describe('a tile server that fails', () => {
  // Port 9 on loopback is closed: every tile request is refused, as from a server that is down.
  const build = buildPack(example, { BASEMAP: 'osm', OSM_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png' });
  let server: Served;
  beforeAll(async () => {
    expect(build.status, build.output).toBe(0);
    server = await serveDir(build.dist);
  });
  afterAll(() => server?.close());

  it('is said plainly; our own layers stay and nothing is thrown', async () => {
    const { page, uncaught } = await openMap(server);
    await expect(page.locator('[data-map-notice]').textContent()).resolves.toContain('在线底图加载失败');
    await expect(mapEval<string>(page, "map.getLayoutProperty('basemap-osm', 'visibility')")).resolves.toBe('none');
    await expect(mapEval<number>(page, "map.queryRenderedFeatures({ layers: ['sites-point', 'sites-cluster'] }).length")).resolves.toBeGreaterThan(0);
    expect(uncaught).toEqual([]);
    await page.close();
  });
});
