/**
 * People (红色人物) as built: the person pages with their 足迹 (numbered dated steps, the footprint map, the planner
 * started from them), the links both ways between a person and the sites, stories and routes tied to the person, the
 * route's story line, and search finding a person by name and pinyin first, in chromium.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/pack/index.ts';
import { footprint, footprintSites, TIE_COLLECTION } from '../../src/people/footprint.ts';
import { links, readPage, text } from '../support/dist.ts';
import { useSiteInBrowser, watchPage } from '../support/session.ts';

const { entries } = getPack();
const people = entries.people;
const person = (id: string) => people.find((p) => p.id === id)!;
const titleOf = (collection: 'sites' | 'stories' | 'routes' | 'partnerships', id: string) =>
  (entries[collection] as { id: string; data: { title: string } }[]).find((e) => e.id === id)!.data.title;
/** The links of a page's related lists, by collection. */
const related = (html: string, collection: string) =>
  [...html.matchAll(/<div class="related-group" data-collection="([a-z]+)"[^>]*>([\s\S]*?)<\/div>/g)]
    .filter((m) => m[1] === collection)
    .flatMap((m) => links(m[2] as string));

describe('people pages as built', () => {
  it('has the two people the seeds name, and lists them in Chinese and English', () => {
    expect(people.map((p) => p.data.title).sort()).toEqual(['朱轶凡', '李一湾'].sort());
    for (const prefix of ['', '/en']) {
      const list = links(readPage(`${prefix}/people/`));
      for (const p of people) expect(list, `${prefix} ${p.id}`).toContain(`${prefix}/people/${p.id}/`);
    }
  });

  it('lists the 足迹 as numbered steps in date order, each with its date, its place and its source, without the map', () => {
    for (const p of people) {
      const html = readPage(`/people/${p.id}/`);
      const steps = [...html.matchAll(/<li data-step="(\d+)" data-kind="([a-z]+)" data-id="([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/li>/g)];
      expect(
        steps.map((m) => `${m[2]}/${m[3]}`),
        p.id,
      ).toEqual(footprint(p.data).map((s) => `${s.kind}/${s.id}`));
      expect(steps.map((m) => Number(m[1]))).toEqual(steps.map((_, i) => i + 1));
      for (const [m, s] of steps.map((m, i) => [m, footprint(p.data)[i]!] as const)) {
        const body = text(m[4] as string);
        expect(body).toContain(s.date ? `${s.date.slice(0, 4)}年` : '来源未给出时间');
        expect(body).toContain(titleOf(TIE_COLLECTION[s.kind], s.id));
        expect(body).toContain('出处：');
        expect(body).toContain('平湖金山毗邻党建');
      }
      // Dated steps come before the undated ones.
      const dates = footprint(p.data).map((s) => s.date ?? '9999');
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('says what the sources do not give, and the other spelling of a name', () => {
    const li = text(readPage('/people/li-yiwan/'));
    expect(li).toMatch(/生卒年 来源没有给出/);
    expect(li).toMatch(/其他写法 李一谔/);
    expect(li).toMatch(/领导金山（浦南）县委\s*（\s*1927年\s*）/);
  });

  it('links each person and the sites, stories, routes and partnerships tied to the person, both ways', () => {
    for (const p of people) {
      const html = readPage(`/people/${p.id}/`);
      const own = `/people/${p.id}/`;
      for (const tie of p.data.ties) {
        const [kind, id] = Object.entries(tie).find(([k]) => k in TIE_COLLECTION) as [keyof typeof TIE_COLLECTION, string];
        const target = `/${TIE_COLLECTION[kind]}/${id}/`;
        expect(links(html), `${p.id} → ${target}`).toContain(target);
        expect(related(readPage(target), 'people'), `${target} → ${p.id}`).toContain(own);
      }
      // The route through the person's places names the person, and the person's page the route.
      expect(related(readPage('/routes/hongse-yuanyuan/'), 'people')).toContain(own);
      expect(related(html, 'routes')).toContain('/routes/hongse-yuanyuan/');
      // English pages link their English twins.
      expect(links(readPage(`/en/sites/zhuanjiaowan/`))).toContain(`/en${own}`);
    }
  });

  it('gives the route 红色渊源线 its story line: dated steps with the person, the place and the source, dated by the ties alone', () => {
    const html = readPage('/routes/hongse-yuanyuan/');
    const line = /<section class="story-line"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(text(line)).toContain('故事线');
    const steps = [...line.matchAll(/<li data-sites="([^"]*)" data-date="([^"]*)"[^>]*>/g)].map((m) => [m[2], m[1]]);
    expect(steps.slice(0, 2)).toEqual([
      ['1927', 'zhuanjiaowan'],
      ['1927', 'zhonggong-yaqian-zhibu'],
    ]);
    const dates = steps.map((s) => s[0] as string);
    expect(dates).toEqual([...dates].sort());
    for (const p of people) expect(links(line)).toContain(`/people/${p.id}/`);
    expect(links(line)).toContain('/sites/zhuanjiaowan/');
    expect(text(line)).toContain('出处：');
    // One source of truth: the route's own entry carries no date; each step's is a tie's or a story's.
    expect(entries.routes.find((r) => r.id === 'hongse-yuanyuan')!.data).not.toHaveProperty('date');
    expect(text(line)).toContain(person('zhu-yifan').data.ties[0]!.note);
  });
});

const session = useSiteInBrowser();

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await (await session.browser.newContext({ viewport: { width, height: 900 } })).newPage();
  const { errors } = watchPage(page, session.server.url);
  await page.goto(session.server.url + path, { waitUntil: 'networkidle' });
  return { page, errors };
}

describe('people in chromium', () => {
  it('draws the 足迹 on the live map: its footprint stops, numbered as the list', async () => {
    const { page, errors } = await open('/people/li-yiwan/');
    await page.getByRole('button', { name: '打开交互地图' }).click();
    await page.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });
    const drawn = await page.evaluate(() => {
      type Live = { queryRenderedFeatures(o: object): { properties: { numbers?: string; order: number; entry: string } }[] };
      const map = (document.querySelector('[data-map]') as HTMLElement & { map: Live }).map;
      return map.queryRenderedFeatures({ layers: ['footprint-stop'] }).map((f) => `${f.properties.entry} ${f.properties.numbers ?? f.properties.order}`);
    });
    // 转角湾 and 衙前支部 share one approximate point: one stop, numbered with both steps.
    expect([...new Set(drawn)]).toEqual(['people/li-yiwan 1·2']);
    await expect(page.locator('.footprint .map-caption').textContent()).resolves.toContain('同一个近似点');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds 朱轶凡 first by name and by pinyin, in the header box and on the search page', async () => {
    const home = await open('/');
    const search = await open('/search/');
    for (const q of ['朱轶凡', 'zhuyifan']) {
      await home.page.locator('#site-search-q').fill(q);
      await home.page.locator(`#site-search-list[data-query="${q}"]`).waitFor({ state: 'attached', timeout: 15_000 });
      await expect(home.page.locator('#site-search-list [role="option"]').first().getAttribute('data-href'), q).resolves.toBe('/people/zhu-yifan/');
      await search.page.locator('#search-page-q').fill(q);
      await search.page.waitForFunction(
        (query) => new URLSearchParams(document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state ?? '').get('q') === query,
        q,
        { timeout: 15_000 },
      );
      await expect(search.page.locator('[data-search-results] .search-result-title').first().getAttribute('href'), q).resolves.toBe('/people/zhu-yifan/');
    }
    expect([...home.errors, ...search.errors]).toEqual([]);
    await home.page.context().close();
    await search.page.context().close();
  });

  it('starts the planner from a person: 沿着朱轶凡的足迹 opens the person’s sites as stops, in the order of the 足迹', async () => {
    const { page, errors } = await open('/people/zhu-yifan/');
    await page.getByRole('link', { name: '沿着朱轶凡的足迹' }).click();
    await page.waitForURL(/\/plan\/\?s=/);
    await page.waitForSelector('[data-planner]:not([hidden])', { timeout: 30_000 });
    const stops = await page.locator('[data-plan-stops] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id));
    expect(stops).toEqual(footprintSites(footprint(person('zhu-yifan').data)));
    expect(stops).toEqual(['zhuanjiaowan', 'zhonggong-yaqian-zhibu']);
    await expect(page.locator('[data-plan-itinerary] .itinerary-list > li').count()).resolves.toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
