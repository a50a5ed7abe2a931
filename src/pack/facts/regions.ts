/**
 * A point's regions against the pack's outlines: a site (or partnership member) whose point lies in an outline none of
 * its regions agrees with is probably misplaced, or its region is. A warning, not an error: outlines are generalised
 * and points near a border may be approximate. Levels are compared only where both name one (a region without a
 * county says nothing about which county outline it lies in). Short province names count as their full names.
 */
import { containing } from '../../geo/polygons.ts';
import { provinceKey, provinceName } from '../../geo/provinces.ts';
import type { PackMessages } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import type { Region } from '../schemas.ts';
import type { Outline } from './outlines.ts';
import { at, type PlacedPoint, regionLabel } from './points.ts';

const LEVELS = ['province', 'city', 'county', 'town'] as const;

export function agrees(region: Region, outline: Outline): boolean {
  return LEVELS.every((level) => {
    const a = region[level];
    const b = outline[level];
    if (!a || !b) return true;
    // A province name no one recognises is warned about as such (province-names.ts), not again here.
    if (level === 'province') return provinceName(a) ? provinceKey(a) === b : true;
    return a.trim() === b;
  });
}

export function checkRegions(points: readonly PlacedPoint[], outlines: readonly Outline[], m: PackMessages): Problem[] {
  const out: Problem[] = [];
  for (const { entry, path, point, regions } of points) {
    if (!regions.length) continue;
    const contradicted = (containing(outlines, [point.lon, point.lat]) as Outline[]).find((o) => !regions.some((r) => agrees(r, o)));
    if (!contradicted) continue;
    const written = regions.map((r) => regionLabel([provinceKey(r.province), r.city, r.county, r.town])).join('、');
    const field = path[0] === 'members' ? [...path.slice(0, 2), 'region'] : ['regions'];
    out.push({ ...at(entry, field), ...m.facts.regionNotOutline(written, contradicted.label) });
  }
  return out;
}
