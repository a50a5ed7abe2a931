/**
 * Polygons prepared for many point questions (is it inside? how far to the nearest edge?): each keeps its box so
 * most polygons are passed over without looking at a vertex, which keeps a pack with a large basemap fast to check.
 */
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Bounds } from './bounds.ts';

export interface Shape {
  feature: Feature<Polygon | MultiPolygon>;
  bbox: Bounds;
}

/**
 * The polygon features among `features`, each with its box; lines and points are left out. `filled` drops the holes:
 * a hole in a land polygon is a lake or a pond, which is not the sea.
 */
export function shapes(features: readonly Feature[], { filled = false } = {}): Shape[] {
  const out: Shape[] = [];
  for (const original of features) {
    const g = original.geometry;
    if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') continue;
    const feature = (filled ? { ...original, geometry: withoutHoles(g) } : original) as Feature<Polygon | MultiPolygon>;
    out.push({ feature, bbox: bbox(feature) as Bounds });
  }
  return out;
}

/** A polygon's outer rings alone: land whose cut-out water (holes) is drawn, or checked, by layers of its own. */
export function withoutHoles<G extends Geometry>(g: G): G {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.slice(0, 1) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map((p) => p.slice(0, 1)) };
  return g;
}

const inBox = ([x, y]: Position, [w, s, e, n]: Bounds) => (x as number) >= w && (x as number) <= e && (y as number) >= s && (y as number) <= n;

/** The shapes the point lies in (on an edge counts as in). */
export function containing(all: readonly Shape[], point: Position): Shape[] {
  return all.filter((shape) => inBox(point, shape.bbox) && booleanPointInPolygon(point, shape.feature));
}

/** The box around all the shapes: how far a layer's data reaches. */
export function extent(all: readonly Shape[]): Bounds | undefined {
  if (!all.length) return undefined;
  return all.reduce<Bounds>(
    ([w, s, e, n], { bbox }) => [Math.min(w, bbox[0]), Math.min(s, bbox[1]), Math.max(e, bbox[2]), Math.max(n, bbox[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

export function within(point: Position, box: Bounds | undefined): boolean {
  return box !== undefined && inBox(point, box);
}

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/**
 * Metres from the point to the nearest edge of any of the shapes. Distances are measured on a plane laid at the point
 * (longitudes shrunk by the cosine of its latitude): within a few hundred kilometres that is off by well under 1 %,
 * which is plenty for saying how far a point is from a coast.
 */
export function nearestEdgeMetres(all: readonly Shape[], point: Position): number | undefined {
  const [lon0 = 0, lat0 = 0] = point;
  const kx = Math.cos(lat0 * RAD) * RAD * EARTH_RADIUS_M;
  const ky = RAD * EARTH_RADIUS_M;
  let best = Infinity;
  // Nearest boxes first, so far polygons are skipped once something close has been found.
  const byBox = all.map((shape) => ({ shape, d: boxMetres(shape.bbox, lon0, lat0, kx, ky) })).sort((a, b) => a.d - b.d);
  for (const { shape, d } of byBox) {
    if (d >= best) break;
    const g = shape.feature.geometry;
    const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1] as Position;
        const [bx = 0, by = 0] = ring[i] as Position;
        const dist = segmentMetres((ax - lon0) * kx, (ay - lat0) * ky, (bx - lon0) * kx, (by - lat0) * ky);
        if (dist < best) best = dist;
      }
    }
  }
  return Number.isFinite(best) ? best : undefined;
}

/** Distance from the origin to the segment a–b, in the plane's metres. */
function segmentMetres(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Distance from the point to a box (0 inside it): no edge of the box's polygon can be nearer than this. */
function boxMetres([w, s, e, n]: Bounds, lon: number, lat: number, kx: number, ky: number): number {
  const dx = lon < w ? w - lon : lon > e ? lon - e : 0;
  const dy = lat < s ? s - lat : lat > n ? lat - n : 0;
  return Math.hypot(dx * kx, dy * ky);
}
