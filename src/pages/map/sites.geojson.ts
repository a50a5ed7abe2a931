import type { APIRoute } from 'astro';
import { getMapData } from '../../map/index.ts';
import { toSitesFile } from '../../map/sites-file.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(toSitesFile(getMapData().sites.features)), { headers: { 'Content-Type': 'application/geo+json' } });
