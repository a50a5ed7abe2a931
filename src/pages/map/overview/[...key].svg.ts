import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapData } from '../../../map/index.ts';
import { overviewKeys } from '../../../map/overview.ts';
import { cachedOverviewSvg } from '../../../map/overview-cache.ts';

export const getStaticPaths: GetStaticPaths = () => overviewKeys().map((key) => ({ params: { key } }));

export const GET: APIRoute = async ({ params, url }) =>
  new Response(await cachedOverviewSvg(getMapData(), String(params.key), url.pathname), { headers: { 'Content-Type': 'image/svg+xml' } });
