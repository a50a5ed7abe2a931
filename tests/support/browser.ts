/** Debian's chromium driven by playwright-core: never a downloaded browser. */
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Software WebGL2 for the map tests.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}
