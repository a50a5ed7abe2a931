import type { APIRoute } from 'astro';
import { getMapData } from '../../map/index.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(getMapData().basemap), { headers: { 'Content-Type': 'application/geo+json' } });
