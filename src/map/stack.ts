/**
 * Sites at one point (the sources often place several sites at one town's seat) drawn as one
 * marker that says how many it holds. Pure: run on the shown sites before they reach MapLibre,
 * so a filter that leaves one site of a stack shows that site plainly.
 */
import type { SiteFeature, SiteProps } from './types.ts';

export interface StackProps extends SiteProps {
  /** How many sites the marker holds. */
  stack: number;
  /** `|id|` keys of the sites it holds, in input order. */
  stackIds: string;
}

/** Sites sharing a point become one feature with `stack` and `stackIds`; single sites pass unchanged. */
export function stackSites(sites: readonly SiteFeature[]): SiteFeature[] {
  const groups = new Map<string, SiteFeature[]>();
  for (const s of sites) {
    const key = s.geometry.coordinates.join(',');
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as SiteFeature;
    if (group.length === 1) return first;
    const ids = group.map((s) => s.properties.id);
    const properties: StackProps = { ...first.properties, id: `stack:${ids.join('+')}`, stack: group.length, stackIds: `|${ids.join('|')}|` };
    return { ...first, id: properties.id, properties };
  });
}

/** The ids a drawn feature stands for: its own, or those of the sites its stack holds. */
export function heldIds(props: { id?: unknown; stackIds?: unknown }): string[] {
  return typeof props.stackIds === 'string' ? props.stackIds.split('|').filter(Boolean) : [String(props.id)];
}
