/*
 * Offline search. Registered by the search code after a first search (src/search/offline.ts), never before.
 * - Pagefind's hashed index files (*.pf_meta, *.pf_index, *.pf_filter, *.pf_fragment) and /_astro/ assets: cache first.
 * - Pages and Pagefind's unhashed files (pagefind.js, its worker, WebAssembly, pagefind-entry.json): network first, cache when offline.
 * - Anything else (data downloads, map files) is not touched.
 * On the page's message it precaches the index listed in /pagefind/offline.json (written by the build) and the page's own files.
 */
const CACHE = 'dangjian-search-v1';
const HASHED = /\.(pf_meta|pf_index|pf_filter|pf_fragment)$/;
// The site's base path (`/`, or e.g. `/dangjian/`): this file sits at its top.
const BASE = new URL('./', self.location.href).pathname;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'search-precache') return;
  const pages = Array.isArray(event.data.urls) ? event.data.urls : [];
  event.waitUntil(
    precache(pages)
      .then(() => event.source?.postMessage({ type: 'search-offline-ready' }))
      .catch(() => undefined),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (HASHED.test(url.pathname) || url.pathname.startsWith(`${BASE}_astro/`)) event.respondWith(cacheFirst(request));
  else if (request.mode === 'navigate' || url.pathname.startsWith(`${BASE}pagefind/`)) event.respondWith(networkFirst(request));
});

/** Stored without the query: /search/?q=… is one page, and Pagefind adds ?ts=… to pagefind-entry.json. */
function keyOf(request) {
  const url = new URL(request.url);
  return url.origin + url.pathname;
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(keyOf(request));
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(keyOf(request), response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(keyOf(request), response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(keyOf(request));
    if (hit) return hit;
    throw error;
  }
}

async function precache(pages) {
  const cache = await caches.open(CACHE);
  const manifest = await (await fetch(`${BASE}pagefind/offline.json`, { cache: 'no-cache' })).json();
  const core = manifest.precacheCore ? manifest.core : manifest.core.filter((p) => !HASHED.test(p) || p.endsWith('.pf_meta'));
  const wanted = [...core, ...(manifest.precacheFragments ? manifest.fragments : [])];
  const own = pages.filter((p) => typeof p === 'string' && p.startsWith('/'));
  const tasks = [...wanted, ...own].map((path) => async () => {
    try {
      if ((HASHED.test(path) || path.startsWith(`${BASE}_astro/`)) && (await cache.match(path))) return;
      const response = await fetch(path, { cache: 'no-cache' });
      if (response.ok) await cache.put(new URL(path, self.location.origin).href, response);
    } catch {
      // Left for the next precache.
    }
  });
  // A few at a time: the site may be large.
  const running = new Set();
  for (const task of tasks) {
    const p = task().finally(() => running.delete(p));
    running.add(p);
    if (running.size >= 6) await Promise.race(running);
  }
  await Promise.all(running);
  // Index files of earlier builds are no longer needed.
  const current = new Set([...manifest.core, ...manifest.fragments]);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (HASHED.test(path) && !current.has(path)) await cache.delete(request);
  }
}
