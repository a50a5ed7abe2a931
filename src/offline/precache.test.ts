import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildId, inAppShell, isMapLibrary, precacheEntries, urlOf } from './precache.ts';

const dist = mkdtempSync(join(tmpdir(), 'dangjian-precache-'));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
};
for (const f of [
  '_astro/mount.abc.js',
  '_astro/maplibre-gl-worker.Cz-9.mjs',
  '_astro/maplibre-gl.8qR.css',
  '_astro/box.f00.js',
  'offline/index.html',
  'en/offline/index.html',
  'offline/routes.json',
  'plan/index.html',
  'en/plan/index.html',
  'plan/data.json',
  'icons/192.png',
  'manifest.webmanifest',
])
  write(f, f);
for (const f of ['index.html', 'sites/a/index.html', 'en/sites/a/index.html', 'pagefind/pagefind.js', 'data/sites.csv', 'map/sites.geojson', 'sw.js'])
  write(f, f);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the app shell', () => {
  it('holds the hashed assets but the map library, the offline page, the planner and the install files — not the pages, data or index', () => {
    const { entries, bytes } = precacheEntries(dist);
    expect(entries.map((e) => e.url).sort()).toEqual(
      [
        '_astro/box.f00.js',
        'icons/192.png',
        'manifest.webmanifest',
        'offline/',
        'en/offline/',
        'offline/routes.json',
        'plan/',
        'en/plan/',
        'plan/data.json',
      ].sort(),
    );
    expect(bytes).toBeGreaterThan(0);
    // Hashed names need no revision; the others carry their content's.
    expect(entries.find((e) => e.url.startsWith('_astro/'))?.revision).toBeNull();
    expect(entries.find((e) => e.url === 'plan/')?.revision).toMatch(/^[0-9a-f]{32}$/);
    expect(inAppShell('fonts/x.woff2')).toBe(true);
    // The map library waits until a map is used or a route is saved.
    expect(isMapLibrary('_astro/mount.abc.js')).toBe(true);
    expect(isMapLibrary('_astro/maplibre-gl-worker.Cz-9.mjs')).toBe(true);
    expect(isMapLibrary('_astro/protomaps.Dx1.js')).toBe(true);
    expect(isMapLibrary('_astro/box.f00.js')).toBe(false);
    // A basemap archive is read by byte ranges as the map needs them: never installed whole.
    expect(inAppShell('map/basemap.pmtiles')).toBe(false);
    expect(urlOf('plan/index.html')).toBe('plan/');
  });

  it('has a build id that changes with any file or the worker’s code, and not with sw.js itself or the copies', () => {
    const id = buildId(dist, undefined, 'code');
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(buildId(dist, undefined, 'code')).toBe(id);
    expect(buildId(dist, undefined, 'other code')).not.toBe(id);
    write('sw.js', 'changed');
    expect(buildId(dist, undefined, 'code')).toBe(id);
    write('sites/a/index.html.br', 'a copy');
    expect(buildId(dist, undefined, 'code')).toBe(id);
    write('sites/a/index.html', 'changed');
    expect(buildId(dist, undefined, 'code')).not.toBe(id);
  });
});
