/**
 * A pack that brings its own vector PMTiles archive (basemap.pmtiles in pack.yaml): the default content with an
 * archive in the protomaps schema made in the test (tests/support/protomaps-archive.ts). One build: the archive is
 * in the site, read by byte ranges and drawn with protomaps' layers under ours, nothing leaves the site, the service
 * worker and nginx pass the ranges through as they are asked.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { type BuildResult, buildPack } from '../support/astro-build.ts';
import { launchBrowser } from '../support/browser.ts';
import { ROOT } from '../support/dist.ts';
import { freePort, nginxMissing, startNginx } from '../support/nginx.ts';
import { protomapsTestArchive, type TestArchive } from '../support/protomaps-archive.ts';
import { type Served, serveDir } from '../support/serve.ts';

const ARCHIVE = 'map/basemap.pmtiles';

/** The default pack in a folder of its own, its basemap the archive at geo/basemap/pinghu-jinshan.pmtiles. */
function packWithArchive(archive: TestArchive): string {
  const dir = mkdtempSync(join(tmpdir(), 'pack-pmtiles-'));
  cpSync(join(ROOT, 'src/content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'geo'), join(dir, 'geo'), { recursive: true });
  writeFileSync(join(dir, 'geo/basemap/pinghu-jinshan.pmtiles'), archive.bytes);
  const config = parse(readFileSync(join(ROOT, 'pack.yaml'), 'utf8'));
  config.paths.content = 'content';
  config.basemap.default = 'pmtiles';
  config.basemap.pmtiles = { file: 'basemap/pinghu-jinshan.pmtiles', flavor: 'light' };
  writeFileSync(join(dir, 'pack.yaml'), stringify(config));
  return dir;
}

let archive: TestArchive;
let build: BuildResult;
let buildMs: number;
let server: Served;
let browser: Browser;
beforeAll(async () => {
  archive = protomapsTestArchive();
  const started = Date.now();
  build = buildPack(packWithArchive(archive));
  buildMs = Date.now() - started;
  expect(build.status, build.output).toBe(0);
  server = await serveDir(build.dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  uncaught: string[];
  foreign: string[];
  ranges: { status: number; range?: string; fromWorker: boolean }[];
}

async function openMap(path: string, page?: Page): Promise<Opened> {
  const p = page ?? (await browser.newPage({ viewport: { width: 1280, height: 800 } }));
  const opened: Opened = { page: p, uncaught: [], foreign: [], ranges: [] };
  p.on('pageerror', (e) => opened.uncaught.push(e.message));
  p.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) opened.foreign.push(r.url());
  });
  p.on('response', (r) => {
    if (r.url().endsWith(`/${ARCHIVE}`)) opened.ranges.push({ status: r.status(), range: r.request().headers().range, fromWorker: r.fromServiceWorker() });
  });
  await p.goto(`${server.url}${path}`);
  await p.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });
  await mapEval<void>(p, "new Promise((resolve) => { map.once('idle', () => resolve()); map.triggerRepaint(); })");
  return opened;
}

const mapEval = <T>(page: Page, fn: string) => page.evaluate(`(() => { const map = document.querySelector('[data-map]').map; return ${fn}; })()`) as Promise<T>;
/** Rendered features of some layers: for a symbol layer, only the labels MapLibre placed. */
const rendered = (page: Page, layers: string[]) =>
  mapEval<{ layer: string; name?: string; kind?: string }[]>(
    page,
    `map.queryRenderedFeatures({ layers: ${JSON.stringify(layers)} }).map((f) => ({ layer: f.layer.id, name: f.properties.name, kind: f.properties.kind }))`,
  );

describe('a pack with its own vector PMTiles archive', () => {
  it('builds, says what the archive is, and ships it in the site as it is, with no compressed copy', () => {
    console.info(`archive: ${archive.bytes.length} bytes, ${archive.tiles} tiles; build ${(buildMs / 1000).toFixed(1)} s`);
    expect(build.output).toContain(`basemap geo/basemap/pinghu-jinshan.pmtiles → ${ARCHIVE}: vector, z0–8`);
    expect(new Uint8Array(readFileSync(join(build.dist, ARCHIVE)))).toEqual(archive.bytes);
    expect(existsSync(join(build.dist, `${ARCHIVE}.gz`)) || existsSync(join(build.dist, `${ARCHIVE}.br`))).toBe(false);
    // Not in the app shell: the worker never installs it whole.
    expect(readFileSync(join(build.dist, 'sw.js'), 'utf8')).not.toContain('basemap.pmtiles');
  });

  it('draws roads and Chinese place names from the archive, under our sites and outlines, asking nothing of another site', async () => {
    const { page, uncaught, foreign, ranges } = await openMap('/map/?c=121.18,30.78&z=10');
    const roads = await rendered(page, ['protomaps-roads_highway', 'protomaps-roads_major']);
    expect(roads.map((f) => f.kind).sort()).toEqual(expect.arrayContaining(['highway', 'major_road']));
    const places = await rendered(page, ['protomaps-places_locality']);
    // Our own labels are placed first, so the archive's names show where ours leave room (平湖, 金山 at z10; 廊下 loses to its sites).
    expect(places.map((f) => f.name)).toEqual(expect.arrayContaining(['平湖市', '金山区']));
    expect(await rendered(page, ['protomaps-earth'])).not.toHaveLength(0);
    // Ours stay on top: the pack's county outlines and the sites.
    expect(await rendered(page, ['basemap-boundary'])).not.toHaveLength(0);
    expect(await rendered(page, ['sites-point', 'sites-cluster'])).not.toHaveLength(0);
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('© OpenStreetMap contributors · Protomaps');
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((r) => r.status === 206 && r.range?.startsWith('bytes='))).toBe(true);
    expect(uncaught).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('labels in English on /en/ pages', async () => {
    const { page } = await openMap('/en/map/?c=121.18,30.78&z=10');
    const field = JSON.stringify(await mapEval<unknown>(page, "map.getLayoutProperty('protomaps-places_locality', 'text-field')"));
    expect(field).toContain('name:en');
    expect(field).not.toContain('name:zh-Hans');
    expect(await rendered(page, ['protomaps-places_locality'])).not.toHaveLength(0);
    await page.close();
  });

  it('reads the archive past the service worker: ranges from the network as asked, none of it cached', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/map/`);
    await page.waitForSelector('html[data-offline-ready]', { state: 'attached', timeout: 60_000 });
    await expect(page.evaluate(() => Boolean(navigator.serviceWorker.controller))).resolves.toBe(true);
    const { uncaught, ranges } = await openMap('/map/?c=121.3,30.7&z=9', page);
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((r) => r.status === 206 && !r.fromWorker)).toBe(true);
    expect(await rendered(page, ['protomaps-places_locality'])).not.toHaveLength(0);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
      return urls.filter((u) => u.includes('.pmtiles'));
    });
    expect(cached).toEqual([]);
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('is served by the shipped nginx configuration by byte range, never compressed on the way', async (ctx) => {
    if (nginxMissing()) ctx.skip();
    const nginx = startNginx(build.dist, await freePort());
    try {
      const res = await new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const req = request(`${nginx.url}/${ARCHIVE}`, { headers: { Range: 'bytes=0-126', 'Accept-Encoding': 'gzip, br' } }, (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, headers: r.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(res.status).toBe(206);
      expect(res.headers['content-range']).toBe(`bytes 0-126/${archive.bytes.length}`);
      expect(res.headers['content-type']).toBe('application/octet-stream');
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(new Uint8Array(res.body)).toEqual(archive.bytes.slice(0, 127));
    } finally {
      nginx.stop();
    }
  });
});
