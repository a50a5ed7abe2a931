/**
 * `npm run screens`: screenshots of the map page, a site page and a route page at desktop and phone
 * sizes, written to bench/screens/ so that a reader of the report sees what the map looks like.
 * Serves dist/ (build first) on 127.0.0.1; waits for each live map to be idle.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDir } from '../tests/support/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'screens');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const DIST = resolve(arg('dist') ?? join(ROOT, 'dist'));
const PAGES: [string, string][] = (arg('pages') ?? 'map=/map/,site=/sites/shantang-cun-guangchen/,route=/routes/mingyue-shantang-yiri/')
  // A page is `name=/path`; the path may hold `,` and `=` itself (`/map/?c=121.1,30.8&z=10`).
  .split(/,(?=[\w-]+=\/)/)
  .map((p) => [p.slice(0, p.indexOf('=')), decodeURIComponent(p.slice(p.indexOf('=') + 1))] as [string, string]);
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800, isMobile: false, hasTouch: false },
  { name: 'phone', width: 390, height: 844, isMobile: true, hasTouch: true },
];

mkdirSync(OUT, { recursive: true });
const server = await serveDir(DIST);
const browser = await launchBrowser();
try {
  for (const v of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: { width: v.width, height: v.height },
      isMobile: v.isMobile,
      hasTouch: v.hasTouch,
      deviceScaleFactor: 1,
    });
    for (const [name, path] of PAGES) {
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const map = page.locator('[data-map]').first();
      // An inline map starts on first use, and so does /map/ on a phone: touch it as a reader would.
      if (await map.count()) await map.dispatchEvent('pointerdown');
      await page
        .waitForFunction(
          // /map/ starts its map by itself once the page is idle; other maps only when used (the pointerdown above).
          () =>
            [...document.querySelectorAll<HTMLElement>('[data-map]')].every(
              (m) => m.dataset.mapState === 'live' || (m.dataset.map !== 'full' && !m.dataset.started),
            ),
          null,
          { timeout: 60_000 },
        )
        .catch(() => console.warn(`${name}: map not live`));
      // On an entry page the map sits below the title: the picture shows it, as a reader scrolling there would.
      if ((await map.count()) && (await map.getAttribute('data-map')) !== 'full') await map.scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      const file = join(OUT, `${name}-${v.name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
