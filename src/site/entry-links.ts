/** Titles and links of every entry, for pages that name entries of other collections. */
import { fromPack, getPack } from '../pack/index.ts';
import { getMemberships } from '../pack/membership.ts';
import { buildRelations, type Relations } from '../pack/relations.ts';
import type { CollectionName } from '../pack/schemas.ts';
import { entryPagePath } from '../pack/urls.ts';
import { localized } from './localized.ts';
import type { Locale } from './paths.ts';

export function getRelations(): Relations {
  return fromPack('relations', () => buildRelations(getPack().entries, getMemberships()));
}

/** A link to an entry in the page's language: its English title on English pages when it has one; `lang` marks the Chinese one there. */
export function linkOf(collection: CollectionName, id: string, locale: Locale = 'zh-CN'): { href: string; title: string; lang?: string } {
  const entry = getPack().entries[collection].find((e) => e.id === id);
  const text = entry ? localized(entry.data, locale) : undefined;
  return { href: entryPagePath(collection, id, locale), title: text?.title ?? id, ...(text?.titleLang ? { lang: text.titleLang } : {}) };
}
