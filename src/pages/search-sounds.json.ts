import type { APIRoute } from 'astro';
import { packSounds } from '../search/pack-records.ts';

/** The sound table for retrying a mistyped Chinese query (src/search/sounds.ts); fetched only for such a retry. */
export const GET: APIRoute = () => new Response(JSON.stringify(packSounds()), { headers: { 'Content-Type': 'application/json' } });
