/**
 * Browser side of the names index (src/search/names.ts): fetches the one part a query needs, once per page, and
 * ranks the entries whose names answer it.
 */
import { pageLocale } from '../../i18n/page-locale.ts';
import { sitePath } from '../../site/paths.ts';
import type { Hit } from '../hit.ts';
import { type NameRecord, type NamesInfo, namesQuery, partOf, rankNames } from '../names.ts';

const fetched = new Map<number, Promise<NameRecord[]>>();

function part(info: NamesInfo, n: number): Promise<NameRecord[]> {
  let records = fetched.get(n);
  if (!records) {
    records = fetch(`${sitePath(`search/names/${n}.json`, pageLocale())}?v=${info.version}`).then((r) => {
      if (!r.ok) throw new Error(`names index part ${n}: HTTP ${r.status}`);
      return r.json() as Promise<NameRecord[]>;
    });
    fetched.set(n, records);
    // Offline or a failed server: the next query asks again.
    records.catch(() => fetched.delete(n));
  }
  return records;
}

/**
 * The entries whose names answer the query, best first. Undefined when the names index does not answer this query,
 * or its part could not be fetched: the box asks Pagefind then.
 */
export async function nameHits(query: string, info: NamesInfo | undefined): Promise<Hit[] | undefined> {
  const nq = info && namesQuery(query, info.common);
  if (!info || !nq) return undefined;
  try {
    const locale = pageLocale();
    return rankNames(await part(info, partOf(nq.key, info.parts)), query, nq, (path) => sitePath(path, locale));
  } catch (err) {
    console.warn('names index unavailable, searching with Pagefind', err);
    return undefined;
  }
}
