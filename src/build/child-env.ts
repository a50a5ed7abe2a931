/**
 * What an Astro child process (a build or a dev server) started by our tools and tests inherits, and where it listens.
 * Vitest sets NODE_ENV=test and mirrors its import.meta.env into process.env (DEV=1, PROD, MODE, SSR, BASE_URL): passed
 * on, they made a test build a development one, whose pages register no service worker. A dev server also must not see
 * VITEST itself: Astro then takes itself for a test's import and serves no page (the editor's site preview hung so).
 */
import { createServer } from 'node:net';

export const VITEST_MODE_ENV = ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'];

/** For `astro build`: VITEST stays, since a test build may ask for test-only behaviour (markdown-safety.ts). */
export function buildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !VITEST_MODE_ENV.includes(k)));
}

/** For `astro dev`. */
export function devServerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(buildEnv(env)).filter(([k]) => !k.startsWith('VITEST')));
}

/** A port free on the loopback now, for a child to listen on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
