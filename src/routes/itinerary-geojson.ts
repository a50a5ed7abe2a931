/** The planner's route as GeoJSON for the interactive map: legs (flagged straight) and numbered stops. */
import type { FeatureCollection } from 'geojson';
import type { Itinerary } from './types.ts';

export function planFeatures(it: Itinerary): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...it.legs
        .filter((l) => l.line.length >= 2 && l.km > 0)
        .map((l) => ({
          type: 'Feature' as const,
          geometry: { type: 'LineString' as const, coordinates: l.line },
          properties: { role: 'leg', straight: l.straight, to: l.to + 1 },
        })),
      // Later stops first, so the first of stops at one spot is drawn on top.
      ...[...it.stops].reverse().map((s) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [s.site.lon, s.site.lat] },
        properties: { role: 'stop', order: s.order, id: s.site.id, title: s.site.title },
      })),
    ],
  };
}
