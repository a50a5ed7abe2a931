/**
 * Where a partnership has no drawn area, an honest stand-in: the hull around its members'
 * points, buffered so pairs and single members still show as areas. Marked schematic.
 */
import { buffer } from '@turf/buffer';
import { convex } from '@turf/convex';
import { difference } from '@turf/difference';
import { featureCollection, lineString, point } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export function schematicArea(points: Position[], bufferKm = 2.5): Feature<Polygon | MultiPolygon> | undefined {
  if (points.length === 0) return undefined;
  let shape: Feature | undefined;
  if (points.length === 1) shape = point(points[0] as Position);
  else if (points.length === 2) shape = lineString(points);
  else shape = convex(featureCollection(points.map((p) => point(p)))) ?? lineString(points);
  const area = buffer(shape, bufferKm, { units: 'kilometers', steps: 8 });
  return area ? { type: 'Feature', properties: {}, geometry: area.geometry as Polygon | MultiPolygon } : undefined;
}

/**
 * A schematic area with the known water taken out: a hull around coastal members must not
 * claim the sea. Only water the basemap draws is removed; beyond it the area is left as it is.
 */
export function withoutWater(area: Feature<Polygon | MultiPolygon>, water: readonly Feature<Polygon | MultiPolygon>[]): Feature<Polygon | MultiPolygon> {
  let out = area;
  for (const w of water) {
    const cut = difference(featureCollection([out, w]));
    if (!cut) return area;
    out = { type: 'Feature', properties: {}, geometry: cut.geometry as Polygon | MultiPolygon };
  }
  return out;
}
