/**
 * The printed 行程单, as the printer gets it: each sheet rendered by chromium to an A4 PDF, read back with pdf.js,
 * drawn at 100 dpi and every QR code on it read by jsQR as a phone reads one. Only the sheet is on paper (no site
 * header, no language link, no navigation), no walk of 0 m, and the total is the sum of the distances shown.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { getPack } from '../../src/pack/index.ts';
import { decodeAll, type PrintedPage, printedIncludes, readPdf } from '../support/pdf.ts';
import { useSiteInBrowser } from '../support/session.ts';

const pack = getPack();
const title = (id: string) => pack.entries.sites.find((s) => s.id === id)?.data.title as string;
const THREE = ['mingyue-shantang', 'zhuanjiaowan', 'langxia-jiaoye-gongyuan'];
const richest = [...pack.entries.routes].sort((a, b) => b.data.stops.length - a.data.stops.length)[0]!;
const session = useSiteInBrowser();

interface Printed {
  pages: PrintedPage[];
  text: string;
  /** The addresses the page's QR codes stand for, as the page drew them. */
  drawn: string[];
}

async function print(path: string): Promise<Printed> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page: Page = await context.newPage();
  await page.goto(session.server.url + path);
  if (path.startsWith('/plan/')) await page.waitForSelector('[data-planner]:not([hidden])');
  await page.emulateMedia({ media: 'print' });
  // Every code the sheet prints, drawn.
  await expect.poll(() => page.locator('[data-qr]:not(:has(svg))').count(), { timeout: 15_000 }).toBe(0);
  const drawn = await page
    .locator('.qr svg')
    .evaluateAll((svgs) => svgs.filter((s) => (s as SVGElement).checkVisibility()).map((s) => s.closest('[data-qr]')?.getAttribute('data-qr') ?? ''));
  const pages = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }), 100);
  await context.close();
  return { pages, text: pages.map((p) => p.text).join('\n'), drawn };
}

/** What a reader of the printout sees that belongs to the site, not to the sheet. */
function siteChrome(text: string): string[] {
  const chrome = [pack.config.title, 'English', `${zhCN.map.nav}${zhCN.plan.title}`, zhCN.nav.search, zhCN.footer.openData];
  return chrome.filter((c) => printedIncludes(text, c));
}

describe('the printed 行程单', () => {
  it('of a plan: only the sheet, every stop, and every QR code readable at 100 dpi', async () => {
    const { pages, text, drawn } = await print(`/plan/?s=${THREE.join(',')}`);
    expect(text).toContain('行程单');
    for (const id of THREE) expect(printedIncludes(text, title(id)), id).toBe(true);
    expect(siteChrome(text)).toEqual([]);
    const read = new Set(pages.flatMap((p) => [...decodeAll(p.image)]));
    const expected = [...THREE.map((id) => `${session.server.url}/sites/${id}/`), `${session.server.url}/plan/?s=${THREE.join(',')}`];
    expect([...read].sort()).toEqual(expected.sort());
    expect(drawn.length).toBe(expected.length);
  });

  it('of a curated route: only the sheet, and every QR code readable at 100 dpi', async () => {
    const { pages, text, drawn } = await print(`/routes/${richest.id}/`);
    expect(text).toContain('行程单');
    expect(siteChrome(text)).toEqual([]);
    const read = new Set(pages.flatMap((p) => [...decodeAll(p.image)]));
    const stops = richest.data.stops.map((s) => `/sites/${s.site}/`);
    for (const s of stops)
      expect(
        [...read].some((u) => u.endsWith(s)),
        s,
      ).toBe(true);
    expect(read.size).toBe(drawn.length);
  });

  it('states one distance basis: the total is the sum of the legs shown, and no walk of 0 m', async () => {
    const { text } = await print('/plan/?s=mingyue-shantang,langxia-jiaoye-gongyuan,zhuanjiaowan&m=bus');
    const km = (s: string) => (s.endsWith('公里') ? Number.parseFloat(s) : Number.parseFloat(s) / 1000);
    const total = /全程约 ([\d.]+ (?:公里|米))/.exec(text)?.[1];
    const legs = [...text.matchAll(/前往第 \d 站：路程约 ([\d.]+ (?:公里|米))（直线距离 × 1\.3）/g)].map((m) => km(m[1] as string));
    expect(legs.length).toBe(2);
    expect(km(total as string)).toBeCloseTo(
      legs.reduce((a, b) => a + b, 0),
      0,
    );
    expect(text).toContain('1.3 倍');
    expect(text).toMatch(/在“[^”]+”下[车\u2E80-\u2EFF]/);
    expect(text).not.toMatch(/步行约 0 米|约 0 分钟/);
  });
});
