/**
 * A pack whose site has a picture, an address, opening hours and booking (tests/packs/images): the picture is
 * published at the sizes the page offers, and the practical information shows on the site page, in the map's
 * panel and on the route's 行程单. The default pack has none of them, so this is the only build that shows them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildPack } from '../support/astro-build.ts';
import { launchBrowser } from '../support/browser.ts';
import { scenarioPack } from '../support/scenario.ts';
import { type Served, serveDir } from '../support/serve.ts';

let build: BuildResult;
let server: Served;
let browser: Browser;
const pack = scenarioPack('images');
beforeAll(async () => {
  build = buildPack(pack);
  server = await serveDir(build.dist);
  browser = await launchBrowser();
}, 200_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const page = (path: string) => readFileSync(join(build.dist, path, 'index.html'), 'utf8');

describe('a site with a picture', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('publishes the 1200 × 800 photo at 480, 960 and 1200 pixels, as the page’s srcset says', async () => {
    const html = page('sites/zhuanjiaowan');
    const img = html.match(/<img [^>]*srcset="([^"]+)"[^>]*>/);
    expect(img, 'the page shows the picture').toBeTruthy();
    const copies = (img?.[1] ?? '').split(', ').map((c) => c.split(' ') as [string, string]);
    expect(copies.map(([, w]) => w)).toEqual(['480w', '960w', '1200w']);
    for (const [path, w] of copies) {
      const meta = await sharp(readFileSync(join(build.dist, path))).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', Number.parseInt(w, 10), (Number.parseInt(w, 10) * 2) / 3]);
    }
    expect(img?.[0]).toContain('loading="lazy"');
    expect(img?.[0]).toContain('alt="测试图片：一座石桥横跨河面"');
    expect(img?.[0]).toMatch(/width="1200" height="800"/);
    expect(img?.[0]).toContain('sizes="');
  });

  it('names the picture, its maker and its licence under it', async () => {
    const p = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await p.goto(`${server.url}/sites/zhuanjiaowan/`);
      const figure = p.locator('.entry-images figure');
      await expect(figure.locator('figcaption').textContent()).resolves.toBe('测试说明：转角湾的石桥图片：测试摄影者（CC BY 4.0）');
      // On a phone the picture takes the column's width, and the browser picks the copy that fits it.
      const img = figure.locator('img');
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
      const { shown, chosen } = await img.evaluate((i: HTMLImageElement) => ({ shown: i.getBoundingClientRect().width, chosen: i.currentSrc }));
      expect(shown).toBeLessThan(390);
      expect(chosen).toMatch(/-(480|960)\.webp$/);
    } finally {
      await p.close();
    }
  });

  it('the English page marks the Chinese picture text as Chinese', () => {
    const html = page('en/sites/zhuanjiaowan');
    expect(html).toMatch(/<img [^>]*alt="测试图片：一座石桥横跨河面"[^>]*lang="zh-CN"/);
    expect(html).toContain('Image: 测试摄影者 (CC BY 4.0)');
  });
});

describe('practical information', () => {
  it('the site page states the address, opening hours and booking', () => {
    const html = page('sites/zhuanjiaowan');
    for (const [label, value] of [
      ['地址', '测试地址：金沙村转角湾 1 号'],
      ['开放时间', '测试时间：周二至周日 9:00—16:30'],
      ['预约方式', '测试预约：团体提前一天电话预约'],
    ])
      expect(html).toMatch(new RegExp(`<dt[^>]*>${label}</dt><dd[^>]*>${value}</dd>`));
    // A site whose source gives none says nothing about them, rather than "unknown".
    expect(page('sites/shantang')).not.toMatch(/<dt[^>]*>(地址|开放时间|预约方式)<\/dt>/);
  });

  it('the map’s panel shows them for the site that has them, and nothing for one that has none', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const asked: string[] = [];
    p.on('request', (r) => asked.push(new URL(r.url()).pathname));
    try {
      await p.goto(`${server.url}/map/?site=zhuanjiaowan`);
      const detail = p.locator('#site-detail');
      await expect(detail.locator('h2').textContent({ timeout: 60_000 })).resolves.toBe('转角湾');
      // The summary and the way in are not in the map's data: they come from their own file once a panel opens.
      const summary = /^summary: (.+)$/m.exec(readFileSync(join(pack, 'content/sites/zhuanjiaowan.md'), 'utf8'))?.[1];
      await expect(detail.locator('.detail-summary:not([hidden])').textContent()).resolves.toBe(summary);
      expect(readFileSync(join(build.dist, 'map/sites.geojson'), 'utf8')).not.toContain('测试地址');
      expect(asked.filter((a) => a.endsWith('/map/site-details.json'))).toHaveLength(1);
      await expect(detail.locator('.detail-visit').textContent()).resolves.toBe(
        '地址测试地址：金沙村转角湾 1 号开放时间测试时间：周二至周日 9:00—16:30预约方式测试预约：团体提前一天电话预约',
      );
      await p.goto(`${server.url}/map/?site=shantang`);
      await expect(detail.locator('h2').textContent({ timeout: 60_000 })).resolves.toBe('明月山塘');
      await expect(detail.locator('.detail-visit').count()).resolves.toBe(0);
    } finally {
      await p.close();
    }
  });

  it('the route’s 行程单 gives the stop’s address', () => {
    const html = page('routes/red-origins');
    expect(html).toMatch(/<dt[^>]*>地址<\/dt><dd[^>]*>测试地址：金沙村转角湾 1 号<\/dd>/);
  });
});
