import type { APIRoute, GetStaticPaths } from 'astro';
import { transitExports } from '../../../data/pack-exports.ts';
import { routeToGeoJson } from '../../../data/route-geojson.ts';
import type { RouteExport } from '../../../data/route-model.ts';
import { getPack } from '../../../pack/index.ts';

export const getStaticPaths = (() => transitExports(getPack()).map((line) => ({ params: { id: line.id }, props: { line } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(routeToGeoJson((props as { line: RouteExport }).line)), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
