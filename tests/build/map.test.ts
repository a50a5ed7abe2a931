import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/pack/index.ts';
import { DIST } from '../support/dist.ts';
import { useSiteInBrowser, watchPage } from '../support/session.ts';

const session = useSiteInBrowser();

interface Visit {
  page: Page;
  errors: string[];
  foreign: string[];
}

async function open(path: string, init?: (page: Page) => Promise<void>): Promise<Visit> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 860 } });
  const { errors, foreign } = watchPage(page, session.server.url);
  await init?.(page);
  await page.goto(session.server.url + path);
  return { page, errors, foreign };
}

const live = (page: Page) => page.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });

/** Rendered features of some layers, read from MapLibre itself. */
function rendered(page: Page, layers: string[]): Promise<Record<string, number>> {
  return page.evaluate((ids) => {
    const map = (document.querySelector('[data-map]') as HTMLElement & { map: { queryRenderedFeatures(o: object): { layer: { id: string } }[] } }).map;
    const out: Record<string, number> = {};
    for (const id of ids) out[id] = map.queryRenderedFeatures({ layers: [id] }).length;
    return out;
  }, layers);
}

interface MapProbe {
  project(p: [number, number]): { x: number; y: number };
  queryRenderedFeatures(a?: unknown, o?: object): { properties: Record<string, string>; layer: { id: string } }[];
  getBounds(): { toArray(): [[number, number], [number, number]] };
  once(t: string, f: () => void): void;
}

/** The map's visible box [west, south, east, north], once it has come to rest. */
const viewBox = (page: Page) =>
  page.evaluate(() => {
    const map = (document.querySelector('[data-map]') as HTMLElement & { map: MapProbe }).map;
    return map.getBounds().toArray().flat() as [number, number, number, number];
  });
const inside = (b: [number, number, number, number], lon: number, lat: number) => lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

/** Until the phone's sheet has finished its height transition (none running, none about to start). */
const sheetSettled = (page: Page) => page.waitForFunction(() => (document.querySelector('.map-panel')?.getAnimations().length ?? 0) === 0);

const waitIdle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('[data-map]') as HTMLElement & { map: { once(t: string, f: () => void): void; triggerRepaint(): void } }).map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );

describe('/map/ in chromium', () => {
  const { entries } = getPack();

  it('draws sites, clusters, the belt, bus lines and the border, partnerships only when asked, asking nothing of another origin', async () => {
    const { page, errors, foreign } = await open('/map/');
    await live(page);
    const counts = await rendered(page, ['sites-point', 'sites-cluster', 'belt-band', 'belt-member', 'transit-line', 'partnership-member', 'border']);
    expect(counts['sites-point']! + counts['sites-cluster']!).toBeGreaterThan(0);
    expect(counts['sites-cluster']).toBeGreaterThan(0);
    for (const layer of ['belt-member', 'transit-line', 'border']) expect(counts[layer], layer).toBeGreaterThan(0);
    // Partnership areas veil the sites when all are drawn: off until the layer or a partnership is chosen.
    expect(counts['partnership-member']).toBe(0);
    await page.getByLabel('合作区域', { exact: true }).check();
    await waitIdle(page);
    expect((await rendered(page, ['partnership-member']))['partnership-member']).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('switches a layer and filters by kind: the map, the list, the count and the URL follow; a reload restores it', async () => {
    const { page, errors } = await open('/map/');
    await live(page);
    await page.getByLabel('跨省公交', { exact: true }).uncheck();
    await page.waitForURL(/layers=/);
    await waitIdle(page);
    expect((await rendered(page, ['transit-line']))['transit-line']).toBe(0);

    await page.getByRole('checkbox', { name: /^村/ }).check();
    await page.waitForURL(/kind=village/);
    const villages = entries.sites.filter((s) => s.data.kind === 'village').length;
    await page.getByLabel('只列出地图当前范围内的地点').uncheck();
    await expect.poll(() => page.locator('#site-list li:not([hidden])').count()).toBe(villages);
    await expect(page.locator('#map-count').textContent()).resolves.toContain(`显示 ${villages} 个地点`);

    const url = page.url();
    await page.close();
    const again = await open(new URL(url).pathname + new URL(url).search);
    await live(again.page);
    await expect(again.page.getByLabel('跨省公交', { exact: true }).isChecked()).resolves.toBe(false);
    await expect(again.page.getByRole('checkbox', { name: /^村/ }).isChecked()).resolves.toBe(true);
    await waitIdle(again.page);
    const counts = await rendered(again.page, ['transit-line']);
    expect(counts['transit-line']).toBe(0);
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
  });

  it('has its list, filters and site details working before the map library arrives', async () => {
    const site = entries.sites.find((s) => s.id === 'zhuanjiaowan') ?? entries.sites[0]!;
    const held: (() => void)[] = [];
    // MapLibre's chunk is held back for the whole test: what the reader can do meanwhile is what counts. On the
    // context, so that it stays held once the offline worker has claimed the page and fetches for it.
    const hold = async (p: Page) => {
      await p.context().route(/\/_astro\/mount\.[\w-]+\.js$/, (route) => new Promise<void>((r) => held.push(r)).then(() => route.abort()));
    };
    const { page } = await open('/map/', hold);
    const form = page.locator('#map-filters');
    await expect.poll(() => form.isVisible()).toBe(true);
    await page.getByLabel('只列出地图当前范围内的地点').uncheck();
    await page.locator(`#site-list button[data-select="${site.id}"]`).click();
    await expect.poll(() => page.locator('#site-detail h2').textContent()).toBe(site.data.title);
    await expect(page.locator('.map-overview').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => (document.querySelector('[data-map]') as HTMLElement).dataset.mapState)).toBeUndefined();
    for (const release of held) release();
    await page.close();
  });

  it('finds by typed text: the list, the markers and the URL follow, and a shared link opens on the same result', async () => {
    const { page, errors } = await open('/map/');
    await live(page);
    await page.getByLabel('只列出地图当前范围内的地点').uncheck();
    await page.locator('#map-find').fill('山塘');
    await page.waitForURL(/q=/);
    const titles = entries.sites.filter((s) => s.data.title.includes('山塘')).map((s) => s.data.title);
    expect(titles.length).toBeGreaterThan(1);
    await expect.poll(() => page.locator('#site-list li:not([hidden]) a').allTextContents()).toEqual(expect.arrayContaining(titles));
    expect(await page.locator('#site-list li:not([hidden])').count()).toBe(titles.length);
    await expect(page.locator('#map-find-status').textContent()).resolves.toContain(String(titles.length));
    // The map keeps only what the text found, and frames it.
    await waitIdle(page);
    const box = await viewBox(page);
    for (const s of entries.sites.filter((x) => x.data.title.includes('山塘'))) expect(inside(box, s.data.location.lon, s.data.location.lat), s.id).toBe(true);
    const url = new URL(page.url());
    await page.close();
    const again = await open(url.pathname + url.search);
    await expect.poll(() => again.page.locator('#map-find').inputValue()).toBe('山塘');
    await expect.poll(() => again.page.locator('#site-list li:not([hidden])').count()).toBeLessThanOrEqual(titles.length);
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
  });

  it('keeps text typed in the find box when a filter is changed before the search has run', async () => {
    const { page, errors } = await open('/map/');
    await live(page);
    const option = page.locator('select[name="region"] option[value$="/平湖市"]');
    await expect.poll(() => option.count()).toBe(1);
    const key = (await option.getAttribute('value'))!;
    // Within the box's 250 ms pause: the filter's change must not put the old (empty) text back.
    await page.locator('#map-find').fill('山塘');
    await page.locator('select[name="region"]').selectOption(key);
    await page.waitForURL(/q=/);
    await expect(page.locator('#map-find').inputValue()).resolves.toBe('山塘');
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('山塘');
    expect(url.searchParams.get('region')).toBe(key);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fills the region filter from the map data, not from the page, and filters by it', async () => {
    const { page, errors } = await open('/map/');
    const html = await (await fetch(`${session.server.url}/map/`)).text();
    const option = page.locator('select[name="region"] option[value$="/金山区"]');
    await expect.poll(() => option.count()).toBe(1);
    const key = (await option.getAttribute('value'))!;
    expect(html).not.toContain(`value="${key}"`);
    const jinshan = entries.sites.filter((s) => s.data.regions.some((r) => r.county === '金山区')).length;
    await expect(option.textContent()).resolves.toContain(`（${jinshan}）`);
    await page.getByLabel('只列出地图当前范围内的地点').uncheck();
    await page.locator('select[name="region"]').selectOption(key);
    await page.waitForURL(/region=/);
    await expect.poll(() => page.locator('#site-list li:not([hidden])').count()).toBe(jinshan);
    await expect(page.locator('#district option').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('金山区')]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a site from the list with the keyboard, and Back closes it', async () => {
    const site = entries.sites.find((s) => s.id === 'zhuanjiaowan') ?? entries.sites[0]!;
    const { page, errors } = await open('/map/');
    await live(page);
    await page.getByLabel('只列出地图当前范围内的地点').uncheck();
    const button = page.locator(`#site-list button[data-select="${site.id}"]`);
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`site=${site.id}`));
    const detail = page.locator('#site-detail');
    await expect(detail.locator('h2').textContent()).resolves.toBe(site.data.title);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-detail-title');
    await expect(detail.getByRole('link', { name: '查看详情页' }).getAttribute('href')).resolves.toBe(`/sites/${site.id}/`);
    await page.goBack();
    await expect.poll(() => detail.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without WebGL says so plainly and keeps the list, with no uncaught error', async () => {
    const { page, errors } = await open('/map/', async (p) => {
      await p.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          return type.startsWith('webgl') ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
        } as typeof original;
      });
    });
    await page.waitForSelector('[data-map][data-map-state="fallback"]');
    await expect(page.locator('[data-map-notice]').textContent()).resolves.toContain('WebGL2');
    await expect(page.locator('.map-overview').isVisible()).resolves.toBe(true);
    await expect(page.locator('#site-list li').count()).resolves.toBe(entries.sites.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the list in the browser from the map data, in the page’s language, sorted as the page was', async () => {
    const { page } = await open('/map/');
    await expect.poll(() => page.locator('#site-list li').count()).toBe(entries.sites.length);
    const titles = await page.locator('#site-list li > a').allTextContents();
    expect(titles).toEqual(entries.sites.map((s) => s.data.title).sort((a, b) => a.localeCompare(b, 'zh-CN')));
    await expect(page.locator('#site-list li > a').first().getAttribute('href')).resolves.toMatch(/^\/sites\/[a-z0-9-]+\/$/);
    await page.close();
    const translated = entries.sites.find((s) => s.data.titleEn)!;
    const en = await open('/en/map/');
    const link = en.page.locator(`#site-list li[data-site-id="${translated.id}"] > a`);
    await expect.poll(() => link.textContent()).toBe(translated.data.titleEn);
    await expect(link.getAttribute('href')).resolves.toBe(`/en/sites/${translated.id}/`);
    await en.page.close();
  });

  it('shows the static map and the way to every site with JavaScript off', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/map/`);
    const index = page.getByRole('link', { name: `按名称浏览全部 ${entries.sites.length} 个地点` });
    await expect(index.getAttribute('href')).resolves.toBe('/sites/');
    await expect(page.locator('.map-overview').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);
    await index.click();
    await expect(page.locator('main a[href^="/sites/"]').count()).resolves.toBeGreaterThanOrEqual(entries.sites.length);
    await context.close();
  });
});

describe('/map/ details', () => {
  const { entries } = getPack();

  it('keeps sites at one spot reachable: clicking their cluster lists them', async () => {
    // Sites the sources do not place precisely share one approximate point (e.g. 独山港镇).
    const groups = new Map<string, string[]>();
    for (const s of entries.sites) {
      const key = `${s.data.location.lon},${s.data.location.lat}`;
      groups.set(key, [...(groups.get(key) ?? []), s.data.title]);
    }
    const [key, titles] = [...groups.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(titles.length).toBeGreaterThan(1);
    const [lon, lat] = key.split(',').map(Number) as [number, number];
    const { page, errors } = await open(`/map/?c=${lon},${lat}&z=14`);
    await live(page);
    const point = await page.evaluate(
      ([x, y]) => {
        const map = (document.querySelector('[data-map]') as HTMLElement & { map: { project(p: [number, number]): { x: number; y: number } } }).map;
        const p = map.project([x as number, y as number]);
        const box = (document.querySelector('[data-map-canvas]') as HTMLElement).getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
      [lon, lat],
    );
    await page.mouse.click(point.x, point.y);
    const detail = page.locator('#site-detail');
    await expect.poll(() => detail.locator('h2').textContent()).toBe(`此处有 ${titles.length} 个地点`);
    const listed = await detail.locator('li button').allTextContents();
    expect(listed.sort()).toEqual([...titles].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone the map fills the screen under a 56 px bar, and 明月山塘 is three taps away with the map in sight', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.server.url}/map/`);
    // The layout is there from the first paint (html[data-js]); the map itself starts on the first touch.
    const header = (await page.locator('.site-header').boundingBox())!;
    const sheet = page.locator('.map-panel');
    const mapBox = async () => (await page.locator('[data-map]').boundingBox())!;
    const map = await mapBox();
    expect(header.height).toBeLessThanOrEqual(56);
    expect(map.width).toBe(390);
    expect(map.y).toBeLessThanOrEqual(header.height + 1);
    // Map and sheet share the screen under the bar: the map ends where the sheet begins.
    const peek = (await sheet.boundingBox())!;
    expect(peek.height).toBeLessThan(200);
    expect(map.y + map.height).toBeCloseTo(peek.y, 0);
    expect(peek.y + peek.height).toBeGreaterThanOrEqual(843);
    // The map stays on screen at every step: the sheet never takes more than the lower part of the screen.
    const screen = { y: header.height, height: 844 - header.height };
    let taps = 0;
    const tap = async (selector: string) => {
      await page.locator(selector).tap();
      taps++;
      await sheetSettled(page);
      const box = (await sheet.boundingBox())!;
      expect(box.y, selector).toBeGreaterThan(screen.y + screen.height * 0.3);
      await expect.poll(async () => Math.round((await mapBox()).y + (await mapBox()).height), { message: selector }).toBe(Math.round(box.y));
    };
    await tap('#map-find');
    await page.keyboard.type('明月山塘');
    await expect.poll(() => page.locator('#site-list li:not([hidden])').count()).toBeLessThan(5);
    await tap('#site-list li:not([hidden]) button[data-select="mingyue-shantang"]');
    const title = page.locator('#site-detail h2');
    await expect.poll(() => title.textContent()).toBe('明月山塘');
    expect(taps).toBeLessThanOrEqual(3);
    await live(page);
    await waitIdle(page);
    // The details are in the sheet, in sight, and the site is in the part of the map above it.
    const top = (await sheet.boundingBox())!.y;
    const heading = (await title.boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(top);
    expect(heading.y + heading.height).toBeLessThanOrEqual(844);
    const site = getPack().entries.sites.find((x) => x.id === 'mingyue-shantang')!.data.location;
    const at = await page.evaluate(
      ([lon, lat]) => {
        const m = (document.querySelector('[data-map]') as HTMLElement & { map: { project(p: [number, number]): { y: number } } }).map;
        return m.project([lon as number, lat as number]).y + (document.querySelector('[data-map-canvas]') as HTMLElement).getBoundingClientRect().top;
      },
      [site.lon, site.lat],
    );
    expect(at).toBeGreaterThan(map.y);
    expect(at).toBeLessThan(top);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['/map/', '/sites/', '/'])('on a phone %s is laid out from the first paint: nothing moves when the scripts arrive', async (path) => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shifted: number };
      w.shifted = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifted += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${session.server.url}${path}`, { waitUntil: 'networkidle' });
    // The explorer has drawn its list (on /map/), so every script that arranges the page has run.
    if (path === '/map/') await expect.poll(() => page.locator('#site-list li').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.02);
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(56);
    await context.close();
  });

  it('on a phone a touch made while the list still loads starts the map once the list is there', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const held: (() => void)[] = [];
    // The sites arrive late, as on a slow connection: the reader touches the map before the list can be used.
    await context.route(/\/map\/sites\.geojson$/, (route) => new Promise<void>((r) => held.push(r)).then(() => route.continue()));
    await page.goto(`${session.server.url}/map/`);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await page.touchscreen.tap(195, 300);
    const started = () => page.evaluate(() => (document.querySelector('[data-map]') as HTMLElement).dataset.started);
    await page.waitForTimeout(300);
    // The map library waits for the list: the list stays the first thing a reader can use.
    await expect(started()).resolves.toBeUndefined();
    for (const release of held) release();
    await expect.poll(() => page.locator('#site-list li').count()).toBeGreaterThan(0);
    await expect.poll(started, { timeout: 10_000 }).toBe('1');
    await live(page);
    await context.close();
  });

  it('on a phone the sheet moves by its handle, by keyboard too, and Esc folds it back', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/map/`);
    const handle = page.getByRole('button', { name: '列表、筛选与图例' });
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
    const height = async () => (await page.locator('.map-panel').boundingBox())!.height;
    const peek = await height();
    await handle.tap();
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('true');
    await sheetSettled(page);
    const half = await height();
    expect(half).toBeGreaterThan(peek + 100);
    // The map above the open sheet is painted, not left a blank band (as when the sheet scrolled over the canvas).
    await live(page);
    await waitIdle(page);
    const { data } = await sharp(await page.screenshot())
      .extract({ left: 0, top: 130, width: 390, height: 70 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 3) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    // A blank band, sea colour with a boundary line through it, held under 150 colours here; the drawn map over 600.
    expect(colours.size).toBeGreaterThan(300);
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await sheetSettled(page);
    expect(await height()).toBeGreaterThan(half + 100);
    // The legend is in the sheet on a phone.
    await expect(page.locator('.map-panel .map-legend').count()).resolves.toBe(1);
    await page.locator('#map-find').focus();
    await page.keyboard.press('Escape');
    await sheetSettled(page);
    expect(await height()).toBeCloseTo(peek, 0);
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-sheet-handle'))).resolves.toBe(true);
    await context.close();
  });

  it('on a phone the menu and the search fold behind two buttons that say whether they are open', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/sites/`);
    const menu = page.getByRole('button', { name: '菜单' });
    const search = page.getByRole('button', { name: '搜索', exact: true });
    await expect(page.getByRole('link', { name: '参观线路' }).first().isVisible()).resolves.toBe(false);
    await menu.tap();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#site-menu').getByRole('link', { name: '参观线路' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-header-toggle'))).resolves.toBe('menu');
    await search.tap();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(56);
    // Unfolded, the search spans the phone's width, as the menu does: not a 288 px strip with the page beside it.
    expect((await page.locator('#site-search').boundingBox())!.width).toBe(390);
    await page.keyboard.press('Escape');
    await expect(search.getAttribute('aria-expanded')).resolves.toBe('false');
    // The "/" shortcut unfolds the folded search and puts the cursor in it.
    await page.keyboard.press('/');
    await expect(search.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await context.close();
  });

  it('on a desktop the legend sits on the map and folds', async () => {
    const { page } = await open('/map/');
    const legend = page.locator('.map-legend');
    const box = (await legend.boundingBox())!;
    const map = (await page.locator('[data-map]').boundingBox())!;
    expect(box.x + box.width).toBeLessThan(map.x + map.width);
    expect(box.y).toBeGreaterThan(map.y);
    await legend.locator('summary').click();
    expect((await legend.boundingBox())!.height).toBeLessThan(box.height / 2);
    await page.close();
  });
});

describe('maps in pages', () => {
  it('a site page shows its static map, and the live map when asked, with the site marked', async () => {
    const { page, errors, foreign } = await open('/sites/zhuanjiaowan/');
    const img = page.locator('.entry-map .map-overview');
    await expect(img.getAttribute('src')).resolves.toBe('/map/overview/sites/zhuanjiaowan.svg');
    // No map library until the reader asks for the map.
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('mount')),
    );
    expect(scripts).toEqual([]);
    await page.getByRole('button', { name: '打开交互地图' }).click();
    await live(page);
    // The site is ringed at its own point, drawn above clusters and stacks (its own source).
    const site = getPack().entries.sites.find((s) => s.id === 'zhuanjiaowan')!;
    const ring = await page.evaluate(
      ([lon, lat]) => {
        const map = (document.querySelector('[data-map]') as HTMLElement & { map: MapProbe }).map;
        const p = map.project([lon as number, lat as number]);
        return map.queryRenderedFeatures([p.x, p.y], { layers: ['sites-selected'] }).map((f) => f.properties.id);
      },
      [site.data.location.lon, site.data.location.lat],
    );
    expect(ring).toEqual(['zhuanjiaowan']);
    // The page itself offers navigation, not only the map's panel.
    await expect(page.locator('.facts').getByRole('link', { name: '高德地图' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: '打开完整地图' }).getAttribute('href')).resolves.toBe('/map/?site=zhuanjiaowan');
    // Inside a scrolling page one finger scrolls the page, two move the map.
    const cooperative = await page.evaluate(() =>
      (document.querySelector('[data-map]') as HTMLElement & { map: { cooperativeGestures: { isEnabled(): boolean } } }).map.cooperativeGestures.isEnabled(),
    );
    expect(cooperative).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  /** Measures an overview SVG laid out `width` px wide, as a phone or a desktop page shows it. */
  async function shownAt<T>(file: string, width: number, measure: (frame: import('playwright-core').Frame) => Promise<T>): Promise<T> {
    const svg = readFileSync(join(DIST, 'map/overview', file), 'utf8');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Inline in a frame of that width, so that its parts can be measured: a media query of an inline SVG asks for the
    // frame's width, as one of an SVG shown as an image asks for the image's. The picture fills the frame, as on a page.
    const doc = `<style>html,body{margin:0}</style>${svg.replace(/ width="960" height="600"/, ' width="100%"')}`;
    await page.setContent(
      `<iframe style="border:0;width:${width}px;height:${Math.round(width / 1.6)}px" srcdoc="${doc.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe>`,
    );
    const frame = page.frames()[1]!;
    await frame.waitForSelector('svg');
    // Drawn at the frame's width, not at its own 960 px (which would measure the phone's style unscaled).
    expect(await frame.evaluate(() => document.querySelector('svg')!.getBoundingClientRect().width)).toBeCloseTo(width, 0);
    const result = await measure(frame);
    await page.close();
    return result;
  }

  it('a route overview grows its numbered stops where it is shown phone-wide, and keeps them on a desktop', async () => {
    const heights: Record<number, number[]> = {};
    for (const width of [358, 960])
      heights[width] = await shownAt('routes/hongse-yuanyuan.svg', width, (frame) =>
        frame.locator('.mark rect').evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().height)),
      );
    // 36 units of 960: 13 px at 358 px wide before; now at least 22 px, the size of a finger's target.
    for (const h of heights[358] ?? []) expect(h).toBeGreaterThanOrEqual(22);
    for (const h of heights[960] ?? []) expect(h).toBeCloseTo(36, 0);
    expect(heights[358]?.length).toBeGreaterThan(1);
  });

  it("an overview's site dots, place names and lines stay readable where it is shown phone-wide", async () => {
    const seen = async (width: number) =>
      shownAt('sites/fengjing-zhen.svg', width, (frame) =>
        frame.evaluate(() => {
          const shown = (e: Element) => e.getClientRects().length > 0;
          return {
            dots: [...document.querySelectorAll('.d circle')].map((c) => c.getBoundingClientRect().width),
            names: [...document.querySelectorAll('text')].filter(shown).map((t) => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) })),
            scale: document.querySelector('svg')!.getBoundingClientRect().width / 960,
            lines: [...document.querySelectorAll('path[stroke-dasharray]')].map((p) => getComputedStyle(p).vectorEffect),
          };
        }),
      );
    const phone = await seen(358);
    const desktop = await seen(960);
    // Before, a dot 9 units across was 3.4 px on a phone, and place names 11 units tall 4.1 px.
    expect(phone.dots.length).toBeGreaterThan(0);
    for (const w of phone.dots) expect(w).toBeGreaterThanOrEqual(7);
    for (const w of desktop.dots) expect(w).toBeCloseTo(9, 0);
    expect(phone.names.length).toBeGreaterThan(0);
    for (const n of phone.names) expect(n.px * phone.scale, n.text ?? '').toBeGreaterThanOrEqual(10);
    for (const n of desktop.names) expect(n.px, n.text ?? '').toBeGreaterThanOrEqual(11);
    // A name is drawn once whatever the width: the larger set replaces the desktop one.
    expect(new Set(phone.names.map((n) => n.text)).size).toBe(phone.names.length);
    // Borders and lines keep their width on the screen rather than shrinking with the picture.
    expect(phone.lines.length).toBeGreaterThan(0);
    expect(new Set(phone.lines)).toEqual(new Set(['non-scaling-stroke']));
    expect(new Set(desktop.lines)).toEqual(new Set(['none']));
  });

  it('a map in a page lists the sites at one spot in a popup, each a link to its page', async () => {
    const { page, errors } = await open('/partnerships/pinghu-jinshan/');
    const groups = new Map<string, string[]>();
    for (const x of getPack().entries.sites)
      groups.set(`${x.data.location.lon},${x.data.location.lat}`, [...(groups.get(`${x.data.location.lon},${x.data.location.lat}`) ?? []), x.data.title]);
    const [spot, titles] = [...groups.entries()].find(([, t]) => t.length > 1)!;
    await page.getByRole('button', { name: '打开交互地图' }).click();
    await live(page);
    const at = await page.evaluate(
      ([lon, lat]) =>
        new Promise<{ x: number; y: number }>((resolve) => {
          const map = (document.querySelector('[data-map]') as HTMLElement & { map: MapProbe & { jumpTo(o: object): void } }).map;
          map.jumpTo({ center: [lon, lat], zoom: 15 });
          map.once('idle', () => resolve(map.project([lon as number, lat as number])));
        }),
      spot.split(',').map(Number),
    );
    const canvas = (await page.locator('[data-map-canvas]').boundingBox())!;
    await page.mouse.click(canvas.x + at.x, canvas.y + at.y);
    const popup = page.locator('.map-stack-popup');
    await expect.poll(() => popup.count()).toBe(1);
    await expect(popup.locator('a').allTextContents()).resolves.toEqual(expect.arrayContaining(titles));
    expect(page.url()).toContain('/partnerships/pinghu-jinshan/');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone a map in a page keeps its buttons below the picture, clear of every stop, static and live', async () => {
    const route = getPack().entries.routes[0]!;
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await page.goto(`${session.server.url}/routes/${route.id}/`);
      const below = async (picture: string) => {
        const map = (await page.locator(picture).first().boundingBox())!;
        const boxes = await Promise.all(
          ['.map-start', '.map-open-full'].map(async (s) => ({ s, box: await page.locator(`.itinerary ${s}`).first().boundingBox() })),
        );
        expect(map.height / map.width, `${picture} keeps 16:10`).toBeCloseTo(10 / 16, 1);
        for (const { s, box } of boxes) if (box) expect(box.y, `${s} under ${picture}`).toBeGreaterThanOrEqual(map.y + map.height - 0.5);
        return boxes.filter((b) => b.box).length;
      };
      expect(await below('.itinerary .map-overview')).toBe(2);
      await page.locator('.itinerary .map-start').first().tap();
      await live(page);
      expect(await below('.itinerary [data-map-canvas]')).toBeGreaterThanOrEqual(1);
    } finally {
      await page.close();
    }
  });

  it('pages without a map load no map code', async () => {
    const { page } = await open('/stories/');
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js') || n.endsWith('.mjs')),
    );
    expect(scripts.filter((s) => /mount|maplibre/.test(s))).toEqual([]);
    await page.close();
  });
});

describe('/map/ view, bus lines, language and keyboard', () => {
  const { entries } = getPack();
  const at = (id: string) => entries.sites.find((s) => s.id === id)!.data.location;

  it('opens on the 平湖–金山 core, not on 宁波, and "显示全部" fits every site', async () => {
    const { page, errors } = await open('/map/');
    await live(page);
    const view = await viewBox(page);
    for (const id of ['zhuanjiaowan', 'shantang-cun-guangchen', 'langxia-zhen']) expect(inside(view, at(id).lon, at(id).lat), id).toBe(true);
    expect(inside(view, at('tengtou-cun').lon, at('tengtou-cun').lat)).toBe(false);
    const showAll = page.locator('[data-show-all]');
    await expect(showAll.textContent()).resolves.toMatch(/^另有 \d+ 处在视野外 · 显示全部$/);
    await showAll.click();
    // The flight there takes a moment in software WebGL.
    await expect
      .poll(
        async () => {
          const b = await viewBox(page);
          return entries.sites.every((s) => inside(b, s.data.location.lon, s.data.location.lat));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await expect.poll(() => showAll.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('flies to a chosen partnership: ?p=tongwulang shows 通武廊, far from 金山', async () => {
    const { page, errors } = await open('/map/?p=tongwulang');
    await live(page);
    const view = await viewBox(page);
    const members = getPack()
      .entries.partnerships.find((p) => p.id === 'tongwulang')!
      .data.members.filter((m) => m.location);
    expect(members.length).toBeGreaterThan(0);
    for (const m of members) expect(inside(view, m.location!.lon, m.location!.lat), m.name).toBe(true);
    expect(inside(view, at('zhuanjiaowan').lon, at('zhuanjiaowan').lat)).toBe(false);
    expect((await rendered(page, ['partnership-member']))['partnership-member']).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives each bus line its own colour and opens its stops from the 公交线路 list; Esc closes and gives focus back', async () => {
    const { page, errors } = await open('/map/');
    await live(page);
    const colours = await page.evaluate(() => {
      const map = (document.querySelector('[data-map]') as HTMLElement & { map: MapProbe }).map;
      const out: Record<string, { colour: string; painted: string }> = {};
      for (const f of map.queryRenderedFeatures(undefined, { layers: ['transit-line'] }) as unknown as {
        properties: Record<string, string>;
        layer: { paint: Record<string, unknown> };
      }[])
        out[String(f.properties.entry)] = { colour: String(f.properties.colour), painted: JSON.stringify(f.layer.paint['line-color']) };
      return out;
    });
    expect(Object.keys(colours).length).toBe(entries.transit.length);
    // Painted apart on the map, and the legend shows the same colours.
    expect(new Set(Object.values(colours).map((c) => c.painted)).size).toBe(entries.transit.length);
    const legend = await page.locator('.map-legend line').evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke')));
    for (const c of Object.values(colours)) expect(legend).toContain(c.colour);
    for (const line of entries.transit) {
      const button = page.locator(`#transit-lines button[data-transit="${line.id}"]`);
      await button.focus();
      await page.keyboard.press('Enter');
      const detail = page.locator('#site-detail');
      await expect(detail.locator('h2').textContent()).resolves.toBe(line.data.title);
      await expect(detail.locator('.transit-stops li').count()).resolves.toBe(line.data.stops.length);
      expect(new URL(page.url()).searchParams.get('line')).toBe(line.id);
      await page.keyboard.press('Escape');
      await expect.poll(() => detail.isHidden()).toBe(true);
      await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.transit)).resolves.toBe(line.id);
      expect(new URL(page.url()).searchParams.has('line')).toBe(false);
    }
    // No stop is labelled with the sources' "no name given" note.
    const labels = await page.evaluate(() => {
      const map = (document.querySelector('[data-map]') as HTMLElement & { map: MapProbe }).map;
      return map.queryRenderedFeatures(undefined, { layers: ['transit-stop'] }).map((f) => f.properties.label ?? '');
    });
    expect(labels.some((l) => l.includes('来源未给出'))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a bus line's own page links to the full map with the line's panel open", async () => {
    const line = entries.transit[0]!;
    const entryPage = await (await fetch(`${session.server.url}/transit/${line.id}/`)).text();
    expect(entryPage).toContain(`href="/map/?line=${line.id}"`);
    const { page, errors } = await open(`/map/?line=${line.id}`);
    await expect.poll(() => page.locator('#site-detail h2').textContent()).toBe(line.data.title);
    await live(page);
    await waitIdle(page);
    // Drawn wider while its panel is open.
    const width = await page.evaluate(() => {
      const map = (document.querySelector('[data-map]') as HTMLElement & { map: { getPaintProperty(l: string, p: string): unknown } }).map;
      return JSON.stringify(map.getPaintProperty('transit-line', 'line-width'));
    });
    expect(width).toContain(line.id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a bus line's panel when the line itself is clicked on the map", async () => {
    const line = entries.transit.find((t) => t.id === 'kuasheng-ling-huancheng')!;
    const [a, b] = line.data.stops.map((s) => s.location!) as unknown as [{ lon: number; lat: number }, { lon: number; lat: number }];
    const { page, errors } = await open('/map/');
    await live(page);
    // A point on the drawn line, away from the sites at its ends.
    const t = 0.3;
    const point = await page.evaluate(
      ([lon, lat]) => {
        const map = (document.querySelector('[data-map]') as HTMLElement & { map: MapProbe }).map;
        const p = map.project([lon as number, lat as number]);
        const box = (document.querySelector('[data-map-canvas]') as HTMLElement).getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
      [a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t],
    );
    await page.mouse.click(point.x, point.y);
    const detail = page.locator('#site-detail');
    await expect.poll(() => detail.locator('h2').textContent()).toBe(line.data.title);
    await expect(detail.locator('.transit-stops li').count()).resolves.toBe(line.data.stops.length);
    // Its stops have no name in the sources: the panel says so instead of inventing one.
    await expect(detail.locator('.transit-stops').textContent()).resolves.toContain('来源未给出站名');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('closing a site opened from the list returns focus to its button', async () => {
    const { page } = await open('/map/');
    await live(page);
    await page.getByLabel('只列出地图当前范围内的地点').uncheck();
    const button = page.locator('#site-list button[data-select="zhuanjiaowan"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-detail-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#site-detail').isHidden()).toBe(true);
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.select)).resolves.toBe('zhuanjiaowan');
    await page.close();
  });

  it('speaks the page language in MapLibre controls, and shows a focus ring on the canvas and the controls', async () => {
    const { page } = await open('/map/');
    await live(page);
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    await expect(zoomIn.getAttribute('title')).resolves.toBe('放大');
    await expect(zoomIn.getAttribute('aria-label')).resolves.toBe('放大');
    // Keyboard focus (a key press first, so that :focus-visible applies as after Tab).
    for (const selector of ['.maplibregl-ctrl-zoom-in', '.maplibregl-canvas']) {
      await page.keyboard.press('Shift');
      await page.locator(selector).focus();
      const outline = await page.locator(selector).evaluate((e) => {
        const cs = getComputedStyle(e);
        return { style: cs.outlineStyle, width: Number.parseFloat(cs.outlineWidth), visible: e.matches(':focus-visible') };
      });
      expect(outline.visible, selector).toBe(true);
      expect(outline.style, selector).toBe('solid');
      expect(outline.width, selector).toBeGreaterThanOrEqual(2);
    }
    await page.close();
    const en = await open('/en/map/');
    await live(en.page);
    await expect(en.page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).resolves.toBe('Zoom in');
    const text = `${await en.page.locator('.map-panel').textContent()} ${await en.page.locator('[data-show-all]').textContent()}`;
    expect(text).not.toContain('未具名色带');
    expect(text).toMatch(/more sites? outside the view/);
    await en.page.close();
  });
});
