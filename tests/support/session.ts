/** The built site served on loopback and one chromium for a test file, opened before and closed after it. */
import type { Browser } from 'playwright-core';
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
