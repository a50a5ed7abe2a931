import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitesToGeoJson } from '../data/sites-export.ts';
import { buildMapData } from '../map/data.ts';
import { searchContext, searchRecord } from '../search/records.ts';
import { loadPack } from './load.ts';
import { memberships, withWider } from './membership.ts';
import { buildRelations, relatedOf } from './relations.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe.each([
  ['the default pack', ROOT],
  ['examples/tongwulang', resolve(ROOT, 'examples/tongwulang')],
])('members of every partnership and band in %s', (_, dir) => {
  const pack = loadPack(dir);
  const { entries } = pack;
  const members = memberships(entries);
  const map = buildMapData(pack).sites.features;
  const ctx = searchContext(entries);
  const search = new Map(entries.sites.map((s) => [s.id, searchRecord(ctx, 'sites', s.id).filters]));
  const relations = buildRelations(entries);
  const exported = sitesToGeoJson(entries.sites, '', (id) => members.partnershipsOfSite.get(id)).features;
  const sorted = (ids: readonly string[]) => [...ids].sort();

  it.each(entries.partnerships.map((p) => p.id))('%s: the map, search, its page and the export agree', (p) => {
    const expected = sorted(members.sitesOfPartnership.get(p) ?? []);
    expect(sorted(map.filter((f) => f.properties.partnerships.includes(`|${p}|`)).map((f) => f.properties.id))).toEqual(expected);
    expect(sorted(entries.sites.filter((s) => search.get(s.id)?.partnership.includes(p)).map((s) => s.id))).toEqual(expected);
    expect(sorted(relatedOf(relations, { collection: 'partnerships', id: p }).sites ?? [])).toEqual(expected);
    expect(sorted(exported.filter((f) => ((f.properties?.partnerships ?? []) as string[]).includes(p)).map((f) => String(f.id)))).toEqual(expected);
  });

  it('every band: the map and search agree with the belt', () => {
    for (const belt of entries.belts)
      for (const band of belt.data.bands) {
        const key = `${belt.id}/${band.id}`;
        const expected = sorted([...new Set(band.members)]);
        expect(sorted(members.sitesOfBand.get(key) ?? []), key).toEqual(expected);
        expect(sorted(map.filter((f) => f.properties.bands.includes(`|${key}|`)).map((f) => f.properties.id)), key).toEqual(expected);
        expect(sorted(entries.sites.filter((s) => search.get(s.id)?.band.includes(key)).map((s) => s.id)), key).toEqual(expected);
      }
  });
});

describe('partnership membership', () => {
  const { entries } = loadPack(ROOT);
  const members = memberships(entries);

  it('runs up through the wider partnerships: 张堰镇 of 田园五镇 is of 1+6+4 (pinghu-jinshan) too', () => {
    expect(members.partnershipsOfSite.get('zhangyan-zhen')).toEqual(expect.arrayContaining(['tianyuan-wuzhen', 'pinghu-jinshan']));
    expect(members.sitesOfPartnership.get('pinghu-jinshan')).toContain('zhangyan-zhen');
  });

  it('counts a site that a partnership names and one that names the partnership', () => {
    const named = entries.partnerships.find((p) => p.id === 'tianyuan-wuzhen')!.data.sites ?? [];
    for (const s of named) expect(members.partnershipsOfSite.get(s), s).toContain('tianyuan-wuzhen');
    for (const s of entries.sites) for (const p of s.data.partnerships ?? []) expect(members.sitesOfPartnership.get(p), `${s.id} → ${p}`).toContain(s.id);
  });

  it('stops at a loop in parent instead of running for ever', () => {
    const partnerships = [
      { id: 'a', data: { parent: 'b' } },
      { id: 'b', data: { parent: 'a' } },
    ] as unknown as Parameters<typeof withWider>[0]['partnerships'];
    expect(withWider({ partnerships }, ['a'])).toEqual(['a', 'b']);
  });
});
