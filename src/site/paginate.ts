/**
 * Index pages in pages of PAGE_SIZE: the no-JavaScript way to every entry stays complete at 10,000 sites without
 * one page of half a megabyte. Page 1 is the collection's own address; page n is `…/page/n/`.
 */
import type { CollectionName } from '../pack/schemas.ts';
import { collectionPath } from '../pack/urls.ts';
import type { Locale } from './paths.ts';

export const PAGE_SIZE = 100;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The entries of page `page` (from 1). */
export function pageItems<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

export function indexPagePath(collection: CollectionName, page: number, locale?: Locale): string {
  const first = collectionPath(collection, locale);
  return page <= 1 ? first : `${first}page/${page}/`;
}

/**
 * Which page numbers the pager links: the first, the last, and two either side of the current one; `null` stands
 * for the pages left out between them ("…").
 */
export function pagerNumbers(current: number, pages: number): (number | null)[] {
  const keep = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= pages));
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, n] of sorted.entries()) {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev > 1) out.push(null);
    out.push(n);
  }
  return out;
}
