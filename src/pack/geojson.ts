/**
 * RFC 7946 checks for the pack's GeoJSON, with the fixes that are safe to make silently
 * (winding, CRS conversion) reported as notes instead of errors.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { CRS_LABELS, toWgs84 } from './crs.ts';
import { type PackMessages, type Said, zh } from './messages/index.ts';
import { CRS_VALUES } from './schemas.ts';

export interface GeoIssue {
  /** Index of the feature in the collection, or -1 for the file as a whole. */
  feature: number;
  /** Dotted path inside the feature, e.g. `geometry.coordinates.0`. */
  field: string;
  message: string;
  hint?: string;
}

export interface CheckedGeoJson {
  /** The features, rewound and converted to WGS-84; empty when the file is unusable. */
  features: Feature[];
  errors: GeoIssue[];
  /** Things fixed on the way (winding, CRS); worth a line in the build log. */
  notes: GeoIssue[];
}

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'];

export function checkGeoJson(input: unknown, m: PackMessages = zh): CheckedGeoJson {
  const errors: GeoIssue[] = [];
  const notes: GeoIssue[] = [];
  if (!isObject(input)) return { features: [], errors: [{ feature: -1, field: '-', ...m.geojson.notObject() }], notes };
  const crs = input.crs;
  let convert: ((p: Position) => Position) | undefined;
  if (crs !== undefined) {
    if (typeof crs === 'string' && (CRS_VALUES as readonly string[]).includes(crs)) {
      if (crs !== 'wgs84') {
        convert = (p) => [...toWgs84([p[0] as number, p[1] as number], crs as 'gcj02' | 'bd09'), ...p.slice(2)];
        notes.push({ feature: -1, field: 'crs', ...m.geojson.crsConverted(CRS_LABELS[crs as 'gcj02' | 'bd09']) });
      }
    } else {
      errors.push({ feature: -1, field: 'crs', ...m.geojson.unknownCrs(JSON.stringify(crs), CRS_VALUES) });
    }
  }
  let rawFeatures: unknown[];
  if (input.type === 'FeatureCollection') {
    if (!Array.isArray(input.features)) {
      return { features: [], errors: [...errors, { feature: -1, field: 'features', ...m.geojson.noFeatures() }], notes };
    }
    rawFeatures = input.features;
  } else if (input.type === 'Feature') {
    rawFeatures = [input];
  } else {
    return {
      features: [],
      errors: [...errors, { feature: -1, field: 'type', ...m.geojson.notFeatureOrCollection(JSON.stringify(input.type)) }],
      notes,
    };
  }
  const features: Feature[] = [];
  rawFeatures.forEach((raw, index) => {
    const before = errors.length;
    if (!isObject(raw) || raw.type !== 'Feature') {
      errors.push({ feature: index, field: 'type', ...m.geojson.notFeature() });
      return;
    }
    if (raw.properties !== null && raw.properties !== undefined && !isObject(raw.properties)) {
      errors.push({ feature: index, field: 'properties', ...m.geojson.badProperties() });
    }
    if (raw.geometry === null) {
      errors.push({ feature: index, field: 'geometry', ...m.geojson.noGeometry() });
      return;
    }
    const issues: Issue[] = [];
    checkGeometry(raw.geometry, 'geometry', issues, m);
    for (const found of issues) errors.push({ feature: index, ...found });
    if (errors.length > before) return;
    let geometry = raw.geometry as Geometry;
    if (convert) geometry = mapPositions(geometry, convert);
    const rewound = rewind(geometry);
    if (rewound.changed) notes.push({ feature: index, field: 'geometry', ...m.geojson.windingFixed() });
    features.push({
      type: 'Feature',
      properties: (raw.properties as Feature['properties']) ?? {},
      geometry: rewound.geometry,
      ...(raw.id !== undefined ? { id: raw.id as string | number } : {}),
    });
  });
  return { features, errors, notes };
}

type Issue = Omit<GeoIssue, 'feature'>;

function issue(list: Issue[], field: string, said: Said) {
  list.push({ field, ...said });
}

function checkGeometry(g: unknown, field: string, out: Issue[], m: PackMessages): void {
  if (!isObject(g)) {
    issue(out, field, m.geojson.geometryNotObject());
    return;
  }
  if (!GEOMETRY_TYPES.includes(g.type as string)) {
    issue(out, `${field}.type`, m.geojson.unknownGeometry(JSON.stringify(g.type), GEOMETRY_TYPES));
    return;
  }
  if (g.type === 'GeometryCollection') {
    if (!Array.isArray(g.geometries)) {
      issue(out, `${field}.geometries`, m.geojson.noGeometries());
      return;
    }
    for (const [i, child] of g.geometries.entries()) checkGeometry(child, `${field}.geometries.${i}`, out, m);
    return;
  }
  const c = g.coordinates;
  const at = `${field}.coordinates`;
  switch (g.type) {
    case 'Point':
      checkPosition(c, at, out, m);
      return;
    case 'MultiPoint':
    case 'LineString':
      if (!Array.isArray(c)) {
        issue(out, at, m.geojson.positionsArray());
        return;
      }
      if (g.type === 'LineString' && c.length < 2) issue(out, at, m.geojson.lineTooShort(c.length));
      for (const [i, p] of c.entries()) checkPosition(p, `${at}.${i}`, out, m);
      return;
    case 'MultiLineString':
      if (!Array.isArray(c)) {
        issue(out, at, m.geojson.linesArray());
        return;
      }
      for (const [i, line] of c.entries()) checkGeometry({ type: 'LineString', coordinates: line }, `${field}.lines.${i}`, out, m);
      return;
    case 'Polygon':
      checkRings(c, at, out, m);
      return;
    case 'MultiPolygon':
      if (!Array.isArray(c)) {
        issue(out, at, m.geojson.polygonsArray());
        return;
      }
      for (const [i, poly] of c.entries()) checkRings(poly, `${at}.${i}`, out, m);
      return;
  }
}

function checkRings(rings: unknown, at: string, out: Issue[], m: PackMessages) {
  if (!Array.isArray(rings) || rings.length === 0) {
    issue(out, at, m.geojson.ringsArray());
    return;
  }
  rings.forEach((ring, r) => {
    const where = `${at}.${r}`;
    if (!Array.isArray(ring)) {
      issue(out, where, m.geojson.ringPositions());
      return;
    }
    const before = out.length;
    for (const [i, p] of ring.entries()) checkPosition(p, `${where}.${i}`, out, m);
    if (out.length > before) return;
    if (ring.length < 4) issue(out, where, m.geojson.ringTooShort(ring.length));
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) issue(out, where, m.geojson.ringOpen());
  });
}

function checkPosition(p: unknown, at: string, out: Issue[], m: PackMessages) {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    issue(out, at, m.geojson.badPosition(short(p)));
    return;
  }
  const [lon, lat] = p as [number, number];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    const swap = Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
    issue(out, at, m.geojson.outOfRange(short(p), swap));
  }
}

function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: f(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: g.coordinates.map(f) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map((l) => l.map(f)) };
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((p) => p.map((l) => l.map(f))) };
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((c) => mapPositions(c, f)) };
  }
}

/** Shoelace sum: positive for clockwise rings in lon/lat. */
function clockwise(ring: Position[]): boolean {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += ((b[0] as number) - (a[0] as number)) * ((b[1] as number) + (a[1] as number));
  }
  return sum > 0;
}

function rewindRings(rings: Position[][]): { rings: Position[][]; changed: boolean } {
  let changed = false;
  const out = rings.map((ring, i) => {
    // RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise.
    const wantClockwise = i > 0;
    if (clockwise(ring) !== wantClockwise) {
      changed = true;
      return [...ring].reverse();
    }
    return ring;
  });
  return { rings: out, changed };
}

export function rewind(g: Geometry): { geometry: Geometry; changed: boolean } {
  if (g.type === 'Polygon') {
    const r = rewindRings(g.coordinates);
    return { geometry: { ...g, coordinates: r.rings }, changed: r.changed };
  }
  if (g.type === 'MultiPolygon') {
    let changed = false;
    const coordinates = g.coordinates.map((p) => {
      const r = rewindRings(p);
      changed ||= r.changed;
      return r.rings;
    });
    return { geometry: { ...g, coordinates }, changed };
  }
  if (g.type === 'GeometryCollection') {
    let changed = false;
    const geometries = g.geometries.map((c) => {
      const r = rewind(c);
      changed ||= r.changed;
      return r.geometry;
    });
    return { geometry: { ...g, geometries }, changed };
  }
  return { geometry: g, changed: false };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export type { Feature, FeatureCollection };
