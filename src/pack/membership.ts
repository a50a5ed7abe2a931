/**
 * Who belongs to which partnership and colour band: the one derivation the map, the widgets, search, the entry pages
 * and the open-data exports share. A site belongs to a partnership it names, or that names it, and then to every
 * wider partnership above that one (`parent`: 张堰镇 in 田园五镇 is in 1+6+4 too); to a band that lists it.
 */
import { fromPack } from './index.ts';
import type { PackEntries } from './load.ts';
import { referencesOf } from './reference-fields.ts';
import type { CollectionName } from './schemas.ts';

export interface Memberships {
  /** Partnerships of each site, wider ones included, in the pack's partnership order. */
  partnershipsOfSite: Map<string, string[]>;
  /** Sites of each partnership, those of its narrower partnerships included, in the pack's site order. */
  sitesOfPartnership: Map<string, string[]>;
  /** `belt/band` keys of each site, in belt and band order. */
  bandsOfSite: Map<string, string[]>;
  /** Sites of each `belt/band`, in the band's own order. */
  sitesOfBand: Map<string, string[]>;
}

/** A partnership and the wider ones above it, nearest first; a loop in `parent` stops where it closes. */
export function withWider(entries: Pick<PackEntries, 'partnerships'>, ids: readonly string[]): string[] {
  const parentOf = new Map(entries.partnerships.map((p) => [p.id, p.data.parent]));
  const out: string[] = [];
  for (const id of ids) for (let p: string | undefined = id; p && !out.includes(p); p = parentOf.get(p)) out.push(p);
  return out;
}

/** The memberships of the pack being built, once per pack (the map data, relations, search and the export share them). */
export function getMemberships(): Memberships {
  return fromPack('memberships', (pack) => memberships(pack.entries));
}

export function memberships(entries: PackEntries): Memberships {
  const direct = new Map<string, Set<string>>();
  const add = (site: string, partnership: string) => direct.set(site, (direct.get(site) ?? new Set()).add(partnership));
  const bandsOfSite = new Map<string, string[]>();
  const sitesOfBand = new Map<string, string[]>();
  for (const collection of Object.keys(entries) as CollectionName[]) {
    for (const e of entries[collection]) {
      for (const ref of referencesOf(collection, e.data)) {
        if (!ref.field.membership) continue;
        if (collection === 'sites') add(e.id, ref.id);
        else if (collection === 'partnerships') add(ref.id, e.id);
        else if (collection === 'belts') {
          const band = (e.data as { bands: { id: string }[] }).bands[ref.path[1] as number]?.id;
          const key = `${e.id}/${band}`;
          if (!sitesOfBand.get(key)?.includes(ref.id)) sitesOfBand.set(key, [...(sitesOfBand.get(key) ?? []), ref.id]);
          if (!bandsOfSite.get(ref.id)?.includes(key)) bandsOfSite.set(ref.id, [...(bandsOfSite.get(ref.id) ?? []), key]);
        }
      }
    }
  }
  const order = new Map(entries.partnerships.map((p, i) => [p.id, i]));
  const known = (p: string) => order.has(p);
  const partnershipsOfSite = new Map<string, string[]>();
  const sitesOfPartnership = new Map<string, string[]>(entries.partnerships.map((p) => [p.id, []]));
  for (const s of entries.sites) {
    const all = withWider(entries, [...(direct.get(s.id) ?? [])].filter(known)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    if (all.length) partnershipsOfSite.set(s.id, all);
    for (const p of all) sitesOfPartnership.get(p)?.push(s.id);
  }
  return { partnershipsOfSite, sitesOfPartnership, bandsOfSite, sitesOfBand };
}
