import type { APIRoute } from 'astro';
import { offlineRoutes } from '../../offline/save-urls.ts';
import { getPack } from '../../pack/index.ts';
import { BASE } from '../../site/paths.ts';

/** What the service worker stores for each route when it is saved for offline use (and again after an update). */
export const GET: APIRoute = () => {
  const routes = getPack().entries.routes.map((r) => ({ id: r.id, title: r.data.title, sites: r.data.stops.map((s) => s.site) }));
  return new Response(JSON.stringify(offlineRoutes(routes, BASE)), { headers: { 'Content-Type': 'application/json' } });
};
