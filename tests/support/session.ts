/** The built site served on loopback and one chromium for a test file, opened before and closed after it. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { DIST } from './dist.ts';
import { type Served, serveDir } from './serve.ts';

export interface Session {
  readonly server: Served;
  readonly browser: Browser;
}

export function useSiteInBrowser(dist = DIST): Session {
  const session = {} as { server: Served; browser: Browser };
  beforeAll(async () => {
    session.server = await serveDir(dist);
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * What a reader would notice going wrong on a page: uncaught errors and console errors, and requests to another
 * origin. `requests` is the page, or its context to count the service worker's requests too.
 */
export function watchPage(page: Page, origin: string, requests: Page | BrowserContext = page): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  requests.on('request', (r) => {
    if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  return { errors, foreign };
}

/** Whether the page can still reach a file it never fetched: false once the network is really gone. */
export function reachesNetwork(page: Page, path: string): Promise<boolean> {
  return page.evaluate(
    (p) =>
      fetch(p).then(
        () => true,
        () => false,
      ),
    path,
  );
}
