/** Search records of the pack being built, computed once per pack and shared by the entry pages and the search page. */
import { fromPack } from '../pack/index.ts';
import { getMemberships } from '../pack/membership.ts';
import { COLLECTIONS, type CollectionName } from '../pack/schemas.ts';
import { getRelations } from '../site/entry-links.ts';
import type { Locale } from '../site/paths.ts';
import { type Facets, facets } from './facets.ts';
import { type SearchContext, type SearchRecord, searchContext, searchRecord } from './records.ts';
import { soundTable } from './sounds.ts';
import type { Sounds } from './typo.ts';

function state(): { ctx: SearchContext; records: Map<string, SearchRecord>; facets?: Facets; sounds?: Sounds } {
  return fromPack('search', (pack) => ({ ctx: searchContext(pack.entries, getRelations(), getMemberships()), records: new Map() }));
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
