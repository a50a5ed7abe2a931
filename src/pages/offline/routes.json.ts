import type { APIRoute } from 'astro';
import { offlineRoutes } from '../../offline/save-urls.ts';
import { getPack } from '../../pack/index.ts';
import { BASE, LOCALES } from '../../site/paths.ts';

/** What the service worker stores for each route when it is saved for offline use (and again after an update). */
export const GET: APIRoute = () => {
  const routes = LOCALES.flatMap((locale) =>
    getPack().entries.routes.map((r) => ({
      id: r.id,
      locale,
      title: locale === 'en' ? (r.data.titleEn ?? r.data.title) : r.data.title,
      sites: r.data.stops.map((s) => s.site),
    })),
  );
  return new Response(JSON.stringify(offlineRoutes(routes, BASE)), { headers: { 'Content-Type': 'application/json' } });
};
