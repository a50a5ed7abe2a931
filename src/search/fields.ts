/**
 * Names shared by the build (which writes them into the index) and the browser (which reads them).
 * Imports nothing but the path rule: the browser bundle must not pull in pinyin-pro or the pack.
 */
import { sitePath } from '../site/paths.ts';

/** Filters of the search page, in the order it shows them; also the query-string keys of a search address. */
export const FILTERS = ['type', 'kind', 'region', 'band', 'partnership'] as const;
export type FilterName = (typeof FILTERS)[number];
export type Filters = Record<FilterName, string[]>;

/**
 * Ranking weights of metadata fields (Pagefind's `metaWeights`): the title and its pinyin count as title matches,
 * the pinyin of the whole title above that of a part of it; other names (`aka`) nearly as much as the title; a word
 * that names the entry's type or kind (`cat`) above any mention in a text; fuzzy pinyin of names (`fz`) as much as exact
 * pinyin, since every exact key has its fuzzy form there too, and of places and quoted names (`fzp`) like `alias`;
 * `pyt` (syllables for highlighting) does not count.
 */
export const META_WEIGHTS: Record<string, number> = { title: 5, py: 7, pyp: 5, aka: 6, cat: 8, fz: 7, fzp: 1, en: 4, alias: 1, sub: 1, pyt: 0 };

/** Where the Pagefind bundle is served. */
export const PAGEFIND_PATH = sitePath('pagefind/');
