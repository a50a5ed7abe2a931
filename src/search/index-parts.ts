/**
 * The search index is built one language at a time, each by its own Pagefind process, and the parts written into one
 * bundle. Pagefind keeps every page it has read in memory until it writes (180 kB a page at 1,000 sites, 270 kB a
 * Chinese page at 10,000, whatever the page's size), so one process for the whole site peaked at 3.6 GB with 10,000 sites. Each language's index is
 * separate in the bundle anyway (files named by language, listed in pagefind-entry.json), so a part's files are the
 * ones one process for the whole site would write: the merged bundle is the same, byte for byte.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale, localeFolder } from '../site/paths.ts';

/** The bundle folder, which holds no page. */
const BUNDLE = 'pagefind';

export interface IndexPart {
  locale: Locale;
  /** Pagefind glob, relative to the built site's folder, of the part's HTML files. */
  glob: string;
}

/**
 * One part per language: a language with its own folder (`en/`) reads that folder, the default language every other
 * folder of the built site (`topLevel`, the names of its folders) and the pages at its top.
 */
export function indexParts(topLevel: readonly string[]): IndexPart[] {
  const own = LOCALES.map(localeFolder).filter(Boolean);
  const rest = topLevel.filter((d) => d !== BUNDLE && !own.includes(d)).sort();
  return LOCALES.map((locale) => {
    if (locale !== DEFAULT_LOCALE) return { locale, glob: `${localeFolder(locale)}/**/*.html` };
    return { locale, glob: rest.length ? `{*.html,{${rest.join(',')}}/**/*.html}` : '*.html' };
  });
}

/** pagefind-entry.json: the bundle's version, and each language's index. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/**
 * The entry file of the whole bundle, from those the parts wrote. A language in two parts means a page sits outside
 * its language's folder, and the second part has overwritten the first one's files: the build stops.
 */
export function mergeEntries(parts: readonly PagefindEntry[]): PagefindEntry {
  const [first] = parts;
  if (!first) throw new Error('No part of the search index was written');
  const languages: PagefindEntry['languages'] = {};
  for (const part of parts) {
    if (part.version !== first.version) throw new Error(`Parts of the search index come from Pagefind ${first.version} and ${part.version}`);
    for (const [language, index] of Object.entries(part.languages)) {
      if (languages[language])
        throw new Error(
          `Pages in ${language} are in two parts of the site: each language's pages must sit in its own folder (${LOCALES.map((l) => `${l}: /${localeFolder(l)}`).join(', ')})`,
        );
      languages[language] = index;
    }
  }
  // Sorted, as Pagefind writes them (a BTreeMap).
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...first, languages: sorted };
}
