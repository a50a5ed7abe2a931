import type { APIRoute } from 'astro';
import { tilePathsAround } from '../../map/basemap/tiles.ts';
import { getBasemapTiles } from '../../map/index.ts';
import { offlineRoutes } from '../../offline/save-urls.ts';
import { getPack } from '../../pack/index.ts';
import { BASE, LOCALES } from '../../site/paths.ts';

/** What the service worker stores for each route when it is saved for offline use (and again after an update). */
export const GET: APIRoute = () => {
  const tiles = getBasemapTiles();
  const sites = new Map(getPack().entries.sites.map((s) => [s.id, [s.data.location.lon, s.data.location.lat] as [number, number]]));
  const routes = LOCALES.flatMap((locale) =>
    getPack().entries.routes.map((r) => ({
      id: r.id,
      locale,
      title: locale === 'en' ? (r.data.titleEn ?? r.data.title) : r.data.title,
      sites: r.data.stops.map((s) => s.site),
      basemapTiles: tilePathsAround(
        r.data.stops.map((s) => sites.get(s.site)).filter((p): p is [number, number] => Boolean(p)),
        tiles,
      ),
    })),
  );
  return new Response(JSON.stringify(offlineRoutes(routes, BASE)), { headers: { 'Content-Type': 'application/json' } });
};
