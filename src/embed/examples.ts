/**
 * The example values of the embed documentation (/embed/), taken from the pack being built, so that each one works
 * on this site: a region, a band and a partnership its sites belong to, kinds it has, a site, the centre of its map. Pure: the map's site features and view in, one example per parameter out.
 */
import type { Bounds } from '../geo/bounds.ts';
import { regionPaths } from '../map/site-regions.ts';
import type { LayerName } from '../map/state.ts';
import type { SiteFeature } from '../map/types.ts';
import type { Region } from '../pack/schemas.ts';
import type { EMBED_PARAMS } from './params.ts';

export type EmbedExamples = Record<(typeof EMBED_PARAMS)[number], string>;

export interface ExampleInput {
  sites: readonly SiteFeature[];
  /** The regions of the pack's sites, as written. */
  regions: readonly Region[];
  /** The map's initial view. */
  bounds: Bounds;
  lang: string;
  /** Makes the title example from a place name (ui.embedDocs.titleExample). */
  titleOf: (place: string) => string;
  /** The place name in the page's language (pinyin on English pages). */
  placeName: (name: string) => string;
}

/**
 * The county (else city) most sites lie in, as the filter writes it (`天津市/武清区`, `浙江省/嘉兴市/平湖市`): narrow
 * enough to show what the filter does, wide enough to hold several sites.
 */
function commonRegion(regions: readonly Region[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of regions) {
    const key = regionPaths({ province: r.province, city: r.city, county: r.county }).at(-1);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The key most sites carry (a band, a partnership): a widget accepts only what its sites name (knownFromSites). */
function commonKey(sites: readonly SiteFeature[], field: 'bands' | 'partnerships'): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sites) for (const key of s.properties[field].split('|').filter(Boolean)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The named unit at the end of a region path without its 省/市/区/县 suffix when two characters remain (通州区 → 通州). */
function placeOf(region: string | undefined): string | undefined {
  const last = region?.split('/').pop();
  if (!last) return undefined;
  const core = last.replace(/(特别行政区|自治区|自治州|自治县|省|市|区|县|镇|乡|街道)$/, '');
  return [...core].length >= 2 ? core : last;
}

export function embedExamples(o: ExampleInput): EmbedExamples {
  const [w, s, e, n] = o.bounds;
  const kinds = [...new Set(o.sites.map((f) => f.properties.kind))].slice(0, 2);
  const region = commonRegion(o.regions);
  const place = placeOf(region);
  const band = commonKey(o.sites, 'bands');
  const layers: LayerName[] = ['sites', band ? 'belt' : 'partnerships'];
  return {
    layers: layers.join(','),
    kind: kinds.join(','),
    region: region ?? '',
    band: band ?? '',
    p: commonKey(o.sites, 'partnerships') ?? '',
    c: `${((w + e) / 2).toFixed(2)},${((s + n) / 2).toFixed(2)}`,
    z: '10',
    fit: '1',
    site: o.sites[0]?.properties.id ?? '',
    list: '1',
    legend: '1',
    search: '1',
    lang: o.lang,
    height: '480',
    title: place ? o.titleOf(o.placeName(place)) : '',
    accent: '#b71c1c',
  };
}
