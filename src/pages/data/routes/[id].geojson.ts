import type { APIRoute, GetStaticPaths } from 'astro';
import { routeExports } from '../../../data/pack-exports.ts';
import { routeToGeoJson } from '../../../data/route-geojson.ts';
import type { RouteExport } from '../../../data/route-model.ts';
import { getPack } from '../../../pack/index.ts';

export const getStaticPaths = (() => routeExports(getPack()).map((route) => ({ params: { id: route.id }, props: { route } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(routeToGeoJson((props as { route: RouteExport }).route)), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
