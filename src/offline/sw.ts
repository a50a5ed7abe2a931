/**
 * The site's service worker, bundled with Workbox by the offline integration into dist/sw.js after each build.
 * - App shell (precache, installed with the worker): hashed /_astro/ files but the map library, the offline page,
 *   the planner and its data, the manifest and icons. Served cache-first; the precache is of this build only.
 *   The map library is cached when a map first loads it (cache-first /_astro/), and saved with routes and plans.
 * - Pages: network first; a copy of each page seen is kept for a week (privacy.ts), and served (marked as such)
 *   when the network fails.
 *   With no copy, the offline page says so and lists what is saved.
 * - Map and route data: stale-while-revalidate. Pagefind: hashed index files cache-first, the rest network-first.
 * - "保存线路以便离线使用": the page asks, this worker stores the route's files (listed at build in
 *   /offline/routes.json) in the saved cache and keeps the list of saved routes in the meta cache.
 * Every cache name carries the build id; activating a new build deletes the old caches, and saved routes are
 * saved again from the new build (the pages ask for it on load: see `resume`).
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { localeOf } from '../site/paths.ts';
import { cacheNames, metaCacheName, parseCacheName, staleCaches, withoutSearch } from './cache-names.ts';
import { parsePageMessage, type WorkerMessage } from './messages.ts';
import { isExpired, stamped } from './privacy.ts';
import { CACHED_DATA, type OfflineRoutes, relativeToBase } from './save-urls.ts';
import { outdated, parseSavedList, SAVED_LIST_PATH, type SavedList, stillNeeded, withoutRoute, withRoute } from './saved.ts';

declare const __BUILD_ID__: string;
declare const __PRECACHE__: { url: string; revision: string | null }[];
/** The map library's files (not in the app shell): saved with every route and plan, whose map needs them offline. */
declare const __MAP_LIBRARY__: string[];

interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface MessageEventLike extends ExtendableEventLike {
  data: { type?: string; id?: string; url?: string; resources?: string[]; title?: string; href?: string; urls?: unknown[] } | null;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  registration: ServiceWorkerRegistration;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

const sw = self as unknown as WorkerScope;
const BUILD = __BUILD_ID__;
const SCOPE = sw.registration.scope;
const NAMES = cacheNames(BUILD, SCOPE);
const META = metaCacheName(SCOPE);
/** The offline page in the language of the page that could not be opened. */
const offlinePage = (url: string) => new URL(`${localeOf(new URL(url).pathname, new URL(SCOPE).pathname) === 'en' ? 'en/' : ''}offline/`, SCOPE).href;
const ROUTES_INDEX = new URL('offline/routes.json', SCOPE).href;
/** Past this, a page kept on the device is shown while the network is still trying (a weak signal on the road). */
const NETWORK_TIMEOUT_MS = 6000;
const HASHED_INDEX = /\.(pf_meta|pf_index|pf_filter|pf_fragment)$/;
/** The header box's names index (src/search/names.ts): asked for with its version, so a file never changes under its address. */
const NAMES_INDEX = /^(en\/)?search\/names\/[\w.]+\?v=\w+$/;

setCacheNameDetails({ prefix: 'dangjian', precache: `precache-${BUILD}@${SCOPE}`, suffix: '' });
clientsClaim();
// Query strings never change a precached file (the planner keeps its plan in /plan/?s=…).
precacheAndRoute(__PRECACHE__, { ignoreURLParametersMatching: [/.*/] });

const inScope = (url: URL) => url.href.startsWith(SCOPE);
const path = (url: URL) => url.href.slice(SCOPE.length);

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && inScope(url),
  ({ request, event }) => page(request, event as ExtendableEventLike),
);

registerRoute(
  ({ url }) => inScope(url) && path(url).startsWith('_astro/'),
  new CacheFirst({ cacheName: NAMES.assets, plugins: [fallbackToCaches(), new ExpirationPlugin({ maxEntries: 200 })] }),
);

registerRoute(
  ({ url }) => inScope(url) && path(url).startsWith('pagefind/') && HASHED_INDEX.test(url.pathname),
  new CacheFirst({ cacheName: NAMES.search, plugins: [fallbackToCaches()] }),
);
registerRoute(
  ({ url }) => inScope(url) && path(url).startsWith('pagefind/'),
  new NetworkFirst({ cacheName: NAMES.search, plugins: [{ cacheKeyWillBeUsed: async ({ request }) => withoutSearch(request.url) }, fallbackToCaches()] }),
);

registerRoute(({ url }) => inScope(url) && NAMES_INDEX.test(path(url)), new CacheFirst({ cacheName: NAMES.search, plugins: [fallbackToCaches()] }));

registerRoute(
  ({ url }) => inScope(url) && CACHED_DATA.test(url.pathname) && !path(url).startsWith('pagefind/'),
  new StaleWhileRevalidate({ cacheName: NAMES.data, plugins: [fallbackToCaches(), new ExpirationPlugin({ maxEntries: 300 })] }),
);

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keepSaved = outdated(await readList(), BUILD).length > 0;
      await Promise.all(staleCaches(await caches.keys(), BUILD, SCOPE, keepSaved).map((name) => caches.delete(name)));
      await dropExpiredPages();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  const message = parsePageMessage(event.data);
  const port = event.ports[0];
  const reply = (answer: WorkerMessage) => port?.postMessage(answer);
  if (!message) return;
  const task = (async () => {
    switch (message.type) {
      case 'skip-waiting':
        await sw.skipWaiting();
        return;
      case 'cache-page':
        await keepPage(message.url, message.resources);
        reply({ type: 'page-kept', build: BUILD });
        return;
      case 'search-precache':
        await precacheSearch();
        reply({ type: 'search-offline-ready' });
        return;
      case 'save-route':
        reply(await serial(() => saveRoute(message.id, reply)));
        return;
      case 'save-plan':
        reply(await serial(() => saveEntry({ id: PLAN_ID, title: message.title, href: message.href, urls: message.urls }, reply)));
        return;
      case 'remove-route':
        await serial(() => removeRoute(message.id));
        reply({ type: 'removed', id: message.id });
        return;
      case 'resume':
        reply({ type: 'resumed', resaved: await serial(resume) });
        return;
    }
  })().catch((error: unknown) => reply({ type: 'error', message: String(error) }));
  event.waitUntil(task);
});

/** Network first; a kept copy after NETWORK_TIMEOUT_MS or on failure; else the offline page. */
async function page(request: Request, event: ExtendableEventLike): Promise<Response> {
  const key = withoutSearch(request.url);
  const network = fetch(request).then(async (response) => {
    if (response.ok && !response.redirected) await (await caches.open(NAMES.pages)).put(key, stamped(response.clone(), Date.now()));
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([network, timeout]);
  } catch {
    const kept = await lookup(key);
    if (kept) return markFromCache(kept);
    try {
      return await network;
    } catch {
      const fallback = await matchPrecache(offlinePage(request.url));
      return fallback ? markFromCache(fallback, 'data-offline-fallback') : Response.error();
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Tells the page, in its own markup, that it comes from this device and when it was fetched (its Date header);
 * the offline page stands in for another page and says so itself.
 */
async function markFromCache(response: Response, attribute = 'data-served-from-cache'): Promise<Response> {
  const date = (response.headers.get('date') ?? '').replace(/[^\w :,+-]/g, '');
  const html = (await response.text()).replace(/<html\b/i, `<html ${attribute}="${date}"`);
  return new Response(html, { status: 200, headers: response.headers });
}

/** A stored copy in any of this build's caches, then in saved caches of older builds (not yet saved again). */
async function lookup(url: string): Promise<Response | undefined> {
  for (const name of [NAMES.pages, NAMES.saved, NAMES.data, NAMES.search, NAMES.assets]) {
    const cache = await caches.open(name);
    const hit = await cache.match(url);
    // A page kept from a visit past its age is gone, as if never kept.
    if (hit && name === NAMES.pages && isExpired(hit.headers, Date.now())) {
      await cache.delete(url);
      continue;
    }
    if (hit) return hit;
  }
  const precached = await matchPrecache(url);
  if (precached) return precached;
  for (const name of await caches.keys()) {
    const parsed = parseCacheName(name);
    if (parsed?.kind !== 'saved' || parsed.scope !== SCOPE || parsed.build === BUILD) continue;
    const hit = await (await caches.open(name)).match(url);
    if (hit) return hit;
  }
  return undefined;
}

function fallbackToCaches() {
  return { handlerDidError: async ({ request }: { request: Request }) => lookup(withoutSearch(request.url)) };
}

/**
 * The first page of a visit loads before the worker controls it: fetch it again, with the data and assets it
 * loaded, so that it works offline too.
 */
async function keepPage(url: string, resources: readonly string[]): Promise<void> {
  const key = withoutSearch(url);
  if (!key.startsWith(SCOPE)) return;
  const pages = await caches.open(NAMES.pages);
  // The planner and the offline page are in the app shell already.
  if (!(await matchPrecache(key)) && !(await pages.match(key))) {
    const response = await fetch(key);
    if (response.ok && !response.redirected) await pages.put(key, stamped(response, Date.now()));
  }
  await dropExpiredPages();
  const data = await caches.open(NAMES.data);
  await pool(resources, 4, async (resource) => {
    const u = new URL(resource, SCOPE);
    if (!inScope(u) || !CACHED_DATA.test(u.pathname) || path(u).startsWith('pagefind/') || (await matchPrecache(u.href)) || (await data.match(u.href))) return;
    const response = await fetch(u.href).catch(() => undefined);
    if (response?.ok) await data.put(u.href, response);
  });
}

/** Pages kept from visits longer ago than the age limit (checked on each visit and on activation). */
async function dropExpiredPages(): Promise<void> {
  const pages = await caches.open(NAMES.pages);
  const now = Date.now();
  for (const request of await pages.keys()) {
    const hit = await pages.match(request);
    if (hit && isExpired(hit.headers, now)) await pages.delete(request);
  }
}

let queue: Promise<unknown> = Promise.resolve();
/** Saving, removing and re-saving change one list: one at a time. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task);
  queue = next.catch(() => undefined);
  return next;
}

async function readList(): Promise<SavedList> {
  const hit = await (await caches.open(META)).match(new URL(SAVED_LIST_PATH, SCOPE).href);
  return parseSavedList(hit ? await hit.text() : undefined);
}

async function writeList(list: SavedList): Promise<void> {
  await (await caches.open(META)).put(
    new URL(SAVED_LIST_PATH, SCOPE).href,
    new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } }),
  );
}

async function routesIndex(): Promise<OfflineRoutes> {
  const response = (await matchPrecache(ROUTES_INDEX)) ?? (await fetch(ROUTES_INDEX));
  return (await response.json()) as OfflineRoutes;
}

async function pool<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) await run(items[next++] as T);
    }),
  );
}

type SaveResult = Extract<WorkerMessage, { type: 'saved' | 'save-failed' }>;

/** The saved plan's id in the list: no route id can have an underscore. */
const PLAN_ID = '_plan';

async function saveRoute(id: string, report: (message: WorkerMessage) => void = () => undefined): Promise<SaveResult> {
  const route = (await routesIndex()).routes[id];
  if (!route) return { type: 'save-failed', id, files: 0, bytes: 0, failed: [id] };
  return saveEntry({ id, title: route.title, href: route.href, urls: route.urls }, report);
}

interface Entry {
  id: string;
  title: string;
  href: string;
  urls: readonly string[];
}

async function saveEntry(entry: Entry, report: (message: WorkerMessage) => void = () => undefined): Promise<SaveResult> {
  const { id } = entry;
  const urls = [...new Set([...entry.urls, ...__MAP_LIBRARY__])];
  const cache = await caches.open(NAMES.saved);
  const failed: string[] = [];
  let done = 0;
  let bytes = 0;
  report({ type: 'progress', done, total: urls.length, bytes });
  await pool(urls, 4, async (rel) => {
    const url = new URL(rel, SCOPE).href;
    try {
      // Straight from the network: a copy kept earlier may be of another build.
      let response: Response | undefined = await fetch(url, { cache: 'no-cache' }).catch(() => undefined);
      if (!response?.ok) response = await lookup(url);
      if (!response?.ok) throw new Error(rel);
      const body = await response.blob();
      await cache.put(url, new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }));
      bytes += body.size;
    } catch {
      failed.push(rel);
    }
    done++;
    report({ type: 'progress', done, total: urls.length, bytes });
  });
  if (failed.length) {
    await dropUnneeded(await readList());
    return { type: 'save-failed', id, files: done - failed.length, bytes, failed };
  }
  const saved = { id, title: entry.title, href: entry.href, build: BUILD, savedAt: new Date().toISOString(), files: done, bytes };
  // A plan's files are kept in the list: no build lists them, and they are saved again from it after an update.
  await writeList(withRoute(await readList(), id === PLAN_ID ? { ...saved, urls: [...entry.urls] } : saved));
  return { type: 'saved', id, files: done, bytes, failed };
}

/** Deletes saved files no saved route of this build needs. */
async function dropUnneeded(list: SavedList): Promise<void> {
  const index = await routesIndex();
  const current = list.routes.filter((r) => r.build === BUILD);
  const urlsOf = (id: string) => current.find((r) => r.id === id)?.urls ?? index.routes[id]?.urls ?? [];
  const needed = new Set([...stillNeeded(urlsOf, current)].map((rel) => new URL(rel, SCOPE).href));
  const cache = await caches.open(NAMES.saved);
  for (const request of await cache.keys()) if (!needed.has(request.url)) await cache.delete(request);
}

async function removeRoute(id: string): Promise<void> {
  const list = withoutRoute(await readList(), id);
  await writeList(list);
  await dropUnneeded(list);
}

/** Saves again the routes saved under an older build; when none is left, their old caches go. */
async function resume(): Promise<number> {
  const list = await readList();
  const old = outdated(list, BUILD);
  if (!old.length) return 0;
  const index = await routesIndex();
  let resaved = 0;
  for (const route of old) {
    const again = route.urls
      ? await saveEntry({ id: route.id, title: route.title, href: route.href, urls: route.urls })
      : index.routes[route.id]
        ? await saveRoute(route.id)
        : undefined;
    // A route the new build no longer has is no longer saved.
    if (!again) await writeList(withoutRoute(await readList(), route.id));
    else if (again.type === 'saved') resaved++;
  }
  if (!outdated(await readList(), BUILD).length) await Promise.all(staleCaches(await caches.keys(), BUILD, SCOPE, false).map((name) => caches.delete(name)));
  return resaved;
}

/** After a first search: Pagefind's index (what /pagefind/offline.json lists, within its size limits). */
async function precacheSearch(): Promise<void> {
  const cache = await caches.open(NAMES.search);
  const manifest = (await (await fetch(new URL('pagefind/offline.json', SCOPE).href, { cache: 'no-cache' })).json()) as {
    core: string[];
    fragments: string[];
    precacheCore: boolean;
    precacheFragments: boolean;
  };
  const core = manifest.precacheCore ? manifest.core : manifest.core.filter((p) => !HASHED_INDEX.test(p) || p.endsWith('.pf_meta'));
  const wanted = [...core, ...(manifest.precacheFragments ? manifest.fragments : [])];
  await pool(wanted, 6, async (p) => {
    // The list's paths start at the site root (/pagefind/…).
    const url = new URL(relativeToBase(p, new URL(SCOPE).pathname), SCOPE).href;
    try {
      if (HASHED_INDEX.test(p) && (await cache.match(url))) return;
      const response = await fetch(url, { cache: 'no-cache' });
      if (response.ok) await cache.put(url, response);
    } catch {
      // Left for the next search.
    }
  });
}
