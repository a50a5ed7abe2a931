/** The export models of a loaded pack's routes and bus lines (types only from the pack: no Node modules here). */

import { zhCN } from '../i18n/zh-CN.ts';
import type { Pack } from '../pack/load.ts';
import { type DataText, type ExportContext, type RouteExport, routeExport, transitExport } from './route-model.ts';

/** The build's files are written once, in Chinese: the content they carry is Chinese. */
export function exportContext(pack: Pick<Pack, 'config' | 'entries'>, baseUrl = '', text: DataText = zhCN.data): ExportContext {
  return {
    sites: new Map(pack.entries.sites.map((s) => [s.id, { title: s.data.title, location: s.data.location }])),
    sourceTitles: new Map(Object.entries(pack.config.sources).map(([key, s]) => [key, s.title])),
    attribution: pack.config.attribution,
    baseUrl,
    text,
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
