/**
 * The offline basemap of the default build, looked at in a browser: roads, water and place names
 * where they should show, land beyond the old 11-shape rectangle, and what a first view costs.
 * Online basemaps are switched on by configuration at build. Those builds use the example
 * pack with a PMTiles archive served by the site itself, and a tile server that fails; they
 * build in beforeAll, so `-t` can pick the offline tests alone.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildPack } from '../support/astro-build.ts';
import { launchBrowser } from '../support/browser.ts';
import { DIST, ROOT } from '../support/dist.ts';
import { type Served, serveDir } from '../support/serve.ts';

const example = join(ROOT, 'examples/tongwulang');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openMap(server: Served, path = '/map/') {
  const page = await browser.newPage();
  const uncaught: string[] = [];
  const foreign: string[] = [];
  const requests: { url: string; range?: string }[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  page.on('request', (r) => {
    requests.push({ url: r.url(), range: r.headers().range });
    if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });
  return { page, uncaught, foreign, requests };
}

const mapEval = <T>(page: Page, fn: string) => page.evaluate(`(() => { const map = document.querySelector('[data-map]').map; return ${fn}; })()`) as Promise<T>;

describe('the offline basemap', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serveDir(DIST);
  });
  afterAll(() => server?.close());

  /** Rendered features per layer, and the labels drawn, of the map as it stands. */
  const look = (page: Page, layers: string[]) =>
    mapEval<{ counts: Record<string, number>; labels: string[] }>(
      page,
      `(() => {
        const counts = {};
        const labels = [];
        for (const id of ${JSON.stringify(layers)}) {
          const found = map.getLayer(id) ? map.queryRenderedFeatures({ layers: [id] }) : [];
          counts[id] = found.length;
          if (id.startsWith('basemap-place')) for (const f of found) labels.push(f.properties.label);
        }
        return { counts, labels };
      })()`,
    );
  const settle = (page: Page) => mapEval<void>(page, "new Promise((resolve) => { map.once('idle', () => resolve()); map.triggerRepaint(); })");

  it('at 平湖–金山, z10, draws roads, water and Chinese place names from the site’s own tiles', async () => {
    const { page, uncaught, foreign } = await openMap(server, '/map/?c=121.1,30.8&z=10');
    await settle(page);
    const { counts, labels } = await look(page, [
      'basemap-road-major',
      'basemap-lake',
      'basemap-water',
      'basemap-place-town',
      'basemap-place-county',
      'basemap-boundary',
    ]);
    expect(counts['basemap-road-major']).toBeGreaterThan(0);
    expect((counts['basemap-lake'] ?? 0) + (counts['basemap-water'] ?? 0)).toBeGreaterThan(0);
    expect(counts['basemap-place-town']).toBeGreaterThan(3);
    expect(counts['basemap-boundary']).toBeGreaterThan(0);
    expect(labels.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
    expect(uncaught).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('labels in English on /en/ pages', async () => {
    const { page } = await openMap(server, '/en/map/?c=121.1,30.8&z=10');
    await expect(mapEval<unknown>(page, "map.getLayoutProperty('basemap-place-town', 'text-field')")).resolves.toEqual([
      'coalesce',
      ['get', 'label_en'],
      ['get', 'label'],
    ]);
    await page.close();
  });

  it('is land, not blank, outside the old 120.5–122°E / 30.4–31.3°N rectangle, and sea where the sea is', async () => {
    const { page } = await openMap(server, '/map/?c=120.1,29.3&z=8');
    await settle(page);
    const at = (lon: number, lat: number) => mapEval<string[]>(page, `map.queryRenderedFeatures(map.project([${lon}, ${lat}])).map((f) => f.layer.id)`);
    // 义乌–东阳 (the rectangle's edge used to show west and south of 120.5°E / 30.4°N).
    await expect(at(120.1, 29.3)).resolves.toContain('basemap-land');
    await mapEval<void>(page, 'map.jumpTo({ center: [122.9, 29.6], zoom: 8 })');
    await settle(page);
    // Open sea east of 象山.
    const sea = await at(122.9, 29.6);
    expect(sea).toContain('basemap-water');
    expect(sea).not.toContain('basemap-land');
    await page.close();
  });

  it('costs a first view of /map/ little: a few small tiles', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let bytes = 0;
    let tiles = 0;
    page.on('response', async (r) => {
      if (!r.url().includes('/map/basemap/')) return;
      tiles++;
      bytes += (await r.body()).length;
    });
    await page.goto(`${server.url}/map/`);
    await page.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });
    console.info(`first view of /map/: ${tiles} basemap tiles, ${bytes} bytes uncompressed`);
    expect(tiles).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(200_000);
    await page.close();
  });
});

describe('PMTiles basemap', () => {
  let build: BuildResult;
  let server: Served;
  beforeAll(async () => {
    build = buildPack(example, {
      BASEMAP: 'pmtiles',
      PMTILES_URL: '/tiles/toner.pmtiles',
      PMTILES_ATTRIBUTION: '© Stamen Design, © OpenStreetMap contributors',
    });
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
  let server: Served;
  beforeAll(async () => {
    // Port 9 on loopback is closed: every tile request is refused, as from a server that is down.
    const build = buildPack(example, { BASEMAP: 'osm', OSM_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png' });
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
