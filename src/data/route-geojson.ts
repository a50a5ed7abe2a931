/**
 * GeoJSON of a route or bus line: the path first (a LineString or MultiLineString saying whether it is
 * straight legs), then one point per stop in order. Stops the pack does not place are listed on the path.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { exportDescription, type RouteExport, stopDescription } from './route-model.ts';

export function routeToGeoJson(r: RouteExport): FeatureCollection {
  const features: Feature[] = [];
  if (r.path.lines.length) {
    features.push({
      type: 'Feature',
      id: `${r.id}-path`,
      geometry:
        r.path.lines.length === 1
          ? { type: 'LineString', coordinates: r.path.lines[0] as [number, number][] }
          : { type: 'MultiLineString', coordinates: r.path.lines },
      properties: {
        role: 'path',
        id: r.id,
        title: r.title,
        summary: r.summary,
        url: r.url,
        straightLegs: r.path.straight,
        description: exportDescription(r),
        ...(r.unplaced.length ? { unplacedStops: r.unplaced } : {}),
        sources: r.sources,
        attribution: r.attribution,
      },
    });
  }
  for (const s of r.stops) {
    const desc = stopDescription(s, r.text);
    features.push({
      type: 'Feature',
      id: `${r.id}-stop-${s.order}`,
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      properties: {
        role: 'stop',
        order: s.order,
        name: s.name,
        ...(s.site ? { site: s.site } : {}),
        ...(s.side ? { side: s.side } : {}),
        ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
        ...(s.note ? { note: s.note } : {}),
        ...(desc ? { description: desc } : {}),
        ...(s.url ? { url: s.url } : {}),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
