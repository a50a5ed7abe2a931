/**
 * The map's find box: which sites a typed text keeps. Part of the map's state (`?q=`), so the list, the markers,
 * the counts and a shared link all follow the one rule in filter.ts.
 */
import type { SiteProps } from './types.ts';

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The words of a query, folded (full-width forms, case); none for a blank one. */
export function queryWords(query: string | undefined): string[] {
  return (query ?? '').normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
}

/** A site matches when its title (either language) or its regions hold every word typed. */
export function matchesFind(p: Pick<SiteProps, 'title' | 'titleEn' | 'regions'>, words: readonly string[]): boolean {
  if (!words.length) return true;
  const text = fold([p.title, p.titleEn ?? '', ...p.regions].join(' '));
  return words.every((w) => text.includes(w));
}
