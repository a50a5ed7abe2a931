/**
 * The region filter's choices, counted from the sites themselves. One rule for the build (map data) and the browser
 * (/map/ fills its region and district lists from /map/sites.geojson): written into the page, a pack of 10,000 sites
 * in as many towns made two lists of 10,000 options each.
 */
import type { Facet, SiteProps } from './types.ts';

const collator = new Intl.Collator('zh-CN');

/** Every region path the sites name, ancestors included, in Chinese collation order, with how many sites lie in it. */
export function regionFacets(sites: readonly { properties: Pick<SiteProps, 'regionKeys'> }[]): Facet[] {
  const counts = new Map<string, number>();
  for (const s of sites) for (const k of s.properties.regionKeys.split('|').filter(Boolean)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([value, count]) => ({ value, label: value.split('/').pop() ?? value, count, depth: value.split('/').length - 1 }));
}

/** Regions from county down, for "near me" when the position is refused: "嘉兴市 平湖市", "平湖市 广陈镇". */
export function districtChoices(regions: readonly Facet[]): { value: string; label: string }[] {
  return regions.filter((r) => (r.depth ?? 0) >= 2).map((r) => ({ value: r.value, label: r.value.split('/').slice(-2).join(' ') }));
}
