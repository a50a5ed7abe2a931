/**
 * The sanitizer alone: the hostile corpus built as story bodies with the Markdown check skipped (a test hook,
 * markdownCheckSkippedForTest), then read as HTML and opened in chromium. One small build of the base pack.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVE_HTML, HOSTILE_BODIES, storyFile } from '../fixtures/hostile-markdown/corpus.ts';
import { type BuildResult, buildPack } from '../support/astro-build.ts';
import { launchBrowser } from '../support/browser.ts';
import { readPage } from '../support/dist.ts';
import { scenarioPack } from '../support/scenario.ts';
import { type Served, serveDir } from '../support/serve.ts';
import { watchPage } from '../support/session.ts';

const storyOf = (html: string) => /<div class="story"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];

describe('hostile Markdown built with the check skipped', () => {
  let build: BuildResult;
  let server: Served;
  let browser: Browser;
  beforeAll(async () => {
    const dir = scenarioPack('base');
    for (const { id, body } of HOSTILE_BODIES) writeFileSync(join(dir, 'content/stories', `${id}.md`), storyFile(id, body));
    build = buildPack(dir, { TEST_ONLY_SKIP_MARKDOWN_CHECK: '1' });
    server = await serveDir(build.dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds, since only the check would have refused the bodies', () => {
    expect(build.status, build.output).toBe(0);
  });

  it.each(HOSTILE_BODIES.map((h) => h.id))('%s leaves nothing active in its page', (id) => {
    const page = readPage(`/stories/${id}/`, build.dist);
    const story = storyOf(page);
    expect(story, 'the body is on the page').toBeDefined();
    for (const pattern of ACTIVE_HTML) expect(story).not.toMatch(pattern);
    // Nothing of the body reaches outside its box: the page around it has no tag or address of the corpus.
    expect(page).not.toMatch(/evil\.example|<meta http-equiv="refresh"|<base\b|<iframe\b/i);
  });

  it('in chromium no page navigates, opens a dialog, runs script or asks another host for anything', async () => {
    const visit = async (id: string) => {
      const page = await browser.newPage();
      const url = `${server.url}/stories/${id}/`;
      const navigations: string[] = [];
      const dialogs: string[] = [];
      const { errors, foreign } = watchPage(page, server.url);
      page.on('framenavigated', (f) => f === page.mainFrame() && f.url() !== url && navigations.push(f.url()));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(url, { waitUntil: 'load' });
      // Hover, focus and click what the body made, as a reader would (links the body keeps lead nowhere active).
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('.story *')) {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle']) el.dispatchEvent(new Event(type));
          if (!el.closest('a[href]')) el.click();
        }
      });
      // A refresh of 0 s, a toggle or an autofocus fires just after load.
      await page.waitForTimeout(300);
      const handlers = await page.$$eval('.story *', (els) => els.flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))));
      const frames = page.frames().length;
      await page.close();
      // An image the body points at that is not there (`src=x`) is a 404 of the site itself, not script.
      return { navigations, dialogs, errors: errors.filter((e) => !e.startsWith('Failed to load resource')), foreign, handlers, frames };
    };
    const seen: Record<string, Awaited<ReturnType<typeof visit>>> = {};
    // Four pages at a time: the whole corpus in a quarter of the time, on two cores.
    const ids = HOSTILE_BODIES.map((h) => h.id);
    for (let i = 0; i < ids.length; i += 4) {
      const batch = ids.slice(i, i + 4);
      for (const [j, result] of (await Promise.all(batch.map(visit))).entries()) seen[batch[j] as string] = result;
    }
    const clean = { navigations: [], dialogs: [], errors: [], foreign: [], handlers: [], frames: 1 };
    expect(seen).toEqual(Object.fromEntries(ids.map((id) => [id, clean])));
  });
});
