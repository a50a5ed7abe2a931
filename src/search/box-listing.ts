/**
 * What the header search box shows for a query, decided without the DOM: the groups of options in the
 * listbox, the note under it and what the live region announces. client/box.ts only turns this into elements.
 */
import type { UiStrings } from '../i18n/zh-CN.ts';
import type { Hit } from './hit.ts';
import { fill, groupByType, tier } from './query.ts';

type Strings = UiStrings['search']['client'];

/** One option of the listbox; `n` numbers the options in reading order (their element ids). */
export interface BoxOption {
  n: number;
  href: string;
  /** The result it opens; absent for the "see all" option. */
  hit?: Hit;
  /** The text of an option that is not a result. */
  text?: string;
}

export interface BoxGroup {
  /** The collection, or `closest` for the closest matches. */
  key: string;
  label: string;
  options: BoxOption[];
}

export interface BoxListing {
  groups: BoxGroup[];
  /** The option that opens the search page with every result. */
  all?: BoxOption;
  /** Shown in the popup under the options (nothing found, loading, unavailable). */
  note: string;
  /** Said by the live region; the same words are not said twice in a row by the view. */
  announce: string;
  /** The query the listing is for (`data-query` on the listbox), empty for none. */
  query: string;
}

export const EMPTY_LISTING: BoxListing = { groups: [], note: '', announce: '', query: '' };

export function loadingListing(strings: Strings): BoxListing {
  return { ...EMPTY_LISTING, note: strings.loading };
}

/** `why` is the reader's words for the failure (failure.ts). */
export function unavailableListing(why: string, query: string): BoxListing {
  return { groups: [], note: why, announce: why, query };
}

export interface ResultsInput {
  query: string;
  /** The results shown, best first (already re-ranked). */
  hits: readonly Hit[];
  /** How many results the query has in all. */
  total: number;
  /** Closest matches, asked for only when nothing matched. */
  closest: readonly Hit[];
  /** Entries whose names sound like a mistyped query ("您是不是要找"), listed before everything else. */
  suggested?: readonly Hit[];
  /** The type the query names (公交 → transit): its group comes first. */
  namedType?: string;
  /** The search page's address for this query. */
  searchPage: string;
  strings: Strings;
  /** Collection names in the page's language. */
  collections: Record<string, string>;
  /**
   * Where the hits come from: Pagefind's full text, entries whose names answer the query (names.ts), or the entries of
   * the category the query names and those whose names hold it (category-names.ts). For the last two the search page
   * may find more in the texts.
   */
  from?: 'text' | 'names' | 'category';
  /** The category word that found them (the query, or the word its pinyin spells: `dqfwzx` → 党群服务中心). */
  word?: string;
}

/**
 * "您是不是要找" first when the query looks mistyped; then results grouped by collection, the group of the type the
 * query names first, then the groups with more titles that answer the query, then in rank order of their best; then
 * "see all N"; or the closest matches under "nothing found".
 */
export function resultsListing({
  query,
  hits,
  total,
  closest,
  suggested = [],
  namedType,
  searchPage,
  strings,
  collections,
  from = 'text',
  word = query,
}: ResultsInput): BoxListing {
  let n = 0;
  const option = (hit: Hit): BoxOption => ({ n: n++, href: hit.url, hit });
  const suggestUrls = new Set(suggested.map((h) => h.url));
  const suggest = suggested.length ? [{ key: 'suggest', label: strings.suggest, options: suggested.map(option) }] : [];
  const rest = hits.filter((h) => !suggestUrls.has(h.url));
  if (rest.length) {
    const groups = groupByType(rest, namedType, (h) => tier(h, query) <= 2).map((g) => ({
      key: g.type,
      label: collections[g.type] ?? g.type,
      options: g.items.map(option),
    }));
    const all = { n: n++, href: searchPage, text: from === 'text' ? fill(strings.seeAll, { n: total }) : strings.seeAllText };
    const count = { text: strings.count, names: strings.nameCount, category: strings.categoryCount }[from];
    return { groups: [...suggest, ...groups], all, note: '', announce: fill(count, { n: total, q: word }), query };
  }
  const none = fill(strings.none, { q: query });
  const others = closest.filter((h) => !suggestUrls.has(h.url));
  const groups = [...suggest, ...(others.length ? [{ key: 'closest', label: strings.closest, options: others.map(option) }] : [])];
  const announce = suggested.length ? `${none}${strings.suggestLead}${suggested.map((h) => h.title).join('、')}` : none;
  return { groups, note: none, announce, query };
}

/** The option made active by ↓ (step 1) or ↑ (step -1): from none to the first or last, then round. */
export function stepActive(active: number, step: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (active < 0) return step > 0 ? 0 : count - 1;
  return (active + step + count) % count;
}

/** The popup opens only when it has something to show. */
export function hasContent(listing: BoxListing): boolean {
  return listing.groups.length > 0 || listing.note !== '';
}
