import type { APIRoute } from 'astro';
import { siteDetails } from '../../map/site-details.ts';
import { getPack } from '../../pack/index.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(siteDetails(getPack().entries.sites)), { headers: { 'Content-Type': 'application/json' } });
