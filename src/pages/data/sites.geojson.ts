import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { sitesToGeoJson } from '../../data/sites-export.ts';
import { fromPack } from '../../pack/index.ts';
import { memberships } from '../../pack/membership.ts';

export const GET: APIRoute = async () => {
  const sites = await getCollection('sites');
  const { partnershipsOfSite } = fromPack('memberships', (pack) => memberships(pack.entries));
  return new Response(JSON.stringify(sitesToGeoJson(sites, '', (id) => partnershipsOfSite.get(id) ?? [])), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
