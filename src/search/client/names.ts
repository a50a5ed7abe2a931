/**
 * Browser side of the names index (src/search/names.ts): fetches what the index holds and the one part a query
 * needs, each once per page, and ranks the entries whose names answer it.
 */
import { pageLocale } from '../../i18n/page-locale.ts';
import { sitePath } from '../../site/paths.ts';
import type { Hit } from '../hit.ts';
import { type NameRecord, type NamesInfo, namesQuery, partOf, rankNames } from '../names.ts';

const fetched = new Map<string, Promise<unknown>>();

/** A file of the names index, asked for with the version the page was built with. */
function file<T>(name: string, version: string): Promise<T> {
  let body = fetched.get(name);
  if (!body) {
    body = fetch(`${sitePath(`search/names/${name}`, pageLocale())}?v=${version}`).then((r) => {
      if (!r.ok) throw new Error(`names index ${name}: HTTP ${r.status}`);
      return r.json();
    });
    fetched.set(name, body);
    // Offline or a failed server: the next query asks again.
    body.catch(() => fetched.delete(name));
  }
  return body as Promise<T>;
}

/**
 * The entries whose names answer the query, best first. Undefined when the names index does not answer this query,
 * or could not be fetched: the box asks Pagefind then.
 */
export async function nameHits(query: string, version: string | undefined): Promise<Hit[] | undefined> {
  if (!version || !namesQuery(query)) return undefined;
  try {
    const info = await file<NamesInfo>('index.json', version);
    const nq = namesQuery(query, info.common);
    if (!nq) return undefined;
    const locale = pageLocale();
    const records = await file<NameRecord[]>(`${partOf(nq.key, info.parts)}.json`, version);
    return rankNames(records, query, nq, (path) => sitePath(path, locale));
  } catch (err) {
    console.warn('names index unavailable, searching with Pagefind', err);
    return undefined;
  }
}
