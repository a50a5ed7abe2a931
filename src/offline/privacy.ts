/**
 * What this device keeps, and for how long. Offices and libraries share computers: a page kept from a visit is
 * history the next person can read on the offline page, so it is kept for a week; what a reader saves on purpose
 * (routes, the plan) stays until removed or cleared with "清除本机保存的数据".
 */
import { type CacheKind, metaCacheName, parseCacheName } from './cache-names.ts';

/** When a page was kept, written by the service worker on the copy it stores. */
export const KEPT_AT_HEADER = 'X-Dangjian-Kept-At';
export const PAGE_MAX_AGE_DAYS = 7;
export const PAGE_MAX_AGE_MS = PAGE_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;

/** A kept page's time: the worker's stamp, else the server's Date header; undefined when neither is readable. */
export function keptAt(headers: Headers): number | undefined {
  for (const value of [headers.get(KEPT_AT_HEADER), headers.get('Date')]) {
    const time = value ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(time)) return time;
  }
  return undefined;
}

/** Past the age limit, or of unknown age (then it cannot be shown to be within it). */
export function isExpired(headers: Headers, now: number, maxAge = PAGE_MAX_AGE_MS): boolean {
  const time = keptAt(headers);
  return time === undefined || now - time > maxAge;
}

/** A copy of a response with the time it was kept, for isExpired. */
export function stamped(response: Response, now: number): Response {
  const headers = new Headers(response.headers);
  headers.set(KEPT_AT_HEADER, new Date(now).toUTCString());
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * What "清除本机保存的数据" deletes: the pages kept from visits, saved routes and plans (of any build), their list
 * and the data kept with them, of this copy of the site only. The app shell and the hashed scripts and search index
 * stay: they are the same for everyone and hold nothing of the reader's.
 */
const PERSONAL: readonly CacheKind[] = ['pages', 'saved', 'data'];

export function personalCaches(names: readonly string[], scope: string): string[] {
  return names.filter((name) => {
    if (name === metaCacheName(scope)) return true;
    const parsed = parseCacheName(name);
    return parsed !== undefined && parsed.scope === scope && PERSONAL.includes(parsed.kind);
  });
}

/** localStorage keys of this site: the plan (src/routes/storage.ts) and anything later stored under the same prefix. */
export const STORAGE_PREFIX = 'dangjian-map:';

export function personalKeys(keys: readonly string[]): string[] {
  return keys.filter((k) => k.startsWith(STORAGE_PREFIX));
}
