import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { sitesToCsv } from '../../data/sites-export.ts';

export const GET: APIRoute = async () => {
  const sites = await getCollection('sites');
  return new Response(sitesToCsv(sites), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
