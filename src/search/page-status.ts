/**
 * What the search page (/search/) says and offers for a search, decided without the DOM: the form read into a
 * state, the status line, "remove the filters", the "show on map" link. client/page.ts only binds these to elements.
 */
import type { UiStrings } from '../i18n/zh-CN.ts';
import { FILTERS } from './fields.ts';
import type { Hit } from './hit.ts';
import { emptyFilters, fill, hasFilters, type SearchState } from './query.ts';

type Strings = UiStrings['search']['client'];

/** Results listed at a time; "show more" adds as many again. */
export const PAGE_SIZE = 20;
/** Sites passed to the map at most (their ids go in the address). */
export const MAP_LIMIT = 100;

/** The form as a search: the trimmed query and every ticked box of a known filter, in the form's order. */
export function formState(query: string, ticked: readonly { name: string; value: string }[]): SearchState {
  const filters = emptyFilters();
  for (const b of ticked) if ((FILTERS as readonly string[]).includes(b.name)) filters[b.name as keyof typeof filters].push(b.value);
  return { q: query.trim(), filters };
}

/** Nothing typed and nothing ticked: the page only invites a search. */
export function isIdle(state: SearchState): boolean {
  return !state.q && !hasFilters(state.filters);
}

export interface NothingFound {
  status: string;
  /** The "remove the filters" button's text, when removing them would find something. */
  unfilter?: string;
  /** Whether closest matches are worth asking for (they need words to be close to). */
  closest: boolean;
}

/** Why nothing was found, and the way out: without the filters (when that finds something) or the closest matches. */
export function nothingFound(state: SearchState, unfilteredCount: number, strings: Strings): NothingFound {
  const filtered = hasFilters(state.filters);
  const status = !state.q ? strings.noneForFilters : fill(filtered ? strings.noneFiltered : strings.none, { q: state.q });
  const unfilter = filtered && state.q && unfilteredCount > 0 ? fill(strings.removeFilters, { n: unfilteredCount }) : undefined;
  return { status, ...(unfilter ? { unfilter } : {}), closest: state.q !== '' };
}

/** Whether the results can hold sites to show on the map: no type chosen, or sites among the types. */
export function mayShowOnMap(state: SearchState): boolean {
  return !state.filters.type.length || state.filters.type.includes('sites');
}

/**
 * The map link for the first sites found (at most MAP_LIMIT of `total`): how many it shows and what it says, or none
 * when no site was found. Its address needs the sites' ids, which are in their Pagefind fragments, a request each
 * (client/page.ts fetches them when the visitor reaches for the link).
 */
export function mapOffer(total: number, strings: Strings): { count: number; text: string } | undefined {
  if (total <= 0) return undefined;
  const count = Math.min(total, MAP_LIMIT);
  return { count, text: fill(total > count ? strings.showFirstOnMap : strings.showOnMap, { n: count }) };
}

/** The filters start folded on a phone, unless the address chose some: they would push the results down. */
export function filtersOpen(state: SearchState, phone: boolean): boolean {
  return hasFilters(state.filters) || !phone;
}

/**
 * The first page of results when the names index answers the query too: the entries whose names answer it lead, in
 * the names' order, each as Pagefind found it when it did (with its excerpt); Pagefind's other hits follow. So the
 * list the names showed while Pagefind loaded keeps its order, and every query puts the entries named by it first
 * (毗邻 lists the partnerships named 毗邻… before texts that mention it once). `rest` waits for the next page.
 */
export function namesLead(named: readonly Hit[], found: readonly Hit[], size = PAGE_SIZE): { page: Hit[]; rest: Hit[] } {
  const byUrl = new Map(found.map((h) => [h.url, h]));
  const lead = named.slice(0, size).map((h) => byUrl.get(h.url) ?? h);
  const led = new Set(lead.map((h) => h.url));
  const others = found.filter((h) => !led.has(h.url));
  const room = size - lead.length;
  return { page: [...lead, ...others.slice(0, room)], rest: others.slice(room) };
}
