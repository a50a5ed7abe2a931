/**
 * Names of the service worker's caches. Every cache but the saved-routes list carries the build id, so a new
 * deploy starts from clean caches and the old ones can be found and deleted; the scope is in the name because
 * two copies of the site under different sub-paths of one origin share one CacheStorage.
 */
export const CACHE_PREFIX = 'dangjian';

export const CACHE_KINDS = ['precache', 'pages', 'assets', 'data', 'search', 'saved'] as const;
export type CacheKind = (typeof CACHE_KINDS)[number];

export function cacheName(kind: CacheKind, build: string, scope: string): string {
  return `${CACHE_PREFIX}-${kind}-${build}@${scope}`;
}

export type CacheNames = Record<CacheKind, string>;

export function cacheNames(build: string, scope: string): CacheNames {
  return Object.fromEntries(CACHE_KINDS.map((k) => [k, cacheName(k, build, scope)])) as CacheNames;
}

/** The list of saved routes outlives builds: it is what says which routes to save again after an update. */
export function metaCacheName(scope: string): string {
  return `${CACHE_PREFIX}-meta@${scope}`;
}

export function parseCacheName(name: string): { kind: CacheKind; build: string; scope: string } | undefined {
  const m = /^dangjian-([a-z]+)-([0-9a-z]+)@(.+)$/.exec(name);
  if (!m || !(CACHE_KINDS as readonly string[]).includes(m[1] as string)) return undefined;
  return { kind: m[1] as CacheKind, build: m[2] as string, scope: m[3] as string };
}

/** Caches of older service workers of this site: the search-only worker and Workbox's default precache. */
const LEGACY = [/^dangjian-search-v\d+$/, /^workbox-precache-v2-/];

/**
 * Caches to delete when a build's worker activates: this scope's caches of other builds and the legacy ones.
 * Saved-route caches of other builds are kept while `keepSaved` (until the routes are saved again), so a route
 * saved before the update still opens offline if saving it again fails.
 */
export function staleCaches(names: readonly string[], build: string, scope: string, keepSaved = true): string[] {
  return names.filter((name) => {
    if (LEGACY.some((re) => re.test(name))) return name.startsWith('dangjian-') || name.endsWith(scope);
    const parsed = parseCacheName(name);
    if (!parsed || parsed.scope !== scope || parsed.build === build) return false;
    return !(keepSaved && parsed.kind === 'saved');
  });
}

/** Pages and Pagefind's entry file are one resource whatever their query (/plan/?s=…, pagefind-entry.json?ts=…). */
export function withoutSearch(url: string): string {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
}
