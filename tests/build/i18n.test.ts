/**
 * The English site (DIST_DIR): a twin of every Chinese page under /en/, hreflang both ways, the language switch,
 * English titles and summaries where entries have them and a marked Chinese fallback where not, English UI around
 * the content, English widgets, and search on English pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/pack/index.ts';
import { builtPages } from '../../src/share/sitemap.ts';
import { DIST, readPage, text } from '../support/dist.ts';
import { useSiteInBrowser } from '../support/session.ts';

const { entries } = getPack();
const translated = entries.sites.find((s) => s.data.titleEn && s.data.summaryEn);
const untranslated = entries.sites.find((s) => !s.data.summaryEn);
const route = entries.routes.find((r) => r.data.summaryEn);
const HAN = /\p{Script=Han}/u;
const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);

describe('English pages', () => {
  // /error/ is one page in both languages (the server that sends it cannot tell the reader's), so it has no twin.
  const pages = builtPages(DIST).filter((p) => p !== '/error/');
  const zh = pages.filter((p) => !p.startsWith('/en/'));

  it('every Chinese page has an English twin, and the other way round', () => {
    expect(translated && untranslated && route).toBeTruthy();
    const set = new Set(pages);
    const missing = zh.filter((p) => p !== '/404/' && !set.has(`/en${p}`));
    expect(missing).toEqual([]);
    const orphans = pages.filter((p) => p.startsWith('/en/') && p !== '/en/404/' && !set.has(p.slice(3)));
    expect(orphans).toEqual([]);
    // The Chinese 404 page is 404.html, outside the list of folders; its twin is /en/404/.
    expect(pages.filter((p) => p.startsWith('/en/') && p !== '/en/404/').length).toBe(zh.length);
    expect(readFileSync(join(DIST, 'en/404/index.html'), 'utf8')).toContain('Page not found');
  });

  it('each twin says its language; without SITE_URL it writes no relative hreflang links', () => {
    for (const p of zh.filter((x) => !x.startsWith('/404'))) {
      const zhHtml = readPage(p);
      const enHtml = readPage(`/en${p}`);
      expect(zhHtml, p).toMatch(/<html lang="zh-CN"[\s>]/);
      expect(enHtml, p).toMatch(/<html lang="en"[\s>]/);
      // Absolute alternates are checked in the SITE_URL build (discoverability.test.ts).
      for (const html of [zhHtml, enHtml]) expect(html, p).not.toMatch(/<link rel="alternate" hreflang="[^"]*" href="\//);
    }
  });

  it('the language switch links to the same page in the other language', () => {
    const p = `/sites/${translated?.id}/`;
    expect(attr(readPage(p), /<a href="([^"]*)" hreflang="en" data-lang-switch/g)).toEqual([`/en${p}`]);
    expect(attr(readPage(`/en${p}`), /<a href="([^"]*)" hreflang="zh-CN" data-lang-switch/g)).toEqual([p]);
  });

  it('an entry with English shows its English title and summary, the Chinese body marked and said to be Chinese', () => {
    const html = readPage(`/en/sites/${translated?.id}/`);
    const h1 = (s: string) => text(/<h1[^>]*>([^<]*)<\/h1>/.exec(s)?.[1] ?? '').trim();
    expect(h1(html)).toBe(translated?.data.titleEn);
    expect(text(html)).toContain(translated?.data.summaryEn);
    expect(html).not.toContain('data-fallback-note');
    expect(html).toContain('data-body-note');
    expect(html).toMatch(/<div class="story" lang="zh-CN"[\s>]/);
    expect(h1(readPage(`/en/routes/${route?.id}/`))).toBe(route?.data.titleEn);
  });

  it('an entry without English shows the Chinese summary with lang="zh-CN" and a visible note', () => {
    const html = readPage(`/en/sites/${untranslated?.id}/`);
    expect(html).toMatch(/<p class="fallback-note" data-fallback-note[^>]*>This entry has not been translated/);
    expect(html.replace(/ data-astro-cid-\w+/g, '')).toContain(`<p class="lead" lang="zh-CN">${untranslated?.data.summary}</p>`);
    // The Chinese page shows neither note.
    expect(readPage(`/sites/${untranslated?.id}/`)).not.toMatch(/data-(fallback|body)-note/);
  });

  it('dates and counts follow the language', () => {
    const story = entries.stories.find((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.data.date));
    const html = readPage(`/en/stories/${story?.id}/`);
    const [y, m, d] = (story?.data.date ?? '').split('-').map(Number);
    const month = new Date(Date.UTC(y as number, (m as number) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    expect(html).toContain(`${d} ${month} ${y}`);
    expect(text(readPage('/en/sites/'))).toContain(`${entries.sites.length} entries`);
  });

  it('the search index has each language’s pages once, and no twin in the other language’s index', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const counts = Object.fromEntries(Object.entries(entry.languages).map(([k, v]) => [k.toLowerCase(), v.page_count]));
    const all = Object.values(entries).reduce((n, list) => n + list.length, 0);
    expect(counts['zh-cn']).toBe(all);
    expect(counts.en).toBe(all);
    expect(readdirSync(join(DIST, 'pagefind')).some((f) => f.startsWith('pagefind.en_'))).toBe(true);
  });
});

describe('English pages in chromium', () => {
  const session = useSiteInBrowser();

  it('has no Chinese in the UI around the content: everything Chinese is content marked lang="zh-CN"', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    for (const path of ['/en/', `/en/sites/${translated?.id}/`, `/en/routes/${route?.id}/`, '/en/plan/', '/en/search/']) {
      await page.goto(session.server.url + path, { waitUntil: 'networkidle' });
      const han = await page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement;
        for (const el of body.querySelectorAll('[lang="zh-CN"], script, style, [data-search-record], [data-lang-switch]')) el.remove();
        const out: string[] = [];
        const re = /\p{Script=Han}/u;
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (re.test(n.textContent ?? '')) out.push((n.textContent ?? '').trim());
        for (const el of body.querySelectorAll('[aria-label], [alt], [placeholder], [title]'))
          for (const a of ['aria-label', 'alt', 'placeholder', 'title']) if (re.test(el.getAttribute(a) ?? '')) out.push(`${a}=${el.getAttribute(a)}`);
        return out;
      });
      expect(han, path).toEqual([]);
    }
    await context.close();
  });

  it('the switch keeps the page’s query and hash, both ways', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session.server.url}/search/?q=shantang#results`, { waitUntil: 'networkidle' });
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL(`${session.server.url}/en/search/?q=shantang#results`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect.poll(() => page.locator('#search-page-q').inputValue()).toBe('shantang');
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL(`${session.server.url}/search/?q=shantang#results`);
    await context.close();
  });

  it('an English title is found from an English page, with results on English pages', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session.server.url}/en/`, { waitUntil: 'networkidle' });
    const input = page.locator('#site-search-q');
    const query = (translated?.data.titleEn ?? '').split(' ')[0] as string;
    await input.fill(query);
    await page.locator(`#site-search-list[data-query="${query}"]`).waitFor({ state: 'attached' });
    const hrefs = await page.locator('#site-search-list [role="option"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.href ?? ''));
    expect(hrefs).toContain(`/en/sites/${translated?.id}/`);
    expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
    // Pinyin still works from an English page.
    await input.fill('shantang');
    await page.locator('#site-search-list[data-query="shantang"]').waitFor({ state: 'attached' });
    await expect(page.locator('#site-search-list [role="option"]').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it('the English widget (lang=en) speaks English, and a Chinese widget asked for English moves to it', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session.server.url}/embed/map/?lang=en&list=1`);
    await page.waitForURL(`${session.server.url}/en/embed/map/?lang=en&list=1`);
    await page.waitForSelector('[data-map][data-map-state="live"]', { timeout: 60_000 });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('[data-embed-full]').textContent()).resolves.toContain('Open the full map');
    expect(HAN.test((await page.locator('[data-embed-full]').getAttribute('href')) ?? '')).toBe(false);
    await context.close();
  });
});
