/** The points of a pack's entries with what each claims about where it is: the regions it names, the side it is on. */
import type { PackEntries, PackEntry } from '../load.ts';
import type { Problem } from '../problems.ts';
import type { Point, Region } from '../schemas.ts';

export interface PlacedPoint {
  entry: PackEntry;
  path: PropertyKey[];
  point: Point;
  /** The regions the entry says the point lies in (a site's, a partnership member's); none for a stop. */
  regions: Region[];
}

export function placedPoints(entries: PackEntries): PlacedPoint[] {
  const out: PlacedPoint[] = [];
  for (const entry of entries.sites) out.push({ entry, path: ['location'], point: entry.data.location, regions: entry.data.regions });
  for (const entry of entries.transit) {
    entry.data.stops.forEach((stop, i) => {
      if (stop.location) out.push({ entry, path: ['stops', i, 'location'], point: stop.location, regions: [] });
    });
  }
  for (const entry of entries.partnerships) {
    entry.data.members.forEach((member, i) => {
      if (member.location) out.push({ entry, path: ['members', i, 'location'], point: member.location, regions: [member.region] });
    });
  }
  return out;
}

/** Where a fact-check problem is: the entry's file, the line of the field, the entry and the field. */
export function at(entry: PackEntry, path: readonly PropertyKey[]): Omit<Problem, 'message'> {
  return { file: entry.file, line: entry.lineOf(path), entry: `${entry.collection}/${entry.id}`, field: path.join('.') || '-' };
}

/** A region as one name from the province down, e.g. 上海市金山区 (a municipality's city is not said twice). */
export function regionLabel(levels: readonly (string | undefined)[]): string {
  const parts: string[] = [];
  for (const level of levels) if (level && parts[parts.length - 1] !== level) parts.push(level);
  return parts.join('');
}
