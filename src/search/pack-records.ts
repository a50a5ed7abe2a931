/** Search records of the pack being built, computed once per pack and shared by the entry pages and the search page. */
import { fromPack } from '../pack/index.ts';
import { getMemberships } from '../pack/membership.ts';
import { COLLECTIONS, type CollectionName } from '../pack/schemas.ts';
import { getRelations } from '../site/entry-links.ts';
import type { Locale } from '../site/paths.ts';
import { type Facets, facets } from './facets.ts';
import { type SearchContext, type SearchRecord, searchContext, searchRecord } from './records.ts';

function state(): { ctx: SearchContext; records: Map<string, SearchRecord>; facets?: Facets } {
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
