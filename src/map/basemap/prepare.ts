/**
 * The pack's basemap layers as the site ships them: clipped to the service area (plus a margin, so
 * the edge is off screen), with only the properties the style reads, each feature tagged with its
 * role and the zoom it shows from. Pure: layers in, features out.
 */
import { area } from '@turf/area';
import { bboxClip } from '@turf/bbox-clip';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Bounds } from '../../geo/bounds.ts';
import { withoutHoles } from '../../geo/polygons.ts';
import type { BasemapData } from '../../pack/load.ts';
import type { BasemapRole } from '../../pack/schemas.ts';
import type { BasemapProps } from '../types.ts';
import { areaZoom, featureMinzoom, TILE_MAXZOOM } from './zooms.ts';

/** Degrees added around the service area: enough that a view of its edge is not cut. */
export const CLIP_MARGIN = 0.5;

/** Road classes drawn as major roads (Natural Earth's, OSM's and a plain `major`); all others are minor. */
const MAJOR_ROADS = new Set(['major highway', 'motorway', 'trunk', 'expressway', 'major', 'primary']);

export type BasemapFeature = Feature<Geometry, BasemapProps>;

export function grow(b: Bounds, margin: number): Bounds {
  return [b[0] - margin, b[1] - margin, b[2] + margin, b[3] + margin];
}

export function geometryBbox(g: Geometry): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    } else for (const child of c as unknown[]) visit(child);
  };
  if (g.type === 'GeometryCollection') for (const child of g.geometries) visit(child.type === 'GeometryCollection' ? [] : child.coordinates);
  else visit(g.coordinates);
  return b;
}

const hasCoordinates = (g: Geometry): boolean => {
  if (g.type === 'GeometryCollection') return g.geometries.some(hasCoordinates);
  const flat = (g.coordinates as unknown[]).flat(3) as number[];
  return flat.length > 0;
};

/** The part of a geometry inside a box, or nothing. Geometries wholly inside are kept as they are. `b` is g's own box. */
export function clipGeometry(g: Geometry, box: Bounds, b: Bounds = geometryBbox(g)): Geometry | undefined {
  if (b[2] < box[0] || b[0] > box[2] || b[3] < box[1] || b[1] > box[3]) return undefined;
  if (b[0] >= box[0] && b[2] <= box[2] && b[1] >= box[1] && b[3] <= box[3]) return g;
  switch (g.type) {
    case 'Point':
      return undefined; // a point's box is the point: it is inside or left out above
    case 'MultiPoint': {
      const inside = g.coordinates.filter(([x = Number.NaN, y = Number.NaN]) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]);
      return inside.length ? { type: 'MultiPoint', coordinates: inside } : undefined;
    }
    case 'LineString':
    case 'MultiLineString':
    case 'Polygon':
    case 'MultiPolygon': {
      const clipped = bboxClip(g, box).geometry as Geometry;
      const cleaned = dropDegenerate(clipped);
      return cleaned && hasCoordinates(cleaned) ? cleaned : undefined;
    }
    default:
      return undefined;
  }
}

/** bboxClip leaves empty rings and one-point lines where a shape only touched the box. */
function dropDegenerate(g: Geometry): Geometry | undefined {
  switch (g.type) {
    case 'LineString':
      return g.coordinates.length >= 2 ? g : undefined;
    case 'MultiLineString': {
      const lines = g.coordinates.filter((l) => l.length >= 2);
      return lines.length ? { type: 'MultiLineString', coordinates: lines } : undefined;
    }
    case 'Polygon': {
      const rings = g.coordinates.filter((r) => r.length >= 4);
      return rings.length && (rings[0]?.length ?? 0) >= 4 ? { type: 'Polygon', coordinates: rings } : undefined;
    }
    case 'MultiPolygon': {
      const polys = g.coordinates.map((p) => p.filter((r) => r.length >= 4)).filter((p) => p.length > 0);
      return polys.length ? { type: 'MultiPolygon', coordinates: polys } : undefined;
    }
    default:
      return g;
  }
}

/**
 * The parts of a line outside every given area, cut at the vertices (a segment goes with its midpoint).
 * Used so that coarse province lines do not double the finer county outlines where those exist.
 */
export function linesOutside(g: LineString | MultiLineString, areas: readonly Feature<Polygon | MultiPolygon>[]): MultiLineString | undefined {
  const boxes = areas.map((a) => geometryBbox(a.geometry));
  const inside = (p: [number, number]) =>
    areas.some((a, i) => {
      const b = boxes[i] as Bounds;
      return p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3] && booleanPointInPolygon(p, a);
    });
  const out: Position[][] = [];
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  for (const line of lines) {
    let run: Position[] = [];
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1] as Position;
      const b = line[i] as Position;
      const mid: [number, number] = [((a[0] as number) + (b[0] as number)) / 2, ((a[1] as number) + (b[1] as number)) / 2];
      if (inside(mid)) {
        if (run.length >= 2) out.push(run);
        run = [];
      } else {
        if (!run.length) run.push(a);
        run.push(b);
      }
    }
    if (run.length >= 2) out.push(run);
  }
  return out.length ? { type: 'MultiLineString', coordinates: out } : undefined;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/** Only what the style reads: role, labels, rank, a two-valued road class, and the zoom the feature shows from. */
export function trimProperties(
  layer: Pick<BasemapData, 'role' | 'labelProperty' | 'labelEnProperty' | 'rankProperty' | 'classProperty'>,
  props: Record<string, unknown> | null,
): BasemapProps {
  const p = props ?? {};
  const out: BasemapProps = { role: layer.role as BasemapRole, minzoom: 0 };
  const label = layer.labelProperty ? text(p[layer.labelProperty]) : undefined;
  if (label) out.label = label;
  const labelEn = layer.labelEnProperty ? text(p[layer.labelEnProperty]) : undefined;
  if (labelEn) out.label_en = labelEn;
  const rank = layer.rankProperty ? Number(p[layer.rankProperty]) : Number.NaN;
  if (Number.isFinite(rank)) out.rank = rank;
  if (layer.role === 'road') out.class = MAJOR_ROADS.has(String(layer.classProperty ? p[layer.classProperty] : '').toLowerCase()) ? 'major' : 'minor';
  out.minzoom = featureMinzoom(out.role, out);
  return out;
}

/** Roles whose small areas wait for the zoom at which they are big enough to read (zooms.ts, areaZoom). */
const SIZED_AREAS = new Set<BasemapRole>(['lake', 'river', 'urban']);

const isOutline = (role: BasemapRole, g: Geometry) => (role === 'boundary' || role === 'town-boundary') && (g.type === 'Polygon' || g.type === 'MultiPolygon');

/** Every basemap feature of the pack, clipped to the grown service area and trimmed; outlines' names become points. */
export function prepareBasemap(layers: readonly BasemapData[], serviceArea: Bounds, margin = CLIP_MARGIN): BasemapFeature[] {
  const box = grow(serviceArea, margin);
  const counties = layers
    .filter((l) => l.role === 'boundary')
    .flatMap((l) => l.features)
    .filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  const out: BasemapFeature[] = [];
  for (const layer of layers) {
    for (const f of layer.features) {
      if (!f.geometry) continue;
      let g = clipGeometry(f.geometry, box);
      if (g && layer.outsideBoundaries && counties.length && (g.type === 'LineString' || g.type === 'MultiLineString')) g = linesOutside(g, counties);
      if (!g) continue;
      // The OSM-derived land cuts out inland water as generalised, blocky holes, some of them kilometres across where
      // there is no lake (松江 north of 30.97°N was one); through a hole the sea below showed. Inland water is drawn by
      // the lake and river layers, from their own data.
      if (layer.role === 'land') g = withoutHoles(g);
      const props = trimProperties(layer, f.properties);
      if (SIZED_AREAS.has(layer.role) && (g.type === 'Polygon' || g.type === 'MultiPolygon')) {
        const b = geometryBbox(g);
        props.minzoom = Math.min(TILE_MAXZOOM, Math.max(props.minzoom, areaZoom(area(g), (b[1] + b[3]) / 2)));
      }
      if (isOutline(layer.role, g) && (props.label || props.label_en)) {
        // An outline's name goes on one point inside it: a polygon's label would repeat in every tile it spans.
        const at = pointOnFeature(f as Feature<Polygon | MultiPolygon>).geometry;
        if (clipGeometry(at, box)) out.push({ type: 'Feature', geometry: at, properties: props });
        const { label: _label, label_en: _labelEn, ...line } = props;
        out.push({ type: 'Feature', geometry: g, properties: line });
      } else out.push({ type: 'Feature', geometry: g, properties: props });
    }
  }
  return out;
}
