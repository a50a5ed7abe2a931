/**
 * Search on the built site (DIST_DIR): the Pagefind index the build writes, the header box and the
 * /search/ page in chromium, offline use. Expectations come from the pack, so they follow the content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/pack/index.ts';
import { COLLECTIONS, type CollectionName } from '../../src/pack/schemas.ts';
import { entryPagePath } from '../../src/pack/urls.ts';
import { titleKeys } from '../../src/search/pinyin.ts';
import { EXCERPT_CHARS } from '../../src/search/query.ts';
import { JS_MARK, JS_MARK_HASH } from '../../src/security/csp.ts';
import { DIST, readPage } from '../support/dist.ts';
import { reachesNetwork, useSiteInBrowser, watchPage } from '../support/session.ts';

const { entries } = getPack();
const all = COLLECTIONS.flatMap((c) => entries[c].map((e) => ({ collection: c as CollectionName, id: e.id, data: e.data, body: e.body })));
type Entry = (typeof all)[number];
const href = (e: Entry) => entryPagePath(e.collection, e.id);
const textOf = (e: Entry) => `${e.data.title}\n${e.data.summary}\n${e.body}`;
const byTitle = (title: string) => all.find((e) => e.data.title === title);

const session = useSiteInBrowser();

interface Visit {
  page: Page;
  context: BrowserContext;
  errors: string[];
  foreign: string[];
  requests: string[];
}

async function visit(path: string, context?: BrowserContext): Promise<Visit> {
  const ctx = context ?? (await session.browser.newContext());
  const page = await ctx.newPage();
  const { errors, foreign } = watchPage(page, session.server.url);
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(session.server.url)) requests.push(r.url().slice(session.server.url.length));
  });
  // The pages carry a strict CSP (script-src 'self' 'wasm-unsafe-eval'): search must run under it.
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(session.server.url + path, { waitUntil: 'networkidle' });
  return { page, context: ctx, errors, foreign, requests };
}

async function done(v: Visit) {
  expect(v.errors).toEqual([]);
  expect(v.foreign).toEqual([]);
  await expect(v.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).resolves.toEqual([]);
  await v.context.close();
}

/** Types a query into the header box and returns the addresses of the options, in the order shown. */
async function boxResults(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#site-search-q');
  await input.fill(query);
  await page.locator(`#site-search-list[data-query="${query.trim()}"]`).waitFor({ state: 'attached' });
  return page.locator('#site-search-list [role="option"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.href ?? ''));
}

/** Opens /search/ with a query string and waits for its results. */
async function searchPage(query: string, context?: BrowserContext) {
  const v = await visit(`/search/${query}`, context);
  await v.page.locator('[data-search-results][data-state]').waitFor({ state: 'attached' });
  return v;
}

const resultLinks = (page: Page) =>
  page.locator('[data-search-results] .search-result-title').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));

describe('the search index the build writes', () => {
  it('indexes each entry page once per language, Chinese and English apart, with Pagefind', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(entry.languages['zh-cn'].page_count).toBe(all.length);
    expect(entry.languages.en.page_count).toBe(all.length);
  });

  it('ships no unused Pagefind UI bundle, and an offline list of every index file', () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    expect(files.filter((f) => f.includes('-ui.') || f.includes('highlight'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(DIST, 'pagefind/offline.json'), 'utf8'));
    expect(manifest.core).toContain('/pagefind/pagefind.js');
    expect(manifest.fragments.length).toBeGreaterThanOrEqual(all.length);
    for (const p of [...manifest.core, ...manifest.fragments]) expect(existsSync(join(DIST, p))).toBe(true);
    // The site's service worker (src/offline/sw.ts) keeps the index offline.
    expect(existsSync(join(DIST, 'sw.js'))).toBe(true);
  });

  it('puts the pinyin of the title and the filters in hidden metadata of each entry page', () => {
    const site = all.find((e) => e.collection === 'sites')!;
    const html = readPage(href(site));
    expect(html).toContain('data-pagefind-body');
    const py = /data-py="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? [];
    expect(py).toEqual(titleKeys(site.data.title).whole);
    expect(html).toMatch(/<div hidden data-search-record>/);
    expect(html).toContain('data-pagefind-filter="type[data-value]" data-value="sites"');
  });

  it('has no inline script on the pages search touches, and no inline style in its markup', () => {
    const site = all.find((e) => e.collection === 'sites')!;
    for (const path of ['/', '/search/', '/sites/', href(site)]) {
      const html = readPage(path);
      // JSON-LD is a data block the browser never runs; every script that runs comes from a file, but for the one mark
      // in <head> (JS_MARK), which the page's CSP allows by its hash.
      const inline = [...html.matchAll(/<script\b(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      expect(inline, path).toEqual([JS_MARK]);
      expect(html, path).toContain(`'${JS_MARK_HASH}'`);
      const box = html.slice(html.indexOf('data-search-box'), html.indexOf('</header>'));
      expect(box).not.toMatch(/\sstyle=/);
    }
    expect(readPage('/search/').slice(readPage('/search/').indexOf('data-search-page'))).not.toMatch(/\sstyle=/);
  });
});

describe('finding entries from the header box', () => {
  const yaqian = all.filter((e) => e.data.title.includes('衙前'));
  const shantang = all.filter((e) => e.data.title.includes('山塘'));
  // 党员 is in no name: the box finds it in the texts, with Pagefind.
  const members = all.filter((e) => textOf(e).includes('党员'));
  const redHeritage = all.filter((e) => e.collection === 'sites' && (e.data as { kind?: string }).kind === 'red-heritage');
  const brand = all.filter((e) => textOf(e).includes('一桥两山塘'));
  const mingyue = byTitle('明月山塘');
  const english = all.find((e) => e.data.titleEn && /branch/i.test(e.data.titleEn)) ?? all.find((e) => e.data.titleEn);
  const transit = all.filter((e) => e.collection === 'transit');

  const cases: [string, string, Entry[]][] = [
    ['a Chinese word inside longer titles', '山塘', shantang],
    ['a Chinese word only in the texts', '党员', members],
    ['a category word alone (the red heritage sites)', '红色教育', redHeritage],
    ['a place name inside a title', '衙前', yaqian],
    ['full pinyin without spaces', 'shantang', shantang],
    ['full pinyin with spaces', 'shan tang', shantang],
    ['pinyin with tone numbers', 'shan1tang2', shantang],
    ['pinyin initials of a title (明月山塘 = myst)', 'myst', mingyue ? [mingyue] : []],
    ['the issue’s "mysd" (not the initials of 明月山塘: Pagefind falls back to the "mys…" prefix)', 'mysd', mingyue ? [mingyue] : []],
    ['initials of a quoted brand name in the text (一桥两山塘 = yqlst)', 'yqlst', brand],
    ['an English title', english?.data.titleEn ?? '', english ? [english] : []],
    ['an English type word', 'bus', transit],
  ];

  it.each(cases)('%s: %s has an expected entry in the top three', async (_, query, expected) => {
    expect(expected.length, `the pack has entries for ${query}`).toBeGreaterThan(0);
    const v = await visit('/');
    const top = (await boxResults(v.page, query)).slice(0, 3);
    expect(
      top.some((h) => expected.map(href).includes(h)),
      `${query} → ${top.join(', ')}`,
    ).toBe(true);
    await done(v);
  });

  it('puts a whole-title match first', async () => {
    expect(mingyue).toBeDefined();
    const v = await visit('/');
    for (const q of ['明月山塘', 'myst', 'mingyueshantang']) expect((await boxResults(v.page, q))[0]).toBe(href(mingyue!));
    await done(v);
  });

  it('finds a cross-border site by the place names of both its regions', async () => {
    const site = entries.sites.find((s) => s.data.regions.length === 2 && s.data.regions.every((r) => r.town));
    expect(site).toBeDefined();
    const v = await visit('/search/');
    for (const region of site!.data.regions) {
      const town = region.town!.replace(/[镇乡]$|街道$/, '');
      await v.page.locator('#search-page-q').fill(town);
      await v.page.locator(`[data-search-results][data-state="?q=${encodeURIComponent(town)}"]`).waitFor({ state: 'attached' });
      while (await v.page.locator('[data-search-more]').isVisible()) {
        const n = await v.page.locator('.search-result').count();
        await v.page.locator('[data-search-more]').click();
        await v.page.waitForFunction((count) => document.querySelectorAll('.search-result').length > count, n);
      }
      expect(await resultLinks(v.page), town).toContain(entryPagePath('sites', site!.id));
    }
    await done(v);
  });

  it('groups results by type, shows kind and region, and marks the matched words', async () => {
    const v = await visit('/');
    await boxResults(v.page, '山塘');
    const groups = await v.page
      .locator('#site-search-list [role="group"]')
      .evaluateAll((els) => els.map((g) => document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent));
    expect(groups.length).toBeGreaterThan(1);
    expect(new Set(groups).size).toBe(groups.length);
    const first = v.page.locator('#site-search-list [role="option"]').first();
    await expect(first.locator('mark').first().textContent()).resolves.toMatch(/山|塘/);
    await expect(first.locator('.site-search-sub').textContent()).resolves.toMatch(/·/);
    await boxResults(v.page, 'shantang');
    await expect(v.page.locator('#site-search-list [role="option"] mark').first().textContent()).resolves.toBe('山塘');
    await done(v);
  });
});

describe('the header box by keyboard', () => {
  it('loads nothing for search until it is used, then one part of the names index for a name and Pagefind only when names cannot answer', async () => {
    const v = await visit('/');
    const searchFiles = () => v.requests.filter((r) => r.startsWith('/pagefind/') || r.startsWith('/search/names/') || /\/_astro\/(box|render)\./.test(r));
    const pagefind = () => v.requests.filter((r) => r.startsWith('/pagefind/'));
    expect(searchFiles()).toEqual([]);
    await v.page.keyboard.press('/');
    await expect(v.page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await v.page.keyboard.type('山塘');
    await v.page.locator('#site-search-list[data-query="山塘"] [role="option"]').first().waitFor();
    // The names of the pack answer 山塘: what the index holds and one part of it, no Pagefind, and the box says the
    // search page searches the texts.
    const names = v.requests.filter((r) => r.startsWith('/search/names/')).map((r) => r.replace(/\?v=\w+$/, ''));
    expect(names).toHaveLength(2);
    expect(names[0]).toBe('/search/names/index.json');
    expect(names[1]).toMatch(/^\/search\/names\/\d+\.json$/);
    expect(pagefind()).toEqual([]);
    const titles = await v.page.locator('#site-search-list .site-search-title').allTextContents();
    expect(titles.length).toBeGreaterThan(2);
    for (const t of titles) expect(t).toContain('山塘');
    await expect(v.page.locator('#site-search-list .site-search-all').textContent()).resolves.toBe('在搜索页查看全文搜索结果');
    // A category word alone has a file of its own: the bus lines, still no Pagefind.
    await v.page.locator('#site-search-q').fill('公交');
    await v.page.locator('#site-search-list[data-query="公交"] [role="option"]').first().waitFor();
    const answer = v.requests.filter((r) => r.startsWith('/search/names/')).map((r) => r.replace(/\?v=\w+$/, ''));
    expect(answer.slice(2)).toEqual([expect.stringMatching(/^\/search\/names\/c[0-9a-z]+\.json$/)]);
    expect(pagefind()).toEqual([]);
    const lines = await v.page
      .locator('#site-search-list [role="group"]')
      .first()
      .locator('[role="option"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.href));
    expect(lines.sort()).toEqual(entries.transit.map((e) => `/transit/${e.id}/`).sort());
    await expect(v.page.locator('[data-search-status]').textContent()).resolves.toMatch(/^\d+ 个条目属于“公交”一类或名称含有“公交”$/);
    // Its pinyin is answered by the same file.
    await v.page.locator('#site-search-q').fill('gongjiao');
    await v.page.locator('#site-search-list[data-query="gongjiao"] [role="option"]').first().waitFor();
    await expect(v.page.locator('[data-search-status]').textContent()).resolves.toMatch(/^\d+ 个条目属于“公交”一类/);
    expect(pagefind()).toEqual([]);
    // With another word it needs the texts: Pagefind.
    await v.page.locator('#site-search-q').fill('廊下 公交');
    await v.page.locator('#site-search-list[data-query="廊下 公交"] [role="option"]').first().waitFor();
    expect(pagefind().some((r) => r.startsWith('/pagefind/pagefind.js'))).toBe(true);
    await done(v);
  });

  it('answers from the names a name that holds a category word among others (Langxia Country Park), without Pagefind', async () => {
    const park = byTitle('廊下郊野公园');
    expect(park?.data.titleEn).toBe('Langxia Country Park');
    const v = await visit('/en/');
    await v.page.locator('#site-search-q').fill('Langxia Country Park');
    await v.page.locator('#site-search-list[data-query="Langxia Country Park"] [role="option"]').first().waitFor();
    const first = await v.page.locator('#site-search-list [role="option"]').first().getAttribute('data-href');
    expect(first).toBe(`/en/sites/${park?.id}/`);
    expect(v.requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
    await done(v);
  });

  it('asks Pagefind when the part of the names index cannot be fetched', async () => {
    const v = await visit('/');
    await v.page.route('**/search/names/**', (route) => route.fulfill({ status: 503, body: '' }));
    await v.page.locator('#site-search-q').fill('山塘');
    await v.page.locator('#site-search-list[data-query="山塘"] [role="option"]').first().waitFor();
    expect(v.requests.some((r) => r.startsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect(v.page.locator('#site-search-list .site-search-all').textContent()).resolves.toMatch(/^在搜索页查看全部 \d+ 条结果$/);
    v.errors.length = 0;
    await done(v);
  });

  it('/ focuses, typing lists, arrows choose, Esc closes, Enter opens', async () => {
    const target = all.find((e) => e.data.title.includes('衙前'))!;
    const v = await visit('/');
    const input = v.page.locator('#site-search-q');
    await v.page.keyboard.press('/');
    await v.page.keyboard.type('衙前');
    await v.page.locator('#site-search-list[data-query="衙前"]').waitFor({ state: 'attached' });
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    await v.page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await expect(v.page.locator(`#${active}`).getAttribute('aria-selected')).resolves.toBe('true');
    await v.page.keyboard.press('Escape');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(v.page.locator('[data-search-popup]').isHidden()).resolves.toBe(true);
    await v.page.keyboard.press('ArrowDown');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    const chosen = await v.page.locator(`#${await input.getAttribute('aria-activedescendant')}`).getAttribute('data-href');
    expect(chosen).toBe(href(target));
    await v.page.keyboard.press('Enter');
    await v.page.waitForURL(`**${href(target)}`);
    await expect(v.page.locator('h1').first().textContent()).resolves.toBe(target.data.title);
    await done(v);
  });

  it('Enter with no option chosen opens the search page for the query', async () => {
    const v = await visit('/');
    await v.page.keyboard.press('/');
    await v.page.keyboard.type('shantang');
    await v.page.keyboard.press('Enter');
    await v.page.waitForURL('**/search/?q=shantang');
    await v.page.locator('[data-search-results][data-state="?q=shantang"]').waitFor({ state: 'attached' });
    await expect(v.page.locator('#search-page-q').inputValue()).resolves.toBe('shantang');
    expect(await v.page.locator('.search-result').count()).toBeGreaterThan(0);
    await done(v);
  });
});

/** A page opened in a context of its own, whose requests to `pattern` wait until `release()`. */
async function heldBack(pattern: string, path: string) {
  const context = await session.browser.newContext();
  let release = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  await context.route(pattern, async (route) => {
    await gate;
    await route.continue();
  });
  const page = await context.newPage();
  const { errors } = watchPage(page, session.server.url);
  await page.goto(`${session.server.url}${path}`, { waitUntil: 'domcontentloaded' });
  return { context, page, errors, release };
}

describe('the search page', () => {
  it('lists the entries whose names answer the query while Pagefind loads, then its full results after them, in the same order', async () => {
    const { context, page, errors, release } = await heldBack('**/pagefind/pagefind.js', '/search/?q=%E5%B1%B1%E5%A1%98');
    const status = page.locator('[data-search-status]').last();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^\d+ 个条目的名称相符，正在载入全文搜索…$/);
    const early = await resultLinks(page);
    expect(early.length).toBeGreaterThan(0);
    for (const t of await page.locator('[data-search-results] .search-result-title').allTextContents()) expect(t).toContain('山塘');
    release();
    await page.locator('[data-search-results][data-state]').waitFor({ state: 'attached' });
    await expect(status.textContent()).resolves.toMatch(/^找到 \d+ 条结果$/);
    const full = await resultLinks(page);
    // The texts add entries that no name holds.
    expect(full.length).toBeGreaterThan(early.length);
    // Nothing the visitor was reading moves when Pagefind's answer comes.
    expect(full.slice(0, early.length)).toEqual(early);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the entries named by the query first, and every result once over "show more" (毗邻: 50 results)', async () => {
    const v = await searchPage('?q=%E6%AF%97%E9%82%BB');
    const total = Number(/(\d+)/.exec((await v.page.locator('[data-search-status]').last().textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(40);
    const titles = await v.page.locator('[data-search-results] .search-result-title').allTextContents();
    const firstUnnamed = titles.findIndex((t) => !t.includes('毗邻'));
    expect(firstUnnamed).toBeGreaterThan(0);
    // Texts that mention 毗邻 once come after the names that carry it, on the first page at least.
    expect(titles.slice(firstUnnamed).some((t) => t.includes('毗邻'))).toBe(false);
    const more = v.page.locator('[data-search-more]');
    while (await more.isVisible()) {
      const before = await v.page.locator('.search-result').count();
      await more.click();
      await expect.poll(() => v.page.locator('.search-result').count()).toBeGreaterThan(before);
    }
    const links = await resultLinks(v.page);
    expect(new Set(links).size).toBe(links.length);
    expect(links.length).toBe(total);
    await done(v);
  });

  it('counts the results of each filter value for the query, once every filter’s index is in', async () => {
    const v = await searchPage('?q=%E5%B1%B1%E5%A1%98');
    const status = await v.page.locator('[data-search-status]').last().textContent();
    const total = Number(/(\d+)/.exec(status ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    const typeCounts = () =>
      v.page
        .locator('input[name="type"]')
        .evaluateAll((els) => els.map((el) => Number(el.closest('label')?.querySelector('[data-count]')?.textContent ?? 'NaN')));
    // Each entry has one type: the type counts add up to the results, not to the pack.
    await expect.poll(async () => (await typeCounts()).reduce((a, b) => a + b, 0)).toBe(total);
    expect(total).toBeLessThan(all.length);
    // A later query, with every filter's index in, is counted from its own answer.
    await v.page.locator('#search-page-q').fill('廊下');
    await v.page.locator('[data-search-results][data-state="?q=%E5%BB%8A%E4%B8%8B"]').waitFor({ state: 'attached' });
    const later = Number(/(\d+)/.exec((await v.page.locator('[data-search-status]').last().textContent()) ?? '')?.[1]);
    expect(later).not.toBe(total);
    await expect.poll(async () => (await typeCounts()).reduce((a, b) => a + b, 0)).toBe(later);
    await done(v);
  });

  it('hides the filter counts until they are the query’s own, rather than showing the pack’s totals', async () => {
    const { context, page, errors, release } = await heldBack('**/pagefind/filter/**', '/search/?q=%E5%B1%B1%E5%A1%98');
    // The results are listed before any filter's index is in.
    await expect.poll(() => page.locator('[data-search-status]').last().textContent(), { timeout: 15_000 }).toMatch(/^找到 \d+ 条结果$/);
    const count = page.locator('label:has(input[name="type"][value="sites"]) [data-count]');
    const filters = page.locator('[data-search-filters]');
    await expect(count.isVisible()).resolves.toBe(false);
    await expect(filters.getAttribute('aria-busy')).resolves.toBe('true');
    release();
    await expect.poll(() => count.isVisible()).toBe(true);
    await expect(filters.getAttribute('aria-busy')).resolves.toBe('false');
    expect(Number(await count.textContent())).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, where the filters come folded, fetches their index only when the visitor unfolds them', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
    const filters: string[] = [];
    await context.route('**/pagefind/filter/**', async (route) => {
      filters.push(route.request().url());
      await route.continue();
    });
    const page = await context.newPage();
    const { errors } = watchPage(page, session.server.url);
    await page.goto(`${session.server.url}/search/?q=%E5%B1%B1%E5%A1%98`);
    await page.locator('[data-search-results][data-state]').waitFor({ state: 'attached' });
    const total = Number(/(\d+)/.exec((await page.locator('[data-search-status]').last().textContent()) ?? '')?.[1]);
    // The map link's search by type needs the type filter's index alone.
    const folded = filters.length;
    expect(folded).toBeLessThanOrEqual(1);
    await page.locator('[data-search-filters] > summary').click();
    const typeCounts = () =>
      page
        .locator('input[name="type"]')
        .evaluateAll((els) => els.map((el) => Number(el.closest('label')?.querySelector('[data-count]')?.textContent ?? 'NaN')));
    await expect.poll(async () => (await typeCounts()).reduce((a, b) => a + b, 0)).toBe(total);
    expect(filters.length).toBeGreaterThan(folded);
    await expect(page.locator('label:has(input[name="type"][value="sites"]) [data-count]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters narrow the results, are in the address and survive a reload', async () => {
    const v = await searchPage('?q=%E5%B1%B1%E5%A1%98');
    // On the search page, / goes to its own field.
    await v.page.locator('h1').click();
    await v.page.keyboard.press('/');
    await expect(v.page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-page-q');
    const before = await resultLinks(v.page);
    expect(before.length).toBeGreaterThan(0);
    expect(before.some((h) => !h.startsWith('/sites/'))).toBe(true);
    // Keyboard only: focus the checkbox, Space ticks it.
    await v.page.locator('input[name="type"][value="sites"]').focus();
    await v.page.keyboard.press('Space');
    await v.page.locator('[data-search-results][data-state*="type=sites"]').waitFor({ state: 'attached' });
    expect(v.page.url()).toContain('type=sites');
    const sites = await resultLinks(v.page);
    expect(sites.length).toBeGreaterThan(0);
    expect(sites.length).toBeLessThan(before.length);
    expect(sites.every((h) => h.startsWith('/sites/'))).toBe(true);
    const status = await v.page.locator('[data-search-status]').last().textContent();

    await v.page.reload({ waitUntil: 'networkidle' });
    await v.page.locator('[data-search-results][data-state*="type=sites"]').waitFor({ state: 'attached' });
    await expect(v.page.locator('input[name="type"][value="sites"]').isChecked()).resolves.toBe(true);
    await expect(v.page.locator('#search-page-q').inputValue()).resolves.toBe('山塘');
    await expect(v.page.locator('[data-search-status]').last().textContent()).resolves.toBe(status);
    expect(await resultLinks(v.page)).toEqual(sites);
    await done(v);
  });

  it('narrows by kind and region as well, each site having the chosen values', async () => {
    const site = entries.sites.find((s) => s.data.regions.length === 2)!;
    const county = site.data.regions[0]!.county ?? site.data.regions[0]!.city ?? site.data.regions[0]!.province;
    const v = await searchPage(`?kind=${site.data.kind}&region=${encodeURIComponent(county)}`);
    const links = await resultLinks(v.page);
    expect(links).toContain(entryPagePath('sites', site.id));
    const expected = entries.sites.filter((s) => s.data.kind === site.data.kind && s.data.regions.some((r) => (r.county ?? r.city ?? r.province) === county));
    expect(links.sort()).toEqual(expected.map((s) => entryPagePath('sites', s.id)).sort());
    await done(v);
  });

  it('shows the matching sites on the map, reading their ids only when the visitor reaches for the link', async () => {
    const v = await searchPage('?q=%E5%B1%B1%E5%A1%98');
    const anchor = v.page.locator('[data-search-map] a');
    const sites = (await resultLinks(v.page)).filter((h) => h.startsWith('/sites/'));
    const fragments = () => v.requests.filter((r) => r.includes('/pagefind/fragment/')).length;
    // The results' fragments only: the link needs no more until it is reached for.
    const listed = fragments();
    expect(listed).toBeLessThanOrEqual(await v.page.locator('.search-result').count());
    await expect(anchor.getAttribute('href')).resolves.toBe('/map/');
    await anchor.focus();
    await v.page.locator('[data-search-map] a[data-ready]').waitFor({ state: 'attached' });
    const link = await anchor.getAttribute('href');
    const ids = new URL(link ?? '', 'http://x').searchParams.get('sites')?.split(',') ?? [];
    expect(link).toMatch(/^\/map\/\?sites=/);
    expect(ids.length).toBeGreaterThan(0);
    for (const h of sites) expect(ids).toContain(h.split('/')[2]);
    expect(ids.every((id) => entries.sites.some((s) => s.id === id))).toBe(true);
    await expect(anchor.textContent()).resolves.toBe(`在地图上显示这 ${ids.length} 个地点`);
    // A click before the ids are in waits for them, then opens the map with them.
    const w = await searchPage('?q=%E5%B1%B1%E5%A1%98');
    await w.page.locator('[data-search-map] a').click();
    await w.page.waitForURL(/\/map\/\?sites=/);
    expect(new URL(w.page.url()).searchParams.get('sites')?.split(',').sort()).toEqual([...ids].sort());
    await done(w);
    await done(v);
  });

  it('with no results, says so, offers to remove the filters and the closest matches', async () => {
    // Stories have no site kind: asking for both finds nothing.
    const kind = entries.sites[0]!.data.kind;
    const v = await searchPage(`?q=%E5%B1%B1%E5%A1%98&type=stories&kind=${kind}`);
    await expect(v.page.locator('[data-search-status]').last().textContent()).resolves.toContain('没有找到');
    const unfilter = v.page.locator('[data-search-unfilter]');
    await expect(unfilter.isVisible()).resolves.toBe(true);
    await expect(v.page.locator('[data-search-closest] a').count()).resolves.toBeGreaterThan(0);
    await unfilter.focus();
    await v.page.keyboard.press('Enter');
    await v.page.locator('[data-search-results][data-state="?q=%E5%B1%B1%E5%A1%98"]').waitFor({ state: 'attached' });
    expect(new URL(v.page.url()).search).toBe('?q=%E5%B1%B1%E5%A1%98');
    expect(await v.page.locator('.search-result').count()).toBeGreaterThan(0);
    await done(v);
  });

  it('says so when a query finds nothing at all (the issue’s "ytls": 一桥两山塘 is yqlst), without a filter to remove', async () => {
    const v = await searchPage('?q=ytls');
    expect(await resultLinks(v.page)).toEqual([]);
    await expect(v.page.locator('[data-search-status]').last().textContent()).resolves.toBe('没有找到与“ytls”相关的内容。');
    await expect(v.page.locator('[data-search-empty]').isVisible()).resolves.toBe(true);
    await expect(v.page.locator('[data-search-unfilter]').isHidden()).resolves.toBe(true);
    const closest = await v.page.locator('[data-search-closest] a').count();
    await expect(v.page.locator('[data-search-closest-heading]').isVisible()).resolves.toBe(closest > 0);
    await done(v);
  });

  it('indexes what the pages say, not the ways there: map apps, QR codes and the share bar find no page', async () => {
    const v = await visit('/');
    const queries = ['高德', '二维码', '扫码', '转角湾'];
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const found = (await v.page.evaluate(
      `import('/pagefind/pagefind.js').then((pf) => Promise.all(${JSON.stringify(queries)}.map(async (q) => [q, (await pf.search(q)).results.length])))`,
    )) as [string, number][];
    const counts = Object.fromEntries(found);
    expect({ ...counts, 转角湾: undefined }).toEqual({ 高德: 0, 二维码: 0, 扫码: 0, 转角湾: undefined });
    // The index itself answers: a site's name is found.
    expect(counts.转角湾).toBeGreaterThan(0);
    await done(v);
  });
});

describe('excerpts', () => {
  it('do not repeat the title above them, nor say on /en/ that an entry is untranslated, nor run on', async () => {
    const v = await searchPage('?q=%E5%B1%B1%E5%A1%98');
    const results = await v.page.locator('[data-search-results] .search-result').evaluateAll((els) =>
      els.map((el) => ({
        title: el.querySelector('.search-result-title')?.textContent ?? '',
        excerpt: el.querySelector('.search-result-excerpt')?.textContent ?? '',
      })),
    );
    expect(results.length).toBeGreaterThan(3);
    for (const r of results) expect(r.excerpt.startsWith(r.title)).toBe(false);
    // What is left once the titles are out still says something: Pagefind's window of 24 words, which the titles
    // filled, left “一桥两山塘 for 山塘村.
    for (const r of results.slice(0, 5)) expect(Array.from(r.excerpt).length, r.title).toBeGreaterThanOrEqual(30);
    // Their marks are kept.
    expect(await v.page.locator('[data-search-results] .search-result-excerpt mark').count()).toBeGreaterThan(0);
    await done(v);
    const en = await visit('/en/search/?q=Langxia');
    await en.page.locator('[data-search-results][data-state]').waitFor({ state: 'attached' });
    const excerpts = await en.page.locator('[data-search-results] .search-result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) expect(e).not.toContain('not been translated');
    // A run of Chinese is one word to the English index: Pagefind's 24 words could be the whole page.
    for (const e of excerpts) expect(Array.from(e).length).toBeLessThanOrEqual(EXCERPT_CHARS + 2);
    await done(en);
  });

  it('keep an entry’s facts apart, without their labels, in both languages', async () => {
    // What Pagefind holds of 兴旺村's page, as its excerpts are cut from it (zero-width spaces are its word breaks).
    const content = async (home: string) => {
      const v = await visit(home);
      const text = (await v.page.evaluate(
        `import('/pagefind/pagefind.js').then(async (pf) => {
          const hits = (await pf.search('兴旺村')).results;
          const all = await Promise.all(hits.map((h) => h.data()));
          return all.find((d) => d.url.endsWith('/sites/xingwang-cun/'))?.content ?? '';
        })`,
      )) as string;
      await done(v);
      return text.replaceAll('\u200b', '');
    };
    const zh = await content('/');
    expect(zh).toContain('村. 浙江省嘉兴市平湖市新埭镇兴旺村. 平安建设、产业发展.');
    for (const label of ['类型', '所在地区', '主题']) expect(zh).not.toContain(label);
    const en = await content('/en/');
    expect(en).toContain('. 浙江省嘉兴市平湖市新埭镇兴旺村. 平安建设、产业发展.');
    for (const label of ['Type', 'Location', 'Themes']) expect(en).not.toContain(label);
  });
});

describe('search that forgives (issue 19)', () => {
  it('offers 您是不是要找 for a mistyped name, in the box and on the page, linking to the entry', async () => {
    const mingyue = byTitle('明月山塘')!;
    const v = await visit('/');
    const options = await boxResults(v.page, '明月三塘');
    expect(options[0]).toBe(href(mingyue));
    await expect(v.page.locator('#site-search-group-suggest').textContent()).resolves.toBe('您是不是要找');
    await done(v);
    const p = await searchPage('?q=%E6%98%8E%E6%9C%88%E4%B8%89%E5%A1%98');
    const suggest = p.page.locator('[data-search-suggest]');
    await expect(suggest.textContent()).resolves.toMatch(/^您是不是要找：明月山塘/);
    await expect(suggest.locator('a').first().getAttribute('href')).resolves.toBe(href(mingyue));
    await done(p);
  });

  it('ticks the filter a category word names, says so, and undoes it on request', async () => {
    const v = await searchPage('?q=%E5%85%AC%E4%BA%A4');
    await v.page.locator('[data-search-results][data-state*="type=transit"]').waitFor({ state: 'attached' });
    await expect(v.page.locator('input[name="type"][value="transit"]').isChecked()).resolves.toBe(true);
    await expect(v.page.locator('[data-search-filter-note]').textContent()).resolves.toContain('已按“公交”选中筛选：跨省公交');
    const links = await resultLinks(v.page);
    expect(links.length).toBe(entries.transit.length);
    expect(links.every((h) => h.startsWith('/transit/'))).toBe(true);
    await v.page.locator('[data-search-undo-filter]').click();
    await v.page.locator('[data-search-results][data-state="?q=%E5%85%AC%E4%BA%A4"]').waitFor({ state: 'attached' });
    await expect(v.page.locator('input[name="type"][value="transit"]').isChecked()).resolves.toBe(false);
    await expect(v.page.locator('[data-search-filter-note]').isHidden()).resolves.toBe(true);
    const all = await resultLinks(v.page);
    expect(all.length).toBeGreaterThan(links.length);
    // Still the bus lines first, as the word names them.
    expect(all.slice(0, entries.transit.length).every((h) => h.startsWith('/transit/'))).toBe(true);
    await done(v);
  });

  it('lists the named type’s group first in the header box (公交 → 跨省公交)', async () => {
    const v = await visit('/');
    await boxResults(v.page, '公交');
    const first = await v.page.locator('#site-search-list [role="group"]').first().getAttribute('aria-labelledby');
    expect(first).toBe('site-search-group-transit');
    await done(v);
  });
});

describe('search offline', () => {
  it('the header box answers a name offline from the part it fetched, and any other query from Pagefind’s cached index', async () => {
    const context = await session.browser.newContext();
    const v = await visit('/', context);
    // A page the service worker controls, as every page after a reader's first is.
    await v.page.evaluate(() => navigator.serviceWorker.ready);
    await v.page.reload({ waitUntil: 'networkidle' });
    await expect(v.page.evaluate(() => Boolean(navigator.serviceWorker.controller))).resolves.toBe(true);
    const online = await boxResults(v.page, '山塘');
    expect(online.length).toBeGreaterThan(0);
    await v.page.locator('html[data-search-offline="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    // The part sits with the search index, whose files never change under their address, not with the map's data.
    const kept = await v.page.evaluate(async () => {
      const out: string[] = [];
      for (const name of await caches.keys())
        for (const r of await (await caches.open(name)).keys())
          if (r.url.includes('/search/names/')) out.push(`${name.split('@')[0]} ${new URL(r.url).pathname}`);
      return out;
    });
    expect(kept.length).toBe(2);
    for (const k of kept) expect(k).toMatch(/^dangjian-search-\w+ \/search\/names\/(index|\d+)\.json$/);
    await context.setOffline(true);
    await v.page.reload();
    expect(await boxResults(v.page, '山塘')).toEqual(online);
    // 廊下's part was never fetched: Pagefind, cached after the first search, answers.
    expect((await boxResults(v.page, '廊下')).length).toBeGreaterThan(0);
    await context.setOffline(false);
    expect(v.foreign).toEqual([]);
    await context.close();
  });

  it('keeps working without a network once the index is cached', async () => {
    const context = await session.browser.newContext();
    const v = await searchPage('?q=%E8%A1%99%E5%89%8D', context);
    await v.page.locator('html[data-search-offline="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    const online = await resultLinks(v.page);
    expect(online.length).toBeGreaterThan(0);
    // Registering the service worker is allowed by the CSP (worker-src 'self').
    await expect(v.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).resolves.toEqual([]);
    expect(v.errors).toEqual([]);

    await context.setOffline(true);
    // A file the search never cached is out of reach: the network really is gone.
    expect(await reachesNetwork(v.page, '/data/sites.csv')).toBe(false);
    await v.page.reload();
    await v.page.locator('[data-search-results][data-state="?q=%E8%A1%99%E5%89%8D"]').waitFor({ state: 'attached' });
    expect(await resultLinks(v.page)).toEqual(online);
    // Another query uses index chunks and fragments fetched ahead of time.
    await v.page.locator('#search-page-q').fill('shantang');
    await v.page.locator('[data-search-results][data-state="?q=shantang"]').waitFor({ state: 'attached' });
    expect(await v.page.locator('.search-result').count()).toBeGreaterThan(0);
    await context.setOffline(false);
    expect(v.foreign).toEqual([]);
    await context.close();
  });
});
