/**
 * The keyboard-only journey of issue 9, with no mouse at all: search → open a site → add it to the
 * plan → open the plan → export a GPX, which must parse.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/pack/index.ts';
import { useSiteInBrowser } from '../support/session.ts';

const session = useSiteInBrowser();

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: { text: string; tag: string; href: string | null }) => boolean, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { text: (a?.textContent ?? '').trim(), tag: a?.tagName ?? '', href: a?.getAttribute('href') ?? null };
    });
    if (matches(el)) return;
  }
  throw new Error('not reached with Tab');
}

describe('a keyboard-only visit', () => {
  it('goes from search to a site, into the plan, and out as a GPX file', async () => {
    const site = getPack().entries.sites.find((s) => s.data.title === '明月山塘')!;
    const context = await session.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${session.server.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('明月山塘');
    await page.locator('#site-search-list[data-query="明月山塘"]').waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/sites/${site.id}/`);

    await tabTo(page, (el) => el.text.startsWith('加入我的行程'));
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-add-status]').textContent()).resolves.toContain('已加入我的行程');
    await tabTo(page, (el) => el.href === '/plan/' && el.text === '查看我的行程');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/plan/**');
    await expect.poll(() => page.locator('body').textContent()).toContain(site.data.title);

    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text.includes('GPX'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const gpx = await (await download.createReadStream()).toArray();
    const doc = new DOMParser().parseFromString(Buffer.concat(gpx).toString('utf8'), 'text/xml');
    expect(doc.documentElement?.nodeName).toBe('gpx');
    const names = Array.from(doc.getElementsByTagName('name')).map((n) => n.textContent);
    expect(names).toContain(site.data.title);
    expect(errors).toEqual([]);
    await context.close();
  });
});
