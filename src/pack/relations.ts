/**
 * Cross-links between entries, computed both ways from the references entries make,
 * so a site lists its routes, belts, bus lines and partnerships without saying so itself.
 */
import type { PackEntries } from './load.ts';
import type { CollectionName } from './schemas.ts';

export type Ref = { collection: CollectionName; id: string };
export type Relations = Map<string, Ref[]>;

const key = (r: Ref) => `${r.collection}/${r.id}`;

export function buildRelations(entries: PackEntries): Relations {
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
  const site = (id: string): Ref => ({ collection: 'sites', id });
  const partnership = (id: string): Ref => ({ collection: 'partnerships', id });

  for (const e of entries.sites) for (const p of e.data.partnerships ?? []) link(site(e.id), partnership(p));
  for (const e of entries.routes) {
    const self: Ref = { collection: 'routes', id: e.id };
    for (const s of e.data.stops) link(self, site(s.site));
    for (const p of e.data.partnerships ?? []) link(self, partnership(p));
  }
  for (const e of entries.belts) {
    const self: Ref = { collection: 'belts', id: e.id };
    for (const b of e.data.bands) for (const m of b.members) link(self, site(m));
    if (e.data.partnership) link(self, partnership(e.data.partnership));
  }
  for (const e of entries.transit) {
    const self: Ref = { collection: 'transit', id: e.id };
    for (const s of e.data.stops) if (s.site) link(self, site(s.site));
    for (const p of e.data.partnerships ?? []) link(self, partnership(p));
  }
  for (const e of entries.partnerships) {
    const self = partnership(e.id);
    for (const s of e.data.sites ?? []) link(self, site(s));
    if (e.data.parent) link(self, partnership(e.data.parent));
  }
  for (const e of entries.stories) {
    const self: Ref = { collection: 'stories', id: e.id };
    for (const s of e.data.sites ?? []) link(self, site(s));
    for (const p of e.data.partnerships ?? []) link(self, partnership(p));
  }
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
