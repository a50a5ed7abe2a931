/**
 * A transit stop's `side` is the province it is on: it must be one its site lies in and, for a stop with its own
 * point, where the pack has outlines, the province of the outline the point lies in. A stop that only names a site
 * is not held to the site's point: a site on the border (two regions) stands for both sides of it, and a site's own
 * point is checked against the outlines once, as the site's (regions.ts).
 */
import { containing } from '../../geo/polygons.ts';
import { provinceKey } from '../../geo/provinces.ts';
import type { PackEntries } from '../load.ts';
import type { PackMessages } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import type { Outline } from './outlines.ts';
import { at } from './points.ts';

export function checkSides(entries: PackEntries, outlines: readonly Outline[], m: PackMessages): Problem[] {
  const sites = new Map(entries.sites.map((e) => [e.id, e]));
  const withProvince = outlines.filter((o) => o.province);
  const out: Problem[] = [];
  for (const entry of entries.transit) {
    entry.data.stops.forEach((stop, i) => {
      const side = provinceKey(stop.side);
      const site = stop.site === undefined ? undefined : sites.get(stop.site);
      if (site) {
        const provinces = [...new Set(site.data.regions.map((r) => provinceKey(r.province)))];
        if (!provinces.includes(side)) out.push({ ...at(entry, ['stops', i, 'side']), ...m.facts.sideNotSiteRegion(stop.side, provinces) });
      }
      if (!stop.location) return;
      const inside = containing(withProvince, [stop.location.lon, stop.location.lat]) as Outline[];
      // Outlines meet along generalised edges: a point in outlines of both provinces is on the border, not wrong.
      if (inside.length && !inside.some((o) => o.province === side)) {
        out.push({ ...at(entry, ['stops', i, 'side']), ...m.facts.sideNotOutline(stop.side, (inside[0] as Outline).label) });
      }
    });
  }
  return out;
}
