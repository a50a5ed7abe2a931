/**
 * The app shell the worker installs with (its precache) and the build id, from the written output folder.
 * Workbox's own injectManifest (workbox-build) would do the listing, at the cost of a Babel + Rollup toolchain;
 * the rule here is short and tested.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PrecacheEntry {
  /** Relative to the site's base (and so to sw.js). */
  url: string;
  /** Content hash, or null for files whose names already carry one (/_astro/). */
  revision: string | null;
}

/** Files of the app shell besides /_astro/: the offline page, the planner with its data and map, what installing needs. */
export const SHELL_FILES = [
  'offline/index.html',
  'en/offline/index.html',
  'offline/routes.json',
  'plan/index.html',
  'en/plan/index.html',
  'plan/data.json',
  'map/overview/all.svg',
  'manifest.webmanifest',
  'favicon.svg',
];

/**
 * The map library and the code that only a live map runs (MapLibre, its worker and stylesheet, the map islands):
 * over half a megabyte that a reader who never opens a map should not download. It is cached when a map is first
 * used, and kept with every route or plan saved for offline use.
 */
const MAP_LIBRARY = /^_astro\/(mount|maplibre-gl|maplibre-gl-worker|explorer|embed-map|plan-map|protomaps)\.[\w-]+\.(js|mjs|css)$/;

export function isMapLibrary(file: string): boolean {
  return MAP_LIBRARY.test(file);
}

/** Is a built file (path relative to the output folder, with /) part of the app shell? */
export function inAppShell(file: string): boolean {
  // Precompressed copies are the server's business: the browser asks for the file and gets whichever it sends.
  if (isMapLibrary(file) || /\.(br|gz)$/.test(file)) return false;
  if (file.startsWith('_astro/')) return true;
  if (file.startsWith('icons/') && file.endsWith('.png')) return true;
  if (file.endsWith('.woff2')) return true;
  return SHELL_FILES.includes(file);
}

/** `plan/index.html` is fetched as `plan/`. */
export function urlOf(file: string): string {
  return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const md5 = (data: Buffer) => createHash('md5').update(data).digest('hex');

export function precacheEntries(dist: string, files = listFiles(dist)): { entries: PrecacheEntry[]; bytes: number } {
  let bytes = 0;
  const entries = files.filter(inAppShell).map((file) => {
    const data = readFileSync(join(dist, file));
    bytes += data.length;
    return { url: urlOf(file), revision: file.startsWith('_astro/') ? null : md5(data) };
  });
  return { entries, bytes };
}

/**
 * Identifies a build: a hash of every file written (but the worker itself) and of the worker's code. Same output,
 * same id — no needless update; any change to a page, data file, asset or the worker gives a new id, so the caches
 * start afresh and saved routes are saved again.
 */
export function buildId(dist: string, files = listFiles(dist), worker = ''): string {
  const hash = createHash('sha256');
  hash.update(worker);
  for (const file of files) {
    // The .br/.gz copies follow from their originals (the pages' are written by now: src/build/finish.ts).
    if (file === 'sw.js' || file === 'sw.js.map' || /\.(br|gz)$/.test(file)) continue;
    hash.update(`${file}\0${md5(readFileSync(join(dist, file)))}\n`);
  }
  return hash.digest('hex').slice(0, 12);
}
