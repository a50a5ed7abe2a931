/** The choices of each filter on the search page, with labels and how many entries carry each value. Pure. */
import { ui } from '../i18n/index.ts';
import { COLLECTIONS, type CollectionName, SITE_KINDS } from '../pack/schemas.ts';
import { FILTERS, type FilterName } from './fields.ts';
import { bandValue, type SearchContext, type SearchRecord } from './records.ts';

export interface FacetOption {
  value: string;
  label: string;
  /** Entries with this value. */
  count: number;
  /** Display colour of a band. */
  colour?: string;
}

export type Facets = Record<FilterName, FacetOption[]>;

export function facets(ctx: SearchContext, records: readonly SearchRecord[]): Facets {
  const counts = Object.fromEntries(FILTERS.map((f) => [f, new Map<string, number>()])) as Record<FilterName, Map<string, number>>;
  for (const r of records) for (const f of FILTERS) for (const v of r.filters[f]) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
  const count = (f: FilterName, v: string) => counts[f].get(v) ?? 0;

  const bands: FacetOption[] = ctx.entries.belts.flatMap((belt) =>
    belt.data.bands.map((band) => {
      const name = [band.colourName, band.field].filter(Boolean).join(' · ') || `${ui.fields.unnamedBand} ${band.id}`;
      const value = bandValue(belt.id, band.id);
      return { value, label: ctx.entries.belts.length > 1 ? `${belt.data.title}：${name}` : name, count: count('band', value), colour: band.colour };
    }),
  );
  const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, 'zh-CN');
  return {
    type: COLLECTIONS.filter((c) => count('type', c) > 0).map((c: CollectionName) => ({ value: c, label: ui.collections[c], count: count('type', c) })),
    kind: SITE_KINDS.filter((k) => count('kind', k) > 0).map((k) => ({ value: k, label: ui.siteKinds[k], count: count('kind', k) })),
    region: [...counts.region.keys()].map((v) => ({ value: v, label: v, count: count('region', v) })).sort(byLabel),
    band: bands,
    partnership: ctx.entries.partnerships.map((p) => ({ value: p.id, label: p.data.title, count: count('partnership', p.id) })).sort(byLabel),
  };
}
