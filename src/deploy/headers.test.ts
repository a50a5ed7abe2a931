import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, headersFor, parseHeadersFile, toHeadersFile, toNginx } from './headers.ts';

describe('deployment headers', () => {
  it('sends the security headers everywhere', () => {
    for (const path of ['/', '/sites/x/', '/embed/map/', '/_astro/a.js']) {
      const h = headersFor(path);
      expect(h['Strict-Transport-Security']).toMatch(/max-age=31536000/);
      expect(h['X-Content-Type-Options']).toBe('nosniff');
      expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(h['Permissions-Policy']).toContain('geolocation=(self)');
    }
  });

  it('lets anyone frame /embed/ and no one else frame the rest', () => {
    expect(headersFor('/sites/x/')['Content-Security-Policy']).toBe("frame-ancestors 'self'");
    expect(headersFor('/sites/x/')['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(headersFor('/embed/map/')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headersFor('/embed/map/')['X-Frame-Options']).toBeUndefined();
  });

  it('caches hashed assets for a year and revalidates pages', () => {
    expect(headersFor('/_astro/mount.abc123.js')['Cache-Control']).toContain('immutable');
    expect(headersFor('/routes/x/')['Cache-Control']).toContain('must-revalidate');
  });

  it('sends the service worker uncached, so a new build is noticed, and the manifest with its type', () => {
    expect(headersFor('/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor('/manifest.webmanifest')['Content-Type']).toBe('application/manifest+json');
    expect(headersFor('/sw.js')['X-Content-Type-Options']).toBe('nosniff');
    const nginx = toNginx();
    expect(nginx).toMatch(/location = \/sw\.js \{[^}]*Cache-Control "no-cache"/);
    expect(nginx).toMatch(/location = \/manifest\.webmanifest \{\n\s*types \{ application\/manifest\+json webmanifest; \}/);
    expect(nginx).not.toMatch(/add_header Content-Type/);
  });

  it('writes a _headers file that reads back to the same rules', () => {
    const back = parseHeadersFile(toHeadersFile());
    expect(back.map((r) => r.path)).toEqual(HEADER_RULES.map((r) => r.path));
    for (const path of ['/', '/embed/map/', '/_astro/x.js', '/pagefind/a.pf_fragment', '/sw.js', '/manifest.webmanifest'])
      expect(headersFor(path, back)).toEqual(headersFor(path));
  });

  it('the committed nginx snippet is the one the rules generate', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../deploy/nginx/headers.conf'), 'utf8');
    expect(committed).toBe(toNginx());
    expect(committed).toContain('location /embed/');
  });
});
