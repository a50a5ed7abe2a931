/**
 * Browser side of the names index (src/search/names.ts): fetches what the index holds and the one file a query
 * needs, each once per page: the part whose entries it ranks by name, or the answer of a category word
 * (src/search/category-names.ts).
 */
import { pageLocale } from '../../i18n/page-locale.ts';
import { sitePath } from '../../site/paths.ts';
import { type CategoryAnswer, categoryFile, categoryWord } from '../category-names.ts';
import type { Hit } from '../hit.ts';
import { type NameRecord, type NamesInfo, nameHit, namesQuery, partOf, rankNames } from '../names.ts';

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
 * What the names index answers: the entries best first, how many there are, and the category word that found them,
 * if one did (the query itself, or the word its pinyin spells).
 */
export interface NamesAnswer {
  hits: Hit[];
  total: number;
  category?: string;
}

/**
 * The entries whose names answer the query, or the entries of the category it names, best first. Undefined when the
 * names index does not answer this query, or could not be fetched: the box asks Pagefind then.
 */
export async function nameHits(query: string, version: string | undefined): Promise<NamesAnswer | undefined> {
  if (!version || (!categoryWord(query) && !namesQuery(query))) return undefined;
  try {
    const info = await file<NamesInfo>('index.json', version);
    const href = (path: string) => sitePath(path, pageLocale());
    const word = categoryWord(query, info.spelled);
    if (word && info.categories.includes(word)) {
      const answer = await file<CategoryAnswer>(`${categoryFile(word)}.json`, version);
      return { hits: answer.r.map((r) => nameHit(r, href)), total: answer.n, category: word };
    }
    if (word) return undefined;
    const nq = namesQuery(query, info.common);
    if (!nq) return undefined;
    const records = await file<NameRecord[]>(`${partOf(nq.key, info.parts)}.json`, version);
    const hits = rankNames(records, query, nq, href);
    return { hits, total: hits.length };
  } catch (err) {
    console.warn('names index unavailable, searching with Pagefind', err);
    return undefined;
  }
}
