/**
 * Every button a reader sees on the planner and the route pages does something when pressed: a visible button
 * with nothing to do (恢复原顺序 before any reordering, 分享… without a share sheet, 移除离线副本 with nothing saved)
 * is a control that lies. Each visible, enabled button is pressed on a fresh page; it acts if the page changes, the
 * address changes, a file downloads, a dialog, a window or the print dialog opens.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/pack/index.ts';
import { useSiteInBrowser } from '../support/session.ts';

const session = useSiteInBrowser();
const PLAN = '/plan/?s=mingyue-shantang,zhuanjiaowan,langxia-jiaoye-gongyuan';
// The route pages share one share bar and one save control: the first stands for all.
const PAGES = ['/plan/', PLAN, `/routes/${getPack().entries.routes[0]?.id}/`];

/** Marks the page keeps of what happened since the last reset, read back by `acted`. */
const WATCH = () => {
  const w = window as unknown as { __acted: string[]; __quietSince: number };
  w.__acted = [];
  w.__quietSince = performance.now();
  window.print = () => void w.__acted.push('print');
  new MutationObserver(() => {
    w.__acted.push('dom');
    w.__quietSince = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
};

async function open(page: Page, path: string): Promise<void> {
  await page.goto(session.server.url + path);
  if (path.startsWith('/plan/')) await page.waitForSelector('[data-planner]:not([hidden])');
  // The page settles (QR codes drawn, the plan rendered) before a press is judged.
  await page.waitForFunction(() => performance.now() - (window as unknown as { __quietSince: number }).__quietSince > 600, undefined, {
    timeout: 20_000,
  });
  await page.evaluate(() => {
    (window as unknown as { __acted: string[] }).__acted = [];
  });
}

/** The visible, enabled buttons of the page, by index in document order, with the name a reader hears. */
function buttons(page: Page): Promise<{ index: number; name: string; handle: boolean }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button')]
      .map((b, index) => ({ b, index }))
      .filter(({ b }) => b.checkVisibility() && !b.disabled)
      .map(({ b, index }) => ({ index, name: (b.getAttribute('aria-label') ?? b.textContent ?? '').trim(), handle: b.hasAttribute('data-handle') })),
  );
}

describe('buttons on the planner and the route pages', () => {
  it('each visible button acts when pressed', async () => {
    // A fresh browser profile for each press, so that a press before (加入行程, 清空行程) changes nothing after.
    const fresh = async (path: string) => {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      await context.addInitScript(WATCH);
      const page = await context.newPage();
      await open(page, path);
      return { context, page };
    };
    const idle: string[] = [];
    let pressed = 0;
    for (const path of PAGES) {
      const first = await fresh(path);
      const list = await buttons(first.page);
      await first.context.close();
      expect(list.length, path).toBeGreaterThan(0);
      for (const b of list) {
        const { context, page } = await fresh(path);
        const before = page.url();
        const outside: string[] = [];
        page.once('download', () => outside.push('download'));
        page.once('dialog', (d) => void d.dismiss().then(() => outside.push('dialog')));
        page.once('popup', () => outside.push('popup'));
        const button = page.locator('button').nth(b.index);
        // A drag handle is pressed with the arrow keys (and dragged); a click alone is not its action.
        if (b.handle) {
          await button.focus();
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('ArrowUp');
        } else await button.click();
        pressed++;
        const acted = () => page.evaluate(() => (window as unknown as { __acted: string[] }).__acted.length > 0).catch(() => true) as Promise<boolean>;
        await expect
          .poll(async () => outside.length > 0 || page.url() !== before || (await acted()), { timeout: 4_000 })
          .toBe(true)
          .catch(() => idle.push(`${path}: ${b.name}`));
        await context.close();
      }
    }
    expect(idle).toEqual([]);
    expect(pressed).toBeGreaterThan(PAGES.length);
  });

  it('恢复原顺序 appears only once there is an order to go back to', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    await open(page, PLAN);
    const undo = page.getByRole('button', { name: '恢复原顺序' });
    await expect(undo.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: '按最短路程排序' }).click();
    await expect.poll(() => undo.isVisible()).toBe(true);
    await context.close();
  });
});
