/** Which sites a state shows: the one rule the map, the list and the counts all follow. */
import type { MapState } from './state.ts';
import type { SiteFeature } from './types.ts';

export function siteMatches(site: SiteFeature, state: Pick<MapState, 'kinds' | 'region' | 'band' | 'partnership' | 'sites'>): boolean {
  const p = site.properties;
  if (state.sites.length && !state.sites.includes(p.id)) return false;
  if (state.kinds.length && !state.kinds.includes(p.kind)) return false;
  if (state.region && !p.regionKeys.includes(`|${state.region}|`)) return false;
  if (state.band && !p.bands.includes(`|${state.band}|`)) return false;
  if (state.partnership && !p.partnerships.includes(`|${state.partnership}|`)) return false;
  return true;
}

export function filterSites(sites: readonly SiteFeature[], state: Parameters<typeof siteMatches>[1]): SiteFeature[] {
  return sites.filter((s) => siteMatches(s, state));
}

/** Sites inside the visible bounds, for the list that follows the view. */
export function inView(site: SiteFeature, bounds: [number, number, number, number]): boolean {
  const [lon, lat] = site.geometry.coordinates as [number, number];
  return lon >= bounds[0] && lon <= bounds[2] && lat >= bounds[1] && lat <= bounds[3];
}
