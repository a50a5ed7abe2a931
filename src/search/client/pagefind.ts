/**
 * Browser side: loads the Pagefind bundle of the build (/pagefind/pagefind.js) on demand and turns its
 * results into the few fields the search UI shows. Only this module talks to Pagefind.
 */

import { BASE, sitePath } from '../../site/paths.ts';
import { failureOfStatus, type SearchFailure } from '../failure.ts';
import { type Filters, META_WEIGHTS, PAGEFIND_PATH } from '../fields.ts';
import { fuzzyQuery } from '../fuzzy.ts';
import type { Hit } from '../hit.ts';
import { emptyFilters, mergeResults, normalizeQuery, pagefindFilters, relaxedQueries, tier } from '../query.ts';
import { bySound, type Sounds, soundIndex, typoKeys } from '../typo.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface RawResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: RawResult[];
  /** How many results the query has without the filters. */
  unfilteredResultCount: number;
  /** Results per filter value for this query and filters. */
  filters: Record<string, Record<string, number>>;
  /** Results per filter value for this query without filters. */
  totalFilters: Record<string, Record<string, number>>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<SearchResponse | null>;
}

let api: Promise<PagefindApi> | undefined;

/** Loads Pagefind once; a failed load (no index in dev, network gone) is retried on the next call. */
export function loadPagefind(): Promise<PagefindApi> {
  if (!api) {
    const url = `${PAGEFIND_PATH}pagefind.js`;
    api = (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pf) => {
      // Result addresses are the pages' paths in the build; under a base path they need it in front. The excerpt's
      // window is 60 words, not 24: a Chinese word is a character or two, and the titles the page leaves out of the
      // excerpt (withoutTitles) took most of 24. clipExcerpt cuts it to EXCERPT_CHARS around the first match.
      await pf.options({ ranking: { metaWeights: META_WEIGHTS }, excerptLength: 60, baseUrl: BASE });
      await pf.init();
      return pf;
    });
    api.catch(() => {
      api = undefined;
    });
  }
  return api;
}

/**
 * After a failed load: asks for the bundle's entry files again, bypassing the HTTP cache, to learn whether they
 * are missing, the server fails, or nothing answers at all.
 */
export async function diagnoseFailure(): Promise<SearchFailure> {
  for (const file of ['pagefind.js', 'pagefind-entry.json']) {
    let status: number;
    try {
      const response = await fetch(`${PAGEFIND_PATH}${file}`, { cache: 'no-store' });
      void response.body?.cancel();
      status = response.status;
    } catch {
      return { kind: 'unreachable' };
    }
    const failure = failureOfStatus(status);
    if (failure) return failure;
  }
  return { kind: 'broken' };
}

let filterIndex: Promise<unknown> | undefined;

/** Loads every filter's index, so that results count each filter value (Pagefind otherwise loads only the filters in use). */
export function loadFilters(): Promise<unknown> {
  filterIndex ??= loadPagefind().then((pf) => pf.filters());
  filterIndex.catch(() => {
    filterIndex = undefined;
  });
  return filterIndex;
}

const NOTHING: SearchResponse = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/**
 * Runs a search; an empty query with filters lists everything the filters allow. A query in Latin letters is also
 * searched in its fuzzy-pinyin form (fuzzy.ts), and the two result lists merged; the filter counts are then those of
 * whichever search found more, a lower bound of the merged ones.
 */
export async function search(query: string, filters: Filters = emptyFilters()): Promise<SearchResponse> {
  const pf = await loadPagefind();
  const q = normalizeQuery(query);
  const f = pagefindFilters(filters);
  if (!q && Object.keys(f).length === 0) return NOTHING;
  const exact = (await pf.search(q || null, { filters: f })) ?? NOTHING;
  const fq = q ? fuzzyQuery(q.replaceAll('ü', 'v')) : '';
  if (!fq) return exact;
  const fuzzy = (await pf.search(fq, { filters: f })) ?? NOTHING;
  if (!fuzzy.results.length) return exact;
  const more = fuzzy.unfilteredResultCount > exact.unfilteredResultCount ? fuzzy : exact;
  return { ...more, results: await withoutStrays(mergeResults(exact.results, fuzzy.results), exact.results, q) };
}

/** Results of the fuzzy search checked at most: those the header box shows, whose fragments it loads anyway. */
const CHECKED = 8;

/**
 * Pagefind answers a word it does not know with loose matches of its own (`ytls` finds two pages), so a result only
 * the fuzzy search found, among the first ones, stays only if its title answers the query (tier ≤ 2).
 */
async function withoutStrays(merged: RawResult[], exact: readonly RawResult[], q: string): Promise<RawResult[]> {
  const typed = new Set(exact.map((r) => r.id));
  const stray = new Set<string>();
  await Promise.all(
    merged.slice(0, CHECKED).map(async (r) => {
      if (!typed.has(r.id) && tier(await hitOf(r), q) > 2) stray.add(r.id);
    }),
  );
  return merged.filter((r) => !stray.has(r.id));
}

export async function hitOf(result: RawResult): Promise<Hit> {
  const d = await result.data();
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    sub: d.meta.sub ?? '',
    type: d.filters.type?.[0] ?? '',
    excerpt: d.excerpt,
    pyt: d.meta.pyt ?? '',
    en: d.meta.en,
    cat: d.meta.cat ?? '',
  };
}

export function hitsOf(results: readonly RawResult[]): Promise<Hit[]> {
  return Promise.all(results.map(hitOf));
}

/** When a query finds nothing: the best results of looser queries (each word alone, the query cut shorter), without filters. */
export async function closestHits(query: string, limit = 5): Promise<Hit[]> {
  const seen = new Set<string>();
  const picked: RawResult[] = [];
  for (const q of relaxedQueries(query)) {
    const { results } = await search(q);
    for (const r of results) {
      if (picked.length >= limit) break;
      if (!seen.has(r.id)) {
        seen.add(r.id);
        picked.push(r);
      }
    }
    if (picked.length >= limit) break;
  }
  return hitsOf(picked);
}

let sounds: Promise<Map<string, string[]>> | undefined;

function loadSounds(): Promise<Map<string, string[]>> {
  sounds ??= fetch(sitePath('search-sounds.json'))
    .then((r) => (r.ok ? (r.json() as Promise<Sounds>) : {}))
    .then(soundIndex);
  sounds.catch(() => {
    sounds = undefined;
  });
  return sounds;
}

/**
 * "您是不是要找": entries whose name sounds like a mistyped Chinese query (typo.ts), best guess first. The caller asks
 * only when no title shown holds the query (needsTypoRetry); the sound table is fetched on the first such query.
 */
export async function typoSuggestions(query: string, limit = 3): Promise<Hit[]> {
  const keys = typoKeys(query, await loadSounds());
  const pf = await loadPagefind();
  const picked: Hit[] = [];
  for (const key of keys) {
    // Already a fuzzy key: searched as it is. Of the first few, titles that sound like the key, the name itself first.
    const hits = bySound(await hitsOf((await pf.search(key))?.results.slice(0, 6) ?? []), key);
    for (const h of hits.slice(0, 2)) if (picked.length < limit && !picked.some((p) => p.url === h.url)) picked.push(h);
    if (picked.length >= limit) break;
  }
  return picked;
}
