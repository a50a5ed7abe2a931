import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapData } from '../../../map/index.ts';
import { overviewFor, overviewKeys } from '../../../map/overview.ts';

export const getStaticPaths: GetStaticPaths = () => overviewKeys().map((key) => ({ params: { key } }));

export const GET: APIRoute = ({ params }) => new Response(overviewFor(getMapData(), String(params.key)).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
