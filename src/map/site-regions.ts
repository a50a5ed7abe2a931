/**
 * A site's regions as the map's views read them, from their levels alone: the labels a list and a panel show, and
 * the `|`-delimited keys of every region and its ancestors that the region filters match. Pure, and shared by the
 * build and the browser, which derives both from what /map/sites.geojson carries (sites-file.ts).
 */
import type { Region } from '../pack/schemas.ts';
import { regionLabel } from '../site/format.ts';

/** A region's levels, largest first. Villages are shown, never filtered by: the paths stop at the town. */
const LEVELS = ['province', 'city', 'county', 'town', 'village'] as const;

/** `浙江省`, `浙江省/嘉兴市`, … for a region and all its ancestors (a municipality is not repeated). */
export function regionPaths(r: Region): string[] {
  const parts: string[] = [];
  const out: string[] = [];
  for (const level of LEVELS.slice(0, -1)) {
    const v = r[level];
    if (!v || v === parts[parts.length - 1]) continue;
    parts.push(v);
    out.push(parts.join('/'));
  }
  return out;
}

/** `|a|b|` for a list, empty for none: a key matches as `|key|`, so that 嘉兴市 never matches 嘉兴市郊. */
export const keyList = (list: readonly string[]): string => (list.length ? `|${list.join('|')}|` : '');

/** A region's levels, province to village, without the empty ones at its end: what the map's data file keeps. */
export type RegionLevels = string[];

export function levelsOf(r: Region): RegionLevels {
  const levels = LEVELS.map((k) => r[k] ?? '');
  while (levels.length > 1 && !levels[levels.length - 1]) levels.pop();
  return levels;
}

export function regionOf(levels: readonly string[]): Region {
  const r: Region = { province: levels[0] ?? '' };
  LEVELS.forEach((k, i) => {
    if (i > 0 && levels[i]) r[k] = levels[i];
  });
  return r;
}

/** The labels and filter keys of a site in these regions. */
export function siteRegions(places: readonly RegionLevels[]): { regions: string[]; regionKeys: string } {
  const regions = places.map(regionOf);
  return { regions: regions.map(regionLabel), regionKeys: keyList([...new Set(regions.flatMap(regionPaths))]) };
}
