/**
 * What "保存线路以便离线使用" stores for a route: everything the route page, its stops' pages, its full map and
 * the planner need that the app shell (the precache) does not already hold. Paths are relative to the site's
 * base, so the same list works when the site lives under a sub-path.
 */
import { SITE_DETAILS_PATH } from '../map/site-details.ts';
import { entryPagePath } from '../pack/urls.ts';
import { DEFAULT_LOCALE, type Locale, sitePath } from '../site/paths.ts';

/** The map's data, what its panels show of a site, and the whole-area overview: every map view needs them. */
export const MAP_DATA = ['map/overlays.geojson', 'map/sites.geojson', SITE_DETAILS_PATH, 'map/overview/all.svg'];

/**
 * Files the worker keeps as data (stale-while-revalidate), basemap tiles (.pbf) among them: a saved route keeps
 * those around its stops, and a visited view works offline. Never a PMTiles archive: the map reads it by byte
 * ranges, which a cache keyed by URL would answer with whichever range it stored first. It matches no route of the
 * worker, so the browser fetches it as it asks, Range header and all.
 */
export const CACHED_DATA = /\.(geojson|json|gpx|kml|svg|pbf)$/;

export interface RouteForSaving {
  id: string;
  title: string;
  /** Site ids of the stops, in order (repeats allowed). */
  sites: readonly string[];
  /** The language of the pages to keep (the reader's, on whose page "save" was pressed). */
  locale?: Locale;
  /** The offline basemap's tiles around the stops (see tilePathsAround), so the route's map has its basemap offline. */
  basemapTiles?: readonly string[];
}

/** The key of a route in /offline/routes.json: its id for the default language, `en:id` for an English page. */
export function saveKey(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? id : `${locale}:${id}`;
}

/** A site path (`/sites/x/`, or `/base/sites/x/` once the site has a base) relative to the base. */
export function relativeToBase(path: string, base = '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (path.startsWith(b)) return path.slice(b.length);
  return path.replace(/^\//, '');
}

export function routeSaveUrls(route: RouteForSaving, base = '/'): string[] {
  const rel = (p: string) => relativeToBase(p, base);
  const { locale } = route;
  const page = (p: string) => rel(sitePath(p, locale, base));
  const sites = [...new Set(route.sites)];
  const urls = [
    rel(entryPagePath('routes', route.id, locale)),
    ...['geojson', 'gpx', 'kml'].map((f) => `data/routes/${route.id}.${f}`),
    `map/overview/routes/${route.id}.svg`,
    ...sites.flatMap((s) => [rel(entryPagePath('sites', s, locale)), `map/overview/sites/${s}.svg`]),
    // The full map opens on the route (its state is in the query, which the worker ignores for pages).
    page('map/'),
    ...MAP_DATA,
    ...(route.basemapTiles ?? []),
    // The planner and its data are in the app shell too; kept here so a saved route does not depend on it.
    page('plan/'),
    'plan/data.json',
  ];
  return [...new Set(urls)];
}

/** The planner's current plan: its stops' pages, the map and the planner; the same for any plan of these sites. */
export function planSaveUrls(siteIds: readonly string[], base = '/', locale: Locale = DEFAULT_LOCALE): string[] {
  const sites = [...new Set(siteIds)];
  const page = (p: string) => relativeToBase(sitePath(p, locale, base), base);
  return [
    ...sites.flatMap((s) => [relativeToBase(entryPagePath('sites', s, locale), base), `map/overview/sites/${s}.svg`]),
    page('map/'),
    ...MAP_DATA,
    page('plan/'),
    'plan/data.json',
  ];
}

/** Paths a page may ask the worker to save: plain relative paths of the site, nothing above or beside it. */
export function isSavablePath(path: unknown): path is string {
  return typeof path === 'string' && path.length < 300 && /^[a-z0-9][a-z0-9/._-]*$/i.test(path) && !path.includes('..');
}

export interface OfflineRoutes {
  routes: Record<string, { title: string; href: string; urls: string[] }>;
}

/** /offline/routes.json: what the worker saves for each route in each language, read again after an update to re-save. */
export function offlineRoutes(routes: readonly RouteForSaving[], base = '/'): OfflineRoutes {
  return {
    routes: Object.fromEntries(
      routes.map((r) => [
        saveKey(r.id, r.locale),
        { title: r.title, href: relativeToBase(entryPagePath('routes', r.id, r.locale), base), urls: routeSaveUrls(r, base) },
      ]),
    ),
  };
}
