/** Which sites a state shows: the one rule the map, the list and the counts all follow. */
import { matchesFind, queryWords } from './find.ts';
import type { MapState } from './state.ts';
import type { SiteFeature } from './types.ts';

type Filters = Pick<MapState, 'kinds' | 'region' | 'band' | 'partnership' | 'sites' | 'q'>;

export function siteMatches(site: SiteFeature, state: Filters, words = queryWords(state.q)): boolean {
  const p = site.properties;
  if (state.sites.length && !state.sites.includes(p.id)) return false;
  if (state.kinds.length && !state.kinds.includes(p.kind)) return false;
  if (state.region && !p.regionKeys.includes(`|${state.region}|`)) return false;
  if (state.band && !p.bands.includes(`|${state.band}|`)) return false;
  if (state.partnership && !p.partnerships.includes(`|${state.partnership}|`)) return false;
  return matchesFind(p, words);
}

export function filterSites(sites: readonly SiteFeature[], state: Filters): SiteFeature[] {
  const words = queryWords(state.q);
  return sites.filter((s) => siteMatches(s, state, words));
}

/** Sites inside the visible bounds, for the list that follows the view. */
export function inView(site: SiteFeature, bounds: [number, number, number, number]): boolean {
  const [lon, lat] = site.geometry.coordinates as [number, number];
  return lon >= bounds[0] && lon <= bounds[2] && lat >= bounds[1] && lat <= bounds[3];
}
