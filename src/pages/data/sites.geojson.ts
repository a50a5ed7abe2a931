import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { sitesToGeoJson } from '../../data/sites-export.ts';
import { getMemberships } from '../../pack/membership.ts';

export const GET: APIRoute = async () => {
  const sites = await getCollection('sites');
  const { partnershipsOfSite } = getMemberships();
  return new Response(JSON.stringify(sitesToGeoJson(sites, '', (id) => partnershipsOfSite.get(id) ?? [])), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
