/** Index-page rows: what each collection shows beside the title, and in which order, in the page's language. */
import { uiFor } from '../i18n/index.ts';
import type { CollectionData, CollectionName } from '../pack/schemas.ts';
import { dateLabel, regionLabel } from './format.ts';
import { type LocalizedText, localized } from './localized.ts';
import type { Locale } from './paths.ts';

/** A piece of the line under a title: UI words, or the content's own text (place names), which keeps its language. */
export interface MetaPart {
  text: string;
  content?: boolean;
}

export interface ListItem extends LocalizedText {
  id: string;
  meta?: MetaPart[];
}

/**
 * `localeCompare(…, 'zh-CN')` makes a collator for each comparison: sorting 10,000 sites that way took 90 ms, for each
 * of the 202 index pages that list them. One collator compares the same.
 */
const zh = new Intl.Collator('zh-CN');

export function listItems<C extends CollectionName>(collection: C, entries: { id: string; data: CollectionData[C] }[], locale: Locale = 'zh-CN'): ListItem[] {
  const rows = entries.map(({ id, data }) => ({
    id,
    ...localized(data, locale),
    meta: metaOf(collection, data, locale),
    sortKey: sortKeyOf(collection, data),
    chinese: data.title,
  }));
  // One order in both languages: by the Chinese title, as the pack is written.
  rows.sort((a, b) => zh.compare(a.sortKey, b.sortKey) || zh.compare(a.chinese, b.chinese));
  return rows.map(({ sortKey: _, chinese: __, ...row }) => row);
}

/** The meta line as plain text (UI and content parts joined). */
export function metaText(meta: readonly MetaPart[] | undefined): string | undefined {
  return meta?.map((p) => p.text).join('');
}

function metaOf(collection: CollectionName, data: CollectionData[CollectionName], locale: Locale): MetaPart[] | undefined {
  const ui = uiFor(locale);
  switch (collection) {
    case 'sites': {
      const d = data as CollectionData['sites'];
      return [{ text: `${ui.siteKinds[d.kind]} · ` }, { text: d.regions.map(regionLabel).join(' ⇄ '), content: true }];
    }
    case 'routes': {
      const d = data as CollectionData['routes'];
      return [{ text: `${d.stops.length} ${ui.fields.stops} · ${d.modes.map((m) => ui.modes[m]).join(ui.punct.list)}` }];
    }
    case 'stories':
      return [{ text: dateLabel((data as CollectionData['stories']).date, locale) }];
    case 'partnerships': {
      const d = data as CollectionData['partnerships'];
      return d.signed ? [{ text: dateLabel(d.signed, locale) }] : undefined;
    }
    case 'transit': {
      const d = data as CollectionData['transit'];
      return [{ text: d.operatorCity, content: true }, ...(d.since ? [{ text: ` · ${dateLabel(d.since, locale)}` }] : [])];
    }
    case 'people': {
      // What the sources make of the person, first: the first role, with its date.
      const role = (data as CollectionData['people']).roles?.[0];
      return role ? [{ text: role.title, content: true }, ...(role.date ? [{ text: ` · ${dateLabel(role.date, locale)}` }] : [])] : undefined;
    }
    default:
      return undefined;
  }
}

/** Stories and partnerships read as a timeline; the rest by title. */
function sortKeyOf(collection: CollectionName, data: CollectionData[CollectionName]): string {
  if (collection === 'stories') return (data as CollectionData['stories']).date;
  if (collection === 'partnerships') return (data as CollectionData['partnerships']).signed ?? '9999';
  return '';
}
