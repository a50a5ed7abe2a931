/**
 * The planner (/plan/) in chromium: adding sites (the form, a site page, the map), reordering by keyboard and
 * by drag, best order, the plan surviving a reload through its URL and through local storage, unknown ids
 * reported, bus legs, GPX export, the planner's map and the printed 行程单.
 */
import { gpx } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gpx11Problems } from '../../src/data/gpx-check.ts';
import { getPack } from '../../src/pack/index.ts';
import { useSiteInBrowser, watchPage } from '../support/session.ts';

const { entries } = getPack();
const title = (id: string) => entries.sites.find((s) => s.id === id)?.data.title as string;
// 明月山塘 and 廊下郊野公园 are by the two ends of 廊下2路; 转角湾 is far south, in 独山港镇.
const THREE = ['mingyue-shantang', 'zhuanjiaowan', 'langxia-jiaoye-gongyuan'];

const session = useSiteInBrowser();

interface Visit {
  context: BrowserContext;
  page: Page;
  errors: string[];
  foreign: string[];
}

async function open(path: string, context?: BrowserContext): Promise<Visit> {
  const ctx = context ?? (await session.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true }));
  const page = await ctx.newPage();
  const { errors, foreign } = watchPage(page, session.server.url);
  await page.goto(session.server.url + path);
  if (path.startsWith('/plan/')) await page.waitForSelector('[data-planner]:not([hidden])', { timeout: 30_000 }).catch(() => undefined);
  return { context: ctx, page, errors, foreign };
}

const order = (page: Page) => page.locator('[data-plan-stops] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id));
const query = (page: Page) => new URL(page.url()).searchParams;

async function addSite(page: Page, id: string): Promise<void> {
  await page.getByLabel('地点', { exact: true }).selectOption(id);
  await page.getByRole('button', { name: '加入行程' }).click();
}

describe('the planner', () => {
  it('says it needs JavaScript when it has none, and shows itself when it has', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/plan/`);
    await expect(page.locator('[data-plan-needs-js]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-planner]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-plan-needs-js] a').getAttribute('href')).resolves.toBe('/routes/');
    await context.close();
    const { page: live, context: c2, errors } = await open('/plan/');
    await expect(live.locator('[data-plan-needs-js]').isVisible()).resolves.toBe(false);
    await expect(live.locator('[data-plan-empty]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await c2.close();
  });

  it('adds three sites, reorders them by keyboard and by drag, and survives a reload via the URL', async () => {
    const { page, context, errors, foreign } = await open('/plan/');
    for (const id of THREE) await addSite(page, id);
    await expect(order(page)).resolves.toEqual(THREE);
    expect(query(page).get('s')).toBe(THREE.join(','));
    await expect(page.locator('[data-plan-itinerary] .itinerary-list > li').count()).resolves.toBe(3);

    // Keyboard: the third stop's handle, arrow up: it becomes the second.
    await page.getByRole('button', { name: `调整“${title(THREE[2]!)}”的顺序（上下方向键移动）` }).focus();
    await page.keyboard.press('ArrowUp');
    await expect(order(page)).resolves.toEqual([THREE[0], THREE[2], THREE[1]]);
    await expect(page.evaluate(() => document.activeElement?.closest('li')?.dataset.id)).resolves.toBe(THREE[2]);
    await expect.poll(() => page.locator('[data-plan-live]').textContent()).toBe(`“${title(THREE[2]!)}”移到第 2 站。`);
    // And the "上移" button, which needs no arrow keys.
    await page.getByRole('button', { name: `上移：${title(THREE[2]!)}` }).click();
    await expect(order(page)).resolves.toEqual([THREE[2], THREE[0], THREE[1]]);

    // Drag: the first stop's handle, down below the last stop.
    const handle = page.locator('[data-plan-stops] > li').first().locator('[data-handle]');
    const last = page.locator('[data-plan-stops] > li').last();
    const from = (await handle.boundingBox())!;
    const to = (await last.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, to.y + to.height * 0.8, { steps: 12 });
    await page.mouse.up();
    await expect(order(page)).resolves.toEqual([THREE[0], THREE[1], THREE[2]]);
    expect(query(page).get('s')).toBe(THREE.join(','));

    // A stay the user sets goes into the URL too.
    const stay = page.getByLabel(`在“${title(THREE[1]!)}”停留（分钟）`);
    await stay.fill('45');
    await stay.press('Tab');
    await expect.poll(() => query(page).get('s')).toBe(`${THREE[0]},${THREE[1]}~45,${THREE[2]}`);
    await page.getByLabel('公交（25 公里/小时）').check();
    await expect.poll(() => query(page).get('m')).toBe('bus');

    // Another phone: a fresh browser with nothing stored, only the link.
    const link = page.url();
    const other = await open(new URL(link).pathname + new URL(link).search);
    await expect(order(other.page)).resolves.toEqual(THREE);
    await expect(other.page.getByLabel(`在“${title(THREE[1]!)}”停留（分钟）`).inputValue()).resolves.toBe('45');
    await expect(other.page.getByLabel('公交（25 公里/小时）').isChecked()).resolves.toBe(true);
    // The same browser, the bare address: the plan kept on the device.
    const again = await open('/plan/', context);
    await expect(order(again.page)).resolves.toEqual(THREE);
    expect([...errors, ...other.errors, ...again.errors]).toEqual([]);
    expect(foreign).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it('orders for the least travel, says how much it saved, and can undo', async () => {
    // South, north, south: going 转角湾 → 廊下 → 明月山塘 zigzags; from 转角湾 the best is north in one go.
    const zig = ['zhuanjiaowan', 'langxia-jiaoye-gongyuan', 'zhonggong-yaqian-zhibu', 'mingyue-shantang'];
    const { page, context, errors } = await open(`/plan/?s=${zig.join(',')}&from=zhuanjiaowan`);
    await page.getByRole('button', { name: '按最短路程排序' }).click();
    await expect.poll(() => order(page)).toEqual(['zhuanjiaowan', 'zhonggong-yaqian-zhibu', 'mingyue-shantang', 'langxia-jiaoye-gongyuan']);
    await expect(page.locator('[data-plan-order-result]').textContent()).resolves.toMatch(
      /^新顺序少走约 [\d.]+ 公里（[\d.]+ 公里 → [\d.]+ 公里，直线距离）。$/,
    );
    await page.getByRole('button', { name: '恢复原顺序' }).click();
    await expect(order(page)).resolves.toEqual(zig);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('orders from the reader’s position when asked, and keeps the position out of the URL', async () => {
    // Near 廊下: the nearest of the three is 廊下郊野公园, so the visit starts there.
    const context = await session.browser.newContext({
      viewport: { width: 1280, height: 900 },
      geolocation: { longitude: 121.18, latitude: 30.81 },
      permissions: ['geolocation'],
    });
    const { page, errors } = await open(`/plan/?s=${THREE.join(',')}`, context);
    await page.getByLabel('起点').selectOption('here');
    await page.getByRole('button', { name: '按最短路程排序' }).click();
    await expect.poll(() => order(page)).toEqual(['langxia-jiaoye-gongyuan', 'mingyue-shantang', 'zhuanjiaowan']);
    await expect(page.locator('[data-plan-order-result]').textContent()).resolves.toMatch(/从您的位置到第 1 站约 [\d.]+ (公里|米)（直线）。/);
    expect(query(page).get('from')).toBe('here');
    expect(page.url()).not.toMatch(/121\.18|30\.81/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reports unknown and malformed ids in a link and drops them, echoing nothing hostile', async () => {
    const { page, context, errors } = await open('/plan/?s=zhuanjiaowan,no-such-site,%3Cscript%3Ealert(1)%3C/script%3E,mingyue-shantang&m=plane');
    await expect(order(page)).resolves.toEqual(['zhuanjiaowan', 'mingyue-shantang']);
    const notice = page.locator('[data-plan-notice]');
    await expect(notice.textContent()).resolves.toContain('no-such-site');
    await expect(notice.textContent()).resolves.toContain('1 项无法识别');
    await expect(page.locator('body').innerHTML()).resolves.not.toContain('<script>alert');
    expect(query(page).get('s')).toBe('zhuanjiaowan,mingyue-shantang');
    expect(query(page).get('m')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes 廊下2路 between 明月山塘 and 廊下郊野公园 on a bus day, and marks the border crossing', async () => {
    const { page, context } = await open('/plan/?s=mingyue-shantang,langxia-jiaoye-gongyuan&m=bus');
    const leg = page.locator('[data-plan-itinerary] .itin-leg').first();
    await expect(leg.textContent()).resolves.toContain('乘 廊下2路（上海金山）');
    await expect(leg.textContent()).resolves.toContain('跨省界：浙江省 → 上海市');
    await expect(leg.textContent()).resolves.toContain('来源未给出班次');
    await context.close();
  });

  it('says what fits a half day and what does not', async () => {
    const { page, context } = await open('/plan/?s=dayan-zhen~240,shenzhen-zhen-ninghai,xidian-zhen&b=half');
    await expect(page.locator('.itinerary-budget').textContent()).resolves.toContain('时间预算内可完成前 1 站（共 3 站）');
    await expect(page.locator('[data-plan-itinerary] .stop-over').count()).resolves.toBe(2);
    await context.close();
  });

  it('exports a GPX of the plan that keeps the GPX 1.1 rules and reads back as its stops', async () => {
    const { page, context } = await open(`/plan/?s=${THREE.join(',')}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GPX' }).click()]);
    expect(download.suggestedFilename()).toBe('plan.gpx');
    const path = await download.path();
    const file = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(gpx11Problems(file)).toEqual([]);
    const points = gpx(new DOMParser().parseFromString(file, 'text/xml') as never).features.filter((f) => f.geometry?.type === 'Point');
    expect(points.map((p) => p.properties?.name)).toEqual(THREE.map((id, i) => `${i + 1}. ${title(id)}`));
    expect(file).toContain(`${session.server.url}/plan/?s=${THREE.join(',')}`);
    await context.close();
  });

  it('adds from a site page and from the full map, into the plan kept on this device', async () => {
    const { page, context, errors } = await open('/sites/zhuanjiaowan/');
    await page.getByRole('button', { name: /加入我的行程/ }).click();
    await expect(page.locator('[data-add-status]').textContent()).resolves.toContain('已加入我的行程（共 1 站）');
    const map = await open('/map/?site=mingyue-shantang', context);
    await map.page.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });
    await map.page.locator('#site-detail').getByRole('button', { name: '加入我的行程' }).click();
    await expect(map.page.locator('#site-detail [role="status"]').textContent()).resolves.toContain('共 2 站');
    const plan = await open('/plan/', context);
    await expect(order(plan.page)).resolves.toEqual(['zhuanjiaowan', 'mingyue-shantang']);
    expect([...errors, ...map.errors, ...plan.errors]).toEqual([]);
    await context.close();
  });

  it('draws the plan on its live map, and a click on a site there adds it', async () => {
    const { page, context, errors } = await open(`/plan/?s=${THREE.join(',')}`);
    // No map library until the reader asks for the map.
    await expect(page.locator('[data-map]').getAttribute('data-started')).resolves.toBeNull();
    await page.getByRole('button', { name: '打开交互地图' }).click();
    await page.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });
    await page.waitForFunction(() => {
      const map = (document.querySelector('[data-map]') as HTMLElement & { map?: { getSource(id: string): unknown } }).map;
      return Boolean(map?.getSource('plan'));
    });
    const rendered = () =>
      page.evaluate(() => {
        const map = (document.querySelector('[data-map]') as HTMLElement & { map: { queryRenderedFeatures(o: object): { properties: { order: number } }[] } })
          .map;
        return map.queryRenderedFeatures({ layers: ['plan-stop'] }).map((f) => f.properties.order);
      });
    await expect.poll(async () => (await rendered()).sort()).toEqual([1, 2, 3]);
    // Click 大堰镇, far from the others, where the map draws it.
    const site = entries.sites.find((s) => s.id === 'dayan-zhen')!;
    const at: [number, number] = [site.data.location.lon, site.data.location.lat];
    await page.evaluate((center) => {
      const map = (document.querySelector('[data-map]') as HTMLElement & { map: { jumpTo(o: object): void } }).map;
      map.jumpTo({ center, zoom: 13 });
    }, at);
    await page.waitForFunction(() => {
      const map = (document.querySelector('[data-map]') as HTMLElement & { map: { loaded(): boolean; queryRenderedFeatures(o: object): unknown[] } }).map;
      return map.loaded() && map.queryRenderedFeatures({ layers: ['sites-point'] }).length > 0;
    });
    const point = await page.evaluate(
      ([x, y]) => {
        const map = (document.querySelector('[data-map]') as HTMLElement & { map: { project(p: [number, number]): { x: number; y: number } } }).map;
        const p = map.project([x as number, y as number]);
        const box = (document.querySelector('[data-map-canvas]') as HTMLElement).getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
      [site.data.location.lon, site.data.location.lat],
    );
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => order(page)).toEqual([...THREE, 'dayan-zhen']);
    // All four on the map's plan source (the view now shows only 大堰镇).
    const drawn = () =>
      page.evaluate(async () => {
        const map = (
          document.querySelector('[data-map]') as HTMLElement & {
            map: { getSource(id: string): { getData(): Promise<{ features: { properties: { role: string; order: number } }[] }> } };
          }
        ).map;
        const data = await map.getSource('plan').getData();
        return data.features
          .filter((f) => f.properties.role === 'stop')
          .map((f) => f.properties.order)
          .sort();
      });
    await expect.poll(drawn).toEqual([1, 2, 3, 4]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a 行程单 of the plan: the sketch, stops with times and QR codes, the date chosen, no controls', async () => {
    const { page, context } = await open(`/plan/?s=${THREE.join(',')}&d=2025-07-01&t=08:30`);
    await expect.poll(() => page.locator('[data-plan-itinerary] [data-qr] svg').count()).toBe(3);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sheet-head').textContent()).resolves.toMatch(/行程单.*日期：2025-07-01.*出发时间：08:30/);
    for (const sel of ['.plan-sketch svg', '[data-plan-itinerary] .stop-time', '[data-plan-itinerary] .stop-qr svg', '.share-qr svg'])
      await expect(page.locator(sel).first().isVisible(), sel).resolves.toBe(true);
    for (const sel of ['.plan-add', '.plan-stops-section', '.plan-settings', '.plan-map', '.share-downloads', '.share-buttons'])
      await expect(page.locator(sel).first().isVisible(), sel).resolves.toBe(false);
    await context.close();
  });
});
