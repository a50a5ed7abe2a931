/**
 * Relevance as a test (issue 19): every query of tests/fixtures/search-relevance.json is typed into the header box
 * and into the search page of its language on the built site, in chromium; a query passes when one of its expected
 * entries is among the first three entries shown (a "您是不是要找" suggestion, the results, or the closest matches
 * when nothing matched, in the order a visitor reads them). The scores are printed; the test fails below the baseline
 * measured before fuzzy search, below the score on main now (`current`), or below the issue's target share (57 of 60, 95 %).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/pack/index.ts';
import { COLLECTIONS } from '../../src/pack/schemas.ts';
import { inTopThree, type RelevanceCase, readFixture, required } from '../support/relevance.ts';
import { useSiteInBrowser, watchPage } from '../support/session.ts';

const fixture = readFixture();
const session = useSiteInBrowser();
const prefix = (c: RelevanceCase) => (c.lang === 'en' ? '/en' : '');

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (await session.browser.newContext()).newPage();
  const { errors } = watchPage(page, session.server.url);
  await page.goto(session.server.url + path, { waitUntil: 'networkidle' });
  return { page, errors };
}

async function inBox(page: Page, query: string): Promise<string[]> {
  await page.locator('#site-search-q').fill(query);
  await page.locator(`#site-search-list[data-query="${query.trim()}"]`).waitFor({ state: 'attached', timeout: 15_000 });
  return page.locator('#site-search-list [role="option"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.href ?? ''));
}

async function onPage(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-page-q').fill(query);
  await page.waitForFunction(
    (q) => {
      const state = document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state;
      return state !== undefined && new URLSearchParams(state).get('q') === q;
    },
    query.trim(),
    { timeout: 15_000 },
  );
  return page
    .locator('[data-search-suggest] a, [data-search-results] .search-result-title, [data-search-closest] a')
    .evaluateAll((els) => els.filter((el) => !(el as HTMLElement).closest('[hidden]')).map((el) => el.getAttribute('href') ?? ''));
}

interface Outcome {
  c: RelevanceCase;
  box: string[];
  page: string[];
}

describe('search relevance fixture', () => {
  it('names only entries of the pack, with at least 60 queries of every kind the issue asks for', () => {
    const { entries } = getPack();
    const keys = new Set(COLLECTIONS.flatMap((c) => entries[c].map((e) => `${c}/${e.id}`)));
    expect(fixture.queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(fixture.queries.map((q) => q.kind))).toEqual(new Set(['chinese', 'pinyin', 'initials', 'fuzzy', 'typo', 'english', 'category']));
    for (const q of fixture.queries) for (const k of q.expect) expect(keys.has(k), `${q.query}: ${k}`).toBe(true);
  });

  it('scores at least the baseline in both the header box and the search page', { timeout: 600_000 }, async () => {
    const outcomes: Outcome[] = [];
    for (const lang of ['zh-CN', 'en'] as const) {
      const cases = fixture.queries.filter((c) => c.lang === lang);
      if (!cases.length) continue;
      const home = await open(`${prefix(cases[0]!)}/`);
      const search = await open(`${prefix(cases[0]!)}/search/`);
      for (const c of cases) outcomes.push({ c, box: await inBox(home.page, c.query), page: await onPage(search.page, c.query) });
      expect([...home.errors, ...search.errors]).toEqual([]);
      await home.page.context().close();
      await search.page.context().close();
    }
    const box = outcomes.filter((o) => inTopThree(o.box, o.c.expect));
    const page = outcomes.filter((o) => inTopThree(o.page, o.c.expect));
    const misses = outcomes
      .filter((o) => !box.includes(o) || !page.includes(o))
      .map(
        (o) =>
          `  ${o.c.kind} ${o.c.lang} “${o.c.query}”: box ${box.includes(o) ? '✓' : `✗ ${o.box.slice(0, 3).join(' ')}`}; page ${page.includes(o) ? '✓' : `✗ ${o.page.slice(0, 3).join(' ')}`}`,
      );
    const n = outcomes.length;
    console.log(
      `search relevance: header box ${box.length}/${n}, search page ${page.length}/${n} (baseline ${fixture.baseline.box}/${fixture.baseline.page}, current ${fixture.current.box}/${fixture.current.page}, target ${required(fixture)})\n${misses.join('\n')}`,
    );
    expect(box.length, 'header box top-3 score').toBeGreaterThanOrEqual(fixture.baseline.box);
    expect(page.length, 'search page top-3 score').toBeGreaterThanOrEqual(fixture.baseline.page);
    expect(box.length, 'header box top-3 score against the current score on main').toBeGreaterThanOrEqual(fixture.current.box);
    expect(page.length, 'search page top-3 score against the current score on main').toBeGreaterThanOrEqual(fixture.current.page);
    // The issue's bar, 57 of 60, as a share of the fixture: reached, so kept.
    expect(box.length, 'header box top-3 score against the target').toBeGreaterThanOrEqual(required(fixture));
    expect(page.length, 'search page top-3 score against the target').toBeGreaterThanOrEqual(required(fixture));
  });
});
