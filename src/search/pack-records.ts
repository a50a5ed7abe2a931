/** Search records of the pack being built, computed once per pack and shared by the entry pages and the search page. */

import { createHash } from 'node:crypto';
import { fromPack } from '../pack/index.ts';
import { getMemberships } from '../pack/membership.ts';
import { COLLECTIONS, type CollectionName } from '../pack/schemas.ts';
import { getRelations } from '../site/entry-links.ts';
import { localized } from '../site/localized.ts';
import type { Locale } from '../site/paths.ts';
import { categoryAnswers, spelledCategories } from './category-names.ts';
import { type Facets, facets } from './facets.ts';
import { type NameRecord, type NamesIndex, namesIndex } from './names.ts';
import { alignedSyllables } from './pinyin.ts';
import { aliasKeys, type SearchContext, type SearchRecord, searchContext, searchRecord } from './records.ts';
import { soundTable } from './sounds.ts';
import type { Sounds } from './typo.ts';

function state(): {
  ctx: SearchContext;
  records: Map<string, SearchRecord>;
  facets?: Facets;
  sounds?: Sounds;
  names: Map<Locale, NamesIndex>;
} {
  return fromPack('search', (pack) => ({ ctx: searchContext(pack.entries, getRelations(), getMemberships()), records: new Map(), names: new Map() }));
}

export function recordOf(collection: CollectionName, id: string, locale: Locale = 'zh-CN'): SearchRecord {
  const s = state();
  const key = `${locale}:${collection}/${id}`;
  let record = s.records.get(key);
  if (!record) {
    record = searchRecord(s.ctx, collection, id, locale);
    s.records.set(key, record);
  }
  return record;
}

export function packFacets(): Facets {
  const s = state();
  s.facets ??= facets(
    s.ctx,
    COLLECTIONS.flatMap((c) => s.ctx.entries[c].map((e) => recordOf(c, e.id))),
  );
  return s.facets;
}

/** The sound table of the pack's titles, other names and place names. */
export function packSounds(): Sounds {
  const s = state();
  s.sounds ??= soundTable(
    COLLECTIONS.flatMap((c) =>
      s.ctx.entries[c].flatMap((e) => {
        const d = e.data as { title: string; aliases?: string[]; regions?: { county?: string; town?: string; village?: string }[] };
        return [d.title, ...(d.aliases ?? []), ...(d.regions ?? []).flatMap((r) => [r.county, r.town, r.village].filter((p): p is string => Boolean(p)))];
      }),
    ),
  );
  return s.sounds;
}

/** The header box's names index of one language (src/search/names.ts) and its category answers (category-names.ts): every entry, in the order of the collections. */
export function packNames(locale: Locale): NamesIndex {
  const s = state();
  let index = s.names.get(locale);
  if (!index) {
    const entries = COLLECTIONS.flatMap((c) => s.ctx.entries[c].map((e) => ({ c, id: e.id, data: e.data as NameData })));
    const records = entries.map((e) => nameRecord(e.c, e.id, e.data, locale));
    const classes = entries.map((e) => recordOf(e.c, e.id, locale).entry);
    const categories = categoryAnswers(records, classes);
    const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
    index = namesIndex(records, digest, categories, spelledCategories(categories.keys(), alignedSyllables));
    s.names.set(locale, index);
  }
  return index;
}

interface NameData {
  title: string;
  titleEn?: string;
  summary: string;
  aliases?: string[];
}

function nameRecord(collection: CollectionName, id: string, data: NameData, locale: Locale): NameRecord {
  const { meta } = recordOf(collection, id, locale);
  const aliases = data.aliases ?? [];
  const keys = aliasKeys(aliases);
  return {
    y: collection,
    i: id,
    t: localized(data, locale).title,
    s: meta.sub,
    p: meta.pyt,
    ...(meta.en ? { e: meta.en } : {}),
    ...(aliases.length ? { a: aliases } : {}),
    ...(keys.length ? { k: [...new Set(keys)].join(' ') } : {}),
  };
}
