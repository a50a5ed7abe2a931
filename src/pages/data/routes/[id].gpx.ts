import type { APIRoute, GetStaticPaths } from 'astro';
import { routeToGpx } from '../../../data/gpx.ts';
import { routeExports } from '../../../data/pack-exports.ts';
import type { RouteExport } from '../../../data/route-model.ts';
import { getPack } from '../../../pack/index.ts';

export const getStaticPaths = (() => routeExports(getPack()).map((route) => ({ params: { id: route.id }, props: { route } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(routeToGpx((props as { route: RouteExport }).route), { headers: { 'Content-Type': 'application/gpx+xml; charset=utf-8' } });
