/**
 * The headers the build ships (dist/_headers), applied by a header-aware static server the way a
 * static host applies them: checked on the wire, and framing checked in chromium from another origin.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/deploy/headers.ts';
import { launchBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { type Served, serveDir } from '../support/serve.ts';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
let site: Served;
let host: Server;
let hostUrl: string;
let browser: Browser;
let asset: string;

beforeAll(async () => {
  site = await serveDir(DIST, (path) => headersFor(path, rules));
  // Another origin (another port), standing in for a department's own web page.
  host = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('frame') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>host</title><iframe id="f" src="${target.replace(/"/g, '')}" title="t" width="600" height="400"></iframe>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  asset = /src="(\/_astro\/[^"]+\.js)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1] ?? '/_astro/missing.js';
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((r) => host?.close(r));
});

/** How a page of this origin shows when framed by one of its own pages: `none` when the frame guard hid it. */
const framedDisplay = (page: Page, src: string) =>
  page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const f = document.createElement('iframe');
        f.src = url;
        f.onload = () => resolve(getComputedStyle(f.contentDocument!.documentElement).display);
        document.body.append(f);
      }),
    src,
  );

describe('shipped headers', () => {
  it('a page is sent with HSTS, nosniff, the referrer and permissions policies, revalidation and no framing', async () => {
    const res = await fetch(`${site.url}/sites/`);
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toContain('geolocation=(self)');
    expect(res.headers.get('cache-control')).toContain('must-revalidate');
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
  });

  it('hashed assets are cached for a year', async () => {
    const res = await fetch(site.url + asset);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('the service worker is never served from an HTTP cache, and the manifest has its type', async () => {
    const sw = await fetch(`${site.url}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-type')).toMatch(/^text\/javascript/);
    const manifest = await fetch(`${site.url}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    expect(manifest.headers.get('cache-control')).toContain('must-revalidate');
  });

  const framedHeading = async (server: Served, path = '/sites/') => {
    const page = await browser.newPage();
    // The host page's load event waits for its frame, whether the frame is shown or refused.
    await page.goto(`${hostUrl}/?frame=${encodeURIComponent(`${server.url}${path}`)}`, { waitUntil: 'load' });
    const frame = page.frames().find((f) => f.url().startsWith(server.url));
    // A blocked frame never gets the page's content; a page that refuses to show itself (the frame guard) is not shown.
    const heading = await frame
      ?.evaluate(() => (getComputedStyle(document.documentElement).display === 'none' ? 'hidden' : (document.querySelector('h1')?.textContent ?? undefined)))
      .catch(() => undefined);
    await page.close();
    return heading;
  };

  it('another site can frame a widget under /embed/', async () => {
    // 'hidden' is what a widget the frame guard refused would give: a shown widget gives its heading.
    const heading = await framedHeading(site, '/embed/map/');
    expect(heading).toMatch(/\S/);
    expect(heading).not.toBe('hidden');
  });

  it('another site cannot frame an ordinary page; without the headers the page itself refuses to show, but a widget shows', async () => {
    expect(await framedHeading(site)).toBeUndefined();
    const bare = await serveDir(DIST);
    try {
      expect(await framedHeading(bare)).toBe('hidden');
      expect(await framedHeading(bare, '/embed/')).toBe('hidden');
      const widget = await framedHeading(bare, '/embed/map/');
      expect(widget).toMatch(/\S/);
      expect(widget).not.toBe('hidden');
    } finally {
      await bare.close();
    }
  });

  it('the widget documentation page is framed by no one, not even this site', async () => {
    expect(await framedHeading(site, '/embed/')).toBeUndefined();
    const page = await browser.newPage();
    // Framed by a page of its own origin (a host that sends no headers): the guard still hides it.
    const bare = await serveDir(DIST);
    try {
      await page.goto(`${bare.url}/sites/`);
      const shown = await framedDisplay(page, `${bare.url}/embed/`);
      expect(shown).toBe('none');
      const own = await framedDisplay(page, `${bare.url}/sites/`);
      expect(own).not.toBe('none');
    } finally {
      await page.close();
      await bare.close();
    }
  });
});
