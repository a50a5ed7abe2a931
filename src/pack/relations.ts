/**
 * Cross-links between entries, computed both ways from the references entries make (reference-fields.ts) and from
 * the memberships they imply (membership.ts), so a site lists its routes, belts, bus lines and partnerships without
 * saying so itself.
 */
import type { PackEntries } from './load.ts';
import { type Memberships, memberships } from './membership.ts';
import { referencesOf } from './reference-fields.ts';
import type { CollectionName } from './schemas.ts';

export type Ref = { collection: CollectionName; id: string };
export type Relations = Map<string, Ref[]>;

const key = (r: Ref) => `${r.collection}/${r.id}`;

export function buildRelations(entries: PackEntries, members: Memberships = memberships(entries)): Relations {
  const rel: Relations = new Map();
  const link = (a: Ref, b: Ref) => {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = rel.get(key(from)) ?? [];
      if (!list.some((r) => key(r) === key(to))) list.push(to);
      rel.set(key(from), list);
    }
  };
  for (const collection of Object.keys(entries) as CollectionName[])
    for (const e of entries[collection]) for (const r of referencesOf(collection, e.data)) link({ collection, id: e.id }, { collection: r.to, id: r.id });
  // A site of 田园五镇 is a site of 1+6+4 too: the wider partnership's page lists it, and the site's page names both.
  for (const [site, partnerships] of members.partnershipsOfSite)
    for (const p of partnerships) link({ collection: 'sites', id: site }, { collection: 'partnerships', id: p });
  // A route through a person's places tells of the person: its page names them, and theirs the route.
  const routesAt = new Map<string, string[]>();
  for (const r of entries.routes) for (const stop of r.data.stops) routesAt.set(stop.site, [...(routesAt.get(stop.site) ?? []), r.id]);
  for (const person of entries.people)
    for (const tie of person.data.ties)
      for (const route of tie.site ? (routesAt.get(tie.site) ?? []) : []) link({ collection: 'people', id: person.id }, { collection: 'routes', id: route });
  return rel;
}

/** Related entries of one entry, grouped by collection. */
export function relatedOf(rel: Relations, ref: Ref): Partial<Record<CollectionName, string[]>> {
  const out: Partial<Record<CollectionName, string[]>> = {};
  for (const r of rel.get(key(ref)) ?? []) {
    const list = out[r.collection] ?? [];
    list.push(r.id);
    out[r.collection] = list;
  }
  return out;
}
