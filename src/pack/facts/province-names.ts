/**
 * Province names as written: a short form (浙江) is understood as the full name (浙江省) by every other check, with a
 * warning suggesting the full name, since pages show the name as written; a name that is no provincial-level unit at
 * all is a warning too (the content model is China's).
 */
import { provinceName } from '../../geo/provinces.ts';
import type { PackEntries, PackEntry } from '../load.ts';
import type { PackMessages } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import { at } from './points.ts';

/** Every province an entry writes, with its path: regions, members' regions and stops' sides. */
function provincesOf(entry: PackEntry): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  if (entry.collection === 'sites') {
    (entry as PackEntry<'sites'>).data.regions.forEach((r, i) => {
      out.push([['regions', i, 'province'], r.province]);
    });
  }
  if (entry.collection === 'partnerships') {
    (entry as PackEntry<'partnerships'>).data.members.forEach((mb, i) => {
      out.push([['members', i, 'region', 'province'], mb.region.province]);
    });
  }
  if (entry.collection === 'transit') {
    (entry as PackEntry<'transit'>).data.stops.forEach((s, i) => {
      out.push([['stops', i, 'side'], s.side]);
    });
  }
  return out;
}

export function checkProvinceNames(entries: PackEntries, m: PackMessages): Problem[] {
  const out: Problem[] = [];
  for (const entry of Object.values(entries).flat() as PackEntry[]) {
    for (const [path, written] of provincesOf(entry)) {
      const name = provinceName(written);
      if (!name) out.push({ ...at(entry, path), ...m.facts.unknownProvince(written) });
      else if (name.short) out.push({ ...at(entry, path), ...m.facts.shortProvince(written, name.full) });
    }
  }
  return out;
}
