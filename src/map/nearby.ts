/**
 * "Near me" on the full map: the site nearest a position, and the box of a chosen district for a reader who
 * gives none. The position is used here and goes nowhere (client/explorer.ts asks for it on a click only).
 */
import { pointBounds } from '../geo/bounds.ts';
import { km } from '../geo/distance.ts';
import type { Bounds, SiteFeature } from './types.ts';

/** The site nearest `here` ([lon, lat]) and how far it is; undefined with no sites. */
export function nearestSite(sites: readonly SiteFeature[], here: [number, number]): { site: SiteFeature; km: number } | undefined {
  let best: { site: SiteFeature; km: number } | undefined;
  for (const site of sites) {
    const d = km(here, site.geometry.coordinates as [number, number]);
    if (d < (best?.km ?? Number.POSITIVE_INFINITY)) best = { site, km: d };
  }
  return best;
}

/** The box around a district's sites (a region path), a little wider so the edge ones are not on the border; undefined when none lies in it. */
export function districtBounds(sites: readonly SiteFeature[], key: string): Bounds | undefined {
  const inside = sites.filter((s) => s.properties.regionKeys.includes(`|${key}|`));
  return pointBounds(
    inside.map((s) => s.geometry.coordinates),
    0.01,
  );
}
