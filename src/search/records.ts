/**
 * What the search index knows about each entry beyond its visible text: the filters of the
 * search page (type, kind, region, colour band, partnership) and hidden metadata that Pagefind
 * searches but never shows in an excerpt (pinyin of the title, English words, place-name pinyin).
 * Pure: built from the pack's entries at build time.
 */
import { uiFor, ui as zh } from '../i18n/index.ts';
import type { PackEntries, PackEntry } from '../pack/load.ts';
import { type Memberships, memberships, withWider } from '../pack/membership.ts';
import { buildRelations, type Relations, relatedOf } from '../pack/relations.ts';
import type { CollectionData, CollectionName, Region } from '../pack/schemas.ts';
import { regionLabel } from '../site/format.ts';
import { listItems, metaText } from '../site/list-items.ts';
import type { Locale } from '../site/paths.ts';
import { CATEGORIES, categoryWords, type EntryClass } from './categories.ts';
import type { Filters } from './fields.ts';
import { fuzzyKey } from './fuzzy.ts';
import { alignedSyllables, phraseKeys, pinyinKeys, quotedPhrases, titleKeys } from './pinyin.ts';

/** English words a reader may type for each type of entry ("bus" finds the bus lines). */
export const TYPE_WORDS: Record<CollectionName, string> = {
  sites: 'site sites place places',
  routes: 'route routes tour tours itinerary',
  belts: 'belt belts band bands demonstration',
  transit: 'bus buses line lines transit',
  partnerships: 'partnership partnerships alliance cooperation',
  stories: 'story stories event events history article',
  people: 'person people figure figures',
};

/** Metadata fields written for each entry. `py`, `en` and `alias` are there to be searched; `sub` and `pyt` are read by the result list. */
export interface SearchMeta {
  /** The line under the title in results: kind and regions for a site, stops, dates or operator for the rest. */
  sub: string;
  /** Pinyin of the whole title, joined and as initials (mingyueshantang, myst). */
  py: string;
  /** Pinyin keys of parts of the title (syllables, joined stretches and their initials). */
  pyp: string;
  /** One syllable per character of the title ('.' where a character is not Chinese), to highlight a pinyin match in the title. */
  pyt: string;
  /** English title, if any. */
  en?: string;
  /** Type words in English and Chinese, the site kind, pinyin of quoted names and slogans and of place names. */
  alias: string;
  /** The entry's other names (`aliases`) and their pinyin, joined and as initials. */
  aka?: string;
  /** Words that name the entry's type, kind, or its crossing a provincial border (src/search/categories.ts). */
  cat: string;
  /** Fuzzy-pinyin forms (src/search/fuzzy.ts) of the pinyin keys of the title and other names. */
  fz: string;
  /** Fuzzy-pinyin forms of the quoted names and place names in `alias`. */
  fzp?: string;
}

export interface SearchRecord {
  filters: Filters;
  meta: SearchMeta;
  /** What the entry is, as the category words see it (categories.ts). */
  entry: EntryClass;
}

/** Value of a band in the `band` filter: bands are unique within their belt only. */
export function bandValue(belt: string, band: string): string {
  return `${belt}/${band}`;
}

/** The region filter works at county level (平湖市, 金山区), falling back to city or province. */
export function regionValue(r: Region): string {
  return r.county ?? r.city ?? r.province;
}

export interface SearchContext {
  entries: PackEntries;
  relations: Relations;
  /** Entries by `collection/id`. */
  byKey: Map<string, PackEntry>;
  /** Who belongs to which partnership and band (src/pack/membership.ts). */
  members: Memberships;
}

export function searchContext(
  entries: PackEntries,
  relations: Relations = buildRelations(entries),
  members: Memberships = memberships(entries),
): SearchContext {
  const byKey = new Map<string, PackEntry>();
  for (const list of Object.values(entries) as PackEntry[][]) for (const e of list) byKey.set(`${e.collection}/${e.id}`, e);
  return { entries, relations, byKey, members };
}

/**
 * The record of an entry's page in one language. Both languages' pages carry the pinyin keys and type words, so that
 * Chinese and pinyin queries find English pages too; `sub` is in the page's language, and `en` holds the title in
 * the other language (the English title on Chinese pages, the Chinese one on English pages).
 */
export function searchRecord<C extends CollectionName>(ctx: SearchContext, collection: C, id: string, locale: Locale = 'zh-CN'): SearchRecord {
  const ui = uiFor(locale);
  const entry = ctx.byKey.get(`${collection}/${id}`);
  if (!entry) throw new Error(`no entry ${collection}/${id} in the pack`);
  const data = entry.data as CollectionData[CollectionName];
  const related = relatedOf(ctx.relations, { collection, id });
  const regions = regionsOf(ctx, collection, data, related);

  const filters: Filters = {
    type: [collection],
    kind: collection === 'sites' ? [(data as CollectionData['sites']).kind] : [],
    region: unique(regions.map(regionValue)),
    band: bandsOf(ctx, collection, id, data),
    partnership:
      collection === 'sites'
        ? (ctx.members.partnershipsOfSite.get(id) ?? [])
        : withWider(ctx.entries, collection === 'partnerships' ? [id, ...(related.partnerships ?? [])] : (related.partnerships ?? [])),
  };

  const phrases = quotedPhrases(`${data.summary}\n${entry.body}`);
  const places = unique(regions.flatMap((r) => [r.county, r.town, r.village].filter((p): p is string => Boolean(p))));
  const kindWords = collection === 'sites' ? kindAlias((data as CollectionData['sites']).kind) : [];
  const alias = [
    TYPE_WORDS[collection],
    zh.collections[collection],
    ...(locale === 'zh-CN' ? [] : [ui.collections[collection]]),
    ...kindWords,
    ...phrases.flatMap(phraseKeys),
    ...places.flatMap(phraseKeys),
  ];

  const keys = titleKeys(data.title);
  const aliases = data.aliases ?? [];
  const akaKeys = aliasKeys(aliases);
  const names = [...keys.whole, ...keys.parts, ...akaKeys];
  const mentions = [...phrases.flatMap(phraseKeys), ...places.flatMap(phraseKeys)];
  const cross = (collection === 'sites' || collection === 'transit') && new Set(regions.map((r) => r.province)).size > 1;
  const entryClass: EntryClass = { type: collection, cross, ...(filters.kind[0] ? { kind: filters.kind[0] } : {}) };
  const meta: SearchMeta = {
    sub: subtitle(collection, id, data, regions, locale),
    py: keys.whole.join(' '),
    pyp: keys.parts.join(' '),
    pyt: alignedSyllables(data.title)
      .map((s) => s || '.')
      .join(' '),
    alias: unique(alias.join(' ').split(/\s+/).filter(Boolean)).join(' '),
    cat: catField(entryClass).join(' '),
    fz: unique(names.map(fuzzyKey)).join(' '),
  };
  const fzp = unique(mentions.map(fuzzyKey)).filter((k) => !meta.fz.split(' ').includes(k));
  if (fzp.length) meta.fzp = fzp.join(' ');
  if (aliases.length) meta.aka = unique([...aliases, ...akaKeys]).join(' ');
  if (locale === 'zh-CN' && data.titleEn) meta.en = data.titleEn;
  if (locale !== 'zh-CN' && data.titleEn) meta.en = data.title;
  return { filters, meta, entry: entryClass };
}

/** Pinyin keys of an entry's other names, joined and as initials: searched by Pagefind (`aka`) and the names index. */
export function aliasKeys(aliases: readonly string[]): string[] {
  return aliases.flatMap((a) => [...phraseKeys(a), ...pinyinKeys(a)]);
}

/**
 * The category words written for an entry, leaving out those that hold another category's word: Pagefind cuts
 * 公交线路 into 公交 and 线路, and 线路 names the visiting routes.
 */
function catField(entry: Parameters<typeof categoryWords>[0]): string[] {
  const own = categoryWords(entry);
  const others = CATEGORIES.flatMap((c) => c.words).filter((w) => !own.includes(w));
  return own.filter((w) => !others.some((o) => w !== o && w.includes(o)));
}

function kindAlias(kind: CollectionData['sites']['kind']): string[] {
  const english = kind.replace('-', ' ');
  return [english, ...(kind === 'service-centre' ? ['center'] : []), zh.siteKinds[kind]];
}

/** Sites bring their own regions; other entries take those of the sites and member regions they name. */
function regionsOf(
  ctx: SearchContext,
  collection: CollectionName,
  data: CollectionData[CollectionName],
  related: Partial<Record<CollectionName, string[]>>,
): Region[] {
  const siteRegions = (ids: readonly string[]) => ids.flatMap((s) => (ctx.byKey.get(`sites/${s}`)?.data as CollectionData['sites'] | undefined)?.regions ?? []);
  switch (collection) {
    case 'sites':
      return (data as CollectionData['sites']).regions;
    case 'partnerships': {
      const d = data as CollectionData['partnerships'];
      return [...d.members.map((m) => m.region), ...siteRegions(d.sites ?? [])];
    }
    case 'routes':
      return siteRegions((data as CollectionData['routes']).stops.map((s) => s.site));
    case 'transit':
      return siteRegions((data as CollectionData['transit']).stops.flatMap((s) => (s.site ? [s.site] : [])));
    default:
      return siteRegions(related.sites ?? []);
  }
}

function bandsOf(ctx: SearchContext, collection: CollectionName, id: string, data: CollectionData[CollectionName]): string[] {
  if (collection === 'belts') return (data as CollectionData['belts']).bands.map((b) => bandValue(id, b.id));
  if (collection === 'sites') return ctx.members.bandsOfSite.get(id) ?? [];
  return [];
}

function subtitle(collection: CollectionName, id: string, data: CollectionData[CollectionName], regions: Region[], locale: Locale): string {
  const ui = uiFor(locale);
  if (collection === 'sites') {
    const d = data as CollectionData['sites'];
    return `${ui.siteKinds[d.kind]} · ${d.regions.map(regionLabel).join(' ⇄ ')}`;
  }
  const meta = metaText(listItems<CollectionName>(collection, [{ id, data } as { id: string; data: never }], locale)[0]?.meta);
  const counties = unique(regions.map(regionValue)).slice(0, 4).join(ui.punct.list);
  return [meta, counties].filter(Boolean).join(' · ');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
