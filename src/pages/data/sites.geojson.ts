import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { sitesToGeoJson } from '../../data/sites-export.ts';

export const GET: APIRoute = async () => {
  const sites = await getCollection('sites');
  return new Response(JSON.stringify(sitesToGeoJson(sites)), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
