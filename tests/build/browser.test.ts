import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/pack/index.ts';
import { useSiteInBrowser, watchPage } from '../support/session.ts';

const session = useSiteInBrowser();

async function visit(path: string) {
  const page = await session.browser.newPage();
  const { errors, foreign } = watchPage(page, session.server.url);
  const response = await page.goto(session.server.url + path, { waitUntil: 'networkidle' });
  return { page, response, errors, foreign };
}

describe('the built site in chromium', () => {
  const { entries } = getPack();
  const site = entries.sites[0]!;

  it.each(['/', `/sites/${site.id}/`])('%s loads with no console error and no request leaving the site', async (path) => {
    const { page, response, errors, foreign } = await visit(path);
    expect(response?.status()).toBe(200);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    await page.close();
  });

  it('a reader goes from the home page to a site page by keyboard', async () => {
    const { page } = await visit('/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到正文');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '红色地点' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sites/');
    await page.getByRole('link', { name: site.data.title, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/sites/${site.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(site.data.title);
    await page.close();
  });
});
