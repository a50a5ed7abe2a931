/** The list of routes saved for offline use, kept as JSON in the meta cache. Pure: the worker and pages share it. */
export interface SavedRoute {
  id: string;
  title: string;
  /** Site-relative address of the route page (relative to the site's base). */
  href: string;
  /** Build whose files are saved: a route saved under an older build is saved again after an update. */
  build: string;
  savedAt: string;
  files: number;
  bytes: number;
  /** The files, for a saved plan (a route's are in /offline/routes.json). */
  urls?: string[];
}

export interface SavedList {
  routes: SavedRoute[];
}

/** Where the list lives in the meta cache, under the site's scope (not a file the server has). */
export const SAVED_LIST_PATH = '__offline/saved.json';

export function parseSavedList(text: string | undefined): SavedList {
  if (!text) return { routes: [] };
  try {
    const data = JSON.parse(text) as Partial<SavedList>;
    return { routes: Array.isArray(data.routes) ? data.routes.filter((r) => r && typeof r.id === 'string') : [] };
  } catch {
    return { routes: [] };
  }
}

export function withRoute(list: SavedList, route: SavedRoute): SavedList {
  return { routes: [...list.routes.filter((r) => r.id !== route.id), route].sort((a, b) => a.title.localeCompare(b.title, 'zh-CN')) };
}

export function withoutRoute(list: SavedList, id: string): SavedList {
  return { routes: list.routes.filter((r) => r.id !== id) };
}

/** Routes whose files belong to another build. */
export function outdated(list: SavedList, build: string): SavedRoute[] {
  return list.routes.filter((r) => r.build !== build);
}

/** Files still needed by the routes that remain, given each route's files: what removing a route must keep. */
export function stillNeeded(urlsOf: (id: string) => readonly string[], remaining: readonly SavedRoute[]): Set<string> {
  return new Set(remaining.flatMap((r) => urlsOf(r.id)));
}
