/**
 * Quality gates on the built site, every page type: accessibility (axe, WCAG 2.2 A/AA, also at
 * 200% zoom and 360 px), the CSP and its violations, requests to other origins, and no-JS reading.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { pageTypes } from '../support/pages.ts';
import { useSiteInBrowser } from '../support/session.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = pageTypes();
const session = useSiteInBrowser();

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not block the checker itself.
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: unknown[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then((r) => r.violations),
  )) as AxeViolation[];
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

async function visit(path: string, viewport = { width: 1280, height: 860 }) {
  const page = await session.browser.newPage({ viewport });
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(session.server.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(session.server.url + path, { waitUntil: 'networkidle' });
  if (await page.locator('[data-map][data-eager="true"]').count()) {
    // A phone's /map/ starts its map on the first touch: touch it, so the live map is checked too.
    await page.dispatchEvent('body', 'pointerdown');
    await page.waitForSelector('[data-map][data-map-state]', { timeout: 60_000 });
  }
  return { page, foreign, csp: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

describe('every page type', () => {
  it('is there to check', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(10);
  });

  it('the checker itself finds a planted violation (an image without alt, a low-contrast line)', async () => {
    const { page } = await visit('/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      const p = document.createElement('p');
      p.textContent = '低对比度文字';
      p.className = 'planted';
      document.querySelector('main')?.append(img, p);
      for (const el of document.querySelectorAll<HTMLElement>('.planted')) el.style.color = '#ddd';
    });
    const found = await axe(page);
    expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(found.some((v) => v.startsWith('color-contrast'))).toBe(true);
    await page.close();
  });

  it.each(PAGES)('%s has no axe violations, no CSP violation and no request to another origin', async (path) => {
    const { page, foreign, csp } = await visit(path);
    expect(await axe(page)).toEqual([]);
    expect(await csp()).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it.each(PAGES)('%s has no axe violations at 200 percent zoom and on a 360 px phone', async (path) => {
    for (const viewport of [
      { width: 640, height: 430 },
      { width: 360, height: 740 },
    ]) {
      const { page } = await visit(path, viewport);
      expect(await axe(page), `${viewport.width} px`).toEqual([]);
      // Nothing wider than the screen: reading never needs sideways scrolling.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${viewport.width} px`).toBeLessThanOrEqual(1);
      await page.close();
    }
  });

  it.each(PAGES)('%s carries a CSP without unsafe-inline or unsafe-eval for scripts', (path) => {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readPage(path))?.[1];
    expect(meta).toBeDefined();
    const script = meta?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(script).toContain("'self'");
    expect(script).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(meta).toContain("default-src 'self'");
  });
});

describe('without JavaScript', () => {
  it.each(PAGES.filter((p) => !/^(\/en)?\/(plan|search)\//.test(p)))('%s is readable', async (path) => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.server.url + path);
    const h1 = await page.locator('h1').first().textContent();
    expect(h1?.trim().length).toBeGreaterThan(0);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(40);
    if (await page.locator('[data-map]').count()) await expect(page.locator('.map-overview').first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});
