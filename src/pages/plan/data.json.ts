import type { APIRoute } from 'astro';
import { getMapData } from '../../map/index.ts';
import { getPack } from '../../pack/index.ts';
import { planData, sketchContext } from '../../routes/pack-data.ts';

/** What the planner needs, computed at build: sites, bus lines with their rides, the border and county outlines. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(planData(getPack(), sketchContext(getMapData()))), { headers: { 'Content-Type': 'application/json' } });
