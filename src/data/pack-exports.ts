/** The export models of a loaded pack's routes and bus lines (types only from the pack: no Node modules here). */
import type { Pack } from '../pack/load.ts';
import { type ExportContext, type RouteExport, routeExport, transitExport } from './route-model.ts';

export function exportContext(pack: Pick<Pack, 'config' | 'entries'>, baseUrl = ''): ExportContext {
  return {
    sites: new Map(pack.entries.sites.map((s) => [s.id, { title: s.data.title, location: s.data.location }])),
    sourceTitles: new Map(Object.entries(pack.config.sources).map(([key, s]) => [key, s.title])),
    attribution: pack.config.attribution,
    baseUrl,
  };
}

export function routeExports(pack: Pick<Pack, 'config' | 'entries' | 'geometries'>, baseUrl = ''): RouteExport[] {
  const ctx = exportContext(pack, baseUrl);
  return pack.entries.routes.map((r) => routeExport(r.id, r.data, pack.geometries.get(`routes/${r.id}`), ctx));
}

export function transitExports(pack: Pick<Pack, 'config' | 'entries' | 'geometries'>, baseUrl = ''): RouteExport[] {
  const ctx = exportContext(pack, baseUrl);
  return pack.entries.transit.map((t) => transitExport(t.id, t.data, pack.geometries.get(`transit/${t.id}`), ctx));
}
