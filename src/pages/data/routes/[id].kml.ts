import type { APIRoute, GetStaticPaths } from 'astro';
import { routeToKml } from '../../../data/kml.ts';
import { routeExports } from '../../../data/pack-exports.ts';
import type { RouteExport } from '../../../data/route-model.ts';
import { ui } from '../../../i18n/index.ts';
import { getPack } from '../../../pack/index.ts';

export const getStaticPaths = (() => routeExports(getPack()).map((route) => ({ params: { id: route.id }, props: { route } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(routeToKml((props as { route: RouteExport }).route, { stops: ui.data.stopsLabel, path: ui.data.pathLabel }), {
    headers: { 'Content-Type': 'application/vnd.google-earth.kml+xml; charset=utf-8' },
  });
