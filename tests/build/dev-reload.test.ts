/**
 * `npm run dev` on a pack that lies outside the project (CONTENT_ROOT): an edit to the pack shows on the next
 * request, in entry pages and in the endpoints that derive from the whole pack; a broken edit shows its problems and
 * the server recovers once it is fixed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startDev, until } from '../support/dev-server.ts';
import { scenarioPack } from '../support/scenario.ts';

interface Page {
  status: number;
  body: string;
}

describe('astro dev reads the pack again when it changes on disk', () => {
  const pack = scenarioPack('base');
  const file = (p: string) => join(pack, p);
  const edit = (p: string, change: (text: string) => string) => writeFileSync(file(p), change(readFileSync(file(p), 'utf8')));
  let dev: DevServer;
  const get = async (path: string): Promise<Page> => {
    const res = await fetch(`${dev.url}${path}`);
    return { status: res.status, body: await res.text() };
  };
  /** Fetches `path` until `check` holds for it; the answer it held for. */
  const once = (path: string, what: string, check: (page: Page) => boolean) =>
    until(`${path} ${what}`, async () => {
      const page = await get(path);
      return check(page) ? page : undefined;
    });
  const heading = (page: Page) => /<h1\b[^>]*>([^<]*)<\/h1>/.exec(page.body)?.[1];
  const titles = (page: Page) => (JSON.parse(page.body) as { sites: { id: string; title: string }[] }).sites.map((s) => `${s.id} ${s.title}`);
  const features = (page: Page) =>
    (JSON.parse(page.body) as { features: { id: string; properties: { title: string } }[] }).features.map((f) => `${f.id} ${f.properties.title}`);

  beforeAll(async () => {
    dev = await startDev(pack);
    // What the pack says before any edit, so that a page which never changes cannot pass below.
    expect(heading(await get('/sites/shantang/'))).toBe('明月山塘');
    expect(features(await get('/map/sites.geojson'))).toEqual(['shantang 明月山塘', 'zhuanjiaowan 转角湾']);
    expect(titles(await get('/plan/data.json'))).toEqual(['shantang 明月山塘', 'zhuanjiaowan 转角湾']);
    expect((await get('/map/overlays.geojson')).body).not.toContain('[121.09,30.7]');
    expect((await get('/data/routes/red-origins.geojson')).body).not.toContain('[121.09,30.7]');
    expect((await get('/sites/xinzhan/')).status).toBe(404);
  }, 120_000);

  afterAll(async () => {
    await dev?.stop();
    rmSync(pack, { recursive: true, force: true });
  });

  // First, while Astro still keeps the route's download (getStaticPaths) from the fetch above: no entry changes here.
  it("a changed GeoJSON geometry shows in the map's overlays and the route's download", async () => {
    edit('geo/red-origins.geojson', (t) => t.replace('[121.05, 30.66], [121.13, 30.78]', '[121.05, 30.66], [121.09, 30.7], [121.13, 30.78]'));
    await once('/map/overlays.geojson', 'has the bend', (p) => p.body.includes('[121.09,30.7]'));
    await once('/data/routes/red-origins.geojson', 'has the bend', (p) => p.body.includes('[121.09,30.7]'));
  });

  it('a changed title shows on the site page, the map and the planner', async () => {
    edit('content/sites/shantang.md', (t) => t.replace('title: 明月山塘', 'title: 明月山塘桥'));
    await once('/sites/shantang/', 'has the new title', (p) => heading(p) === '明月山塘桥');
    expect(features(await get('/map/sites.geojson'))).toContain('shantang 明月山塘桥');
    expect(titles(await get('/plan/data.json'))).toContain('shantang 明月山塘桥');
  });

  it('a new site file has its page and is on the map and in the planner', async () => {
    const shantang = readFileSync(file('content/sites/shantang.md'), 'utf8');
    writeFileSync(file('content/sites/xinzhan.md'), shantang.replace(/^title: .*$/m, 'title: 新站').replace('lon: 121.13', 'lon: 121.2'));
    const page = await once('/sites/xinzhan/', 'is there', (p) => p.status === 200);
    expect(heading(page)).toBe('新站');
    expect(features(await get('/map/sites.geojson'))).toContain('xinzhan 新站');
    expect(titles(await get('/plan/data.json'))).toContain('xinzhan 新站');
  });

  it('a broken edit shows its problem where it is, in the log and the browser, and the server recovers once it is fixed', async () => {
    edit('content/sites/xinzhan.md', (t) => t.replace('kind: park', 'kind: 公园'));
    const broken = await once('/sites/xinzhan/', 'shows the problem', (p) => p.status === 500 && p.body.includes('content/sites/xinzhan.md:'));
    expect(broken.body).toMatch(/content\/sites\/xinzhan\.md:4\s+sites\/xinzhan\s+kind\s+\S/);
    await until('the log names the problem', async () => /content\/sites\/xinzhan\.md:4\s+sites\/xinzhan\s+kind\s+\S/.test(dev.log()) || undefined);
    expect(dev.running()).toBe(true);

    edit('content/sites/xinzhan.md', (t) => t.replace('kind: 公园', 'kind: park').replace('title: 新站', 'title: 新站点'));
    await once('/sites/xinzhan/', 'is back, with the fixed file', (p) => p.status === 200 && heading(p) === '新站点');
    expect(features(await get('/map/sites.geojson'))).toContain('xinzhan 新站点');
  });
});
