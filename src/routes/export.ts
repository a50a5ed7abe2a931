/**
 * An itinerary as the open-data writers see it (src/data/route-model.ts), so a planned visit downloads as the
 * same GPX, KML and GeoJSON as a curated route.
 */
import { routeToGpx } from '../data/gpx.ts';
import { routeToKml } from '../data/kml.ts';
import { routeToGeoJson } from '../data/route-geojson.ts';
import type { DataText, RouteExport } from '../data/route-model.ts';
import { entryPagePath } from '../pack/urls.ts';
import type { Itinerary, LonLat } from './types.ts';

export interface ExportMeta {
  id: string;
  title: string;
  summary: string;
  /** Absolute address of the plan or route page. */
  url: string;
  /** Origin the site pages are under, e.g. https://example.org. */
  origin: string;
  sources?: string[];
  attribution?: string[];
  /** The words of the files, in the page's language. */
  text: DataText;
}

/** The legs' lines joined into one path, the shared points between legs kept once. */
export function joinedPath(it: Itinerary): LonLat[] {
  const out: LonLat[] = [];
  for (const leg of it.legs) {
    for (const p of leg.line) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
  }
  if (!out.length && it.stops[0]) out.push([it.stops[0].site.lon, it.stops[0].site.lat]);
  return out;
}

export function itineraryExport(it: Itinerary, meta: ExportMeta): RouteExport {
  const path = joinedPath(it);
  // A path any part of which is straight legs is said to be straight legs: never passed off as roads.
  const straight = it.legs.length === 0 || it.legs.some((l) => l.straight);
  return {
    id: meta.id,
    title: meta.title,
    summary: meta.summary,
    url: meta.url,
    stops: it.stops.map((s) => ({
      order: s.order,
      name: s.site.title,
      lon: s.site.lon,
      lat: s.site.lat,
      site: s.site.id,
      minutes: s.minutes,
      ...(s.note ? { note: s.note } : {}),
      url: `${meta.origin}${entryPagePath('sites', s.site.id)}`,
    })),
    unplaced: [],
    path: { lines: path.length >= 2 ? [path] : [], straight, note: straight ? meta.text.pathStraight : meta.text.pathDrawn },
    sources: meta.sources ?? [],
    attribution: meta.attribution ?? [],
    text: meta.text,
  };
}

export type ExportFormat = 'gpx' | 'kml' | 'geojson';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  gpx: 'application/gpx+xml',
  kml: 'application/vnd.google-earth.kml+xml',
  geojson: 'application/geo+json',
};

export function exportFile(r: RouteExport, format: ExportFormat): string {
  if (format === 'gpx') return routeToGpx(r);
  if (format === 'kml') return routeToKml(r, { stops: r.text.stopsLabel, path: r.text.pathLabel });
  return JSON.stringify(routeToGeoJson(r), null, 1);
}
