/**
 * The line where two provinces meet, from county polygons that carry a `province` property:
 * the portal highlights it because the whole subject is what happens across it.
 */
import { length } from '@turf/length';
import { lineOverlap } from '@turf/line-overlap';
import { polygonToLine } from '@turf/polygon-to-line';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';

export interface BorderProps {
  /** The two provinces, sorted, e.g. ["上海市", "浙江省"]. */
  provinces: [string, string];
  /** The two counties on either side. */
  counties: [string, string];
  km: number;
}

/** Tolerance for edges drawn twice by the same generalised source (km). */
const TOLERANCE_KM = 0.2;

export function provinceBorders(counties: Feature<Polygon | MultiPolygon>[]): Feature<LineString, BorderProps>[] {
  const out: Feature<LineString, BorderProps>[] = [];
  const withProvince = counties.filter((f) => typeof f.properties?.province === 'string');
  for (let i = 0; i < withProvince.length; i++) {
    for (let j = i + 1; j < withProvince.length; j++) {
      const a = withProvince[i] as Feature<Polygon | MultiPolygon>;
      const b = withProvince[j] as Feature<Polygon | MultiPolygon>;
      if (a.properties?.province === b.properties?.province) continue;
      const overlap = lineOverlap(outline(a), outline(b), { tolerance: TOLERANCE_KM });
      for (const segment of overlap.features) {
        const sides = [a, b]
          .map((f) => ({ province: String(f.properties?.province), county: String(f.properties?.name ?? '') }))
          .sort((x, y) => x.province.localeCompare(y.province));
        out.push({
          type: 'Feature',
          geometry: segment.geometry,
          properties: {
            provinces: [sides[0]?.province ?? '', sides[1]?.province ?? ''],
            counties: [sides[0]?.county ?? '', sides[1]?.county ?? ''],
            km: Math.round(length(segment) * 10) / 10,
          },
        });
      }
    }
  }
  return out;
}

function outline(f: Feature<Polygon | MultiPolygon>): Feature<LineString> {
  const line = polygonToLine(f);
  if (line.type === 'Feature') {
    if (line.geometry.type === 'LineString') return line as Feature<LineString>;
    return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line.geometry.coordinates.flat() } };
  }
  // A MultiPolygon: one ring after another is enough for finding shared edges.
  const coordinates = line.features.flatMap((part) => (part.geometry.type === 'LineString' ? part.geometry.coordinates : part.geometry.coordinates.flat()));
  return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } };
}
