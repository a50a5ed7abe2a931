/**
 * Where a point lies along a line, and the part of a line between two such places: the import picks the sites a
 * track passes and orders them, the route pages measure legs along a drawn path. Lengths along the line are
 * great-circle lengths of its segments (as km() and turf's length); the spot nearest a point is found in local
 * equirectangular metres around the point, exact to well under 1% over a county.
 */
import type { Position } from 'geojson';
import { km } from './distance.ts';

export interface OnLine {
  /** Shortest distance from the point to the line, in metres. */
  distance: number;
  /** Distance along the line to the nearest spot, from its start, in metres (parts of a multi-line follow each other). */
  along: number;
}

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON_EQUATOR = 111_320;

type LonLat = [number, number];

const lonLat = (p: Position): LonLat => [p[0] as number, p[1] as number];

/** Each segment of the parts with where it starts along them and its length, in km. */
function* segments(parts: readonly (readonly Position[])[]): Generator<{ a: LonLat; b: LonLat; start: number; length: number }> {
  let walked = 0;
  for (const part of parts) {
    for (let i = 0; i + 1 < part.length; i++) {
      const a = lonLat(part[i] as Position);
      const b = lonLat(part[i + 1] as Position);
      const length = km(a, b);
      yield { a, b, start: walked, length };
      walked += length;
    }
  }
}

/** The spot of segment a–b nearest the point, as a fraction of the segment within [tMin, 1], and its distance in metres. */
function project(point: LonLat, a: LonLat, b: LonLat, tMin: number): { t: number; metres: number } {
  const kx = M_PER_DEG_LON_EQUATOR * Math.cos((point[1] * Math.PI) / 180);
  const ax = (a[0] - point[0]) * kx;
  const ay = (a[1] - point[1]) * M_PER_DEG_LAT;
  const dx = (b[0] - a[0]) * kx;
  const dy = (b[1] - a[1]) * M_PER_DEG_LAT;
  const len2 = dx * dx + dy * dy;
  // Projection of the point (the origin) on the segment, clamped to the part that may be used.
  const t = Math.max(tMin, Math.min(1, len2 === 0 ? 0 : -(ax * dx + ay * dy) / len2));
  return { t, metres: Math.hypot(ax + t * dx, ay + t * dy) };
}

/** The spot of the line nearest the point, at `fromKm` along it or further; undefined when the line ends before. */
function nearestFrom(point: LonLat, parts: readonly (readonly Position[])[], fromKm: number): { alongKm: number; offKm: number } | undefined {
  let best: { alongKm: number; offKm: number } | undefined;
  for (const s of segments(parts)) {
    if (s.start + s.length <= fromKm) continue;
    const tMin = s.length > 0 && fromKm > s.start ? (fromKm - s.start) / s.length : 0;
    const { t, metres } = project(point, s.a, s.b, tMin);
    if (!best || metres / 1000 < best.offKm) best = { alongKm: s.start + t * s.length, offKm: metres / 1000 };
  }
  return best;
}

export function nearestOnLine(point: readonly [number, number], parts: readonly Position[][]): OnLine | undefined {
  const at = nearestFrom([point[0], point[1]], parts, 0);
  return at && { distance: at.offKm * 1000, along: at.alongKm * 1000 };
}

/** Where along the line (km from its start) the spot nearest the point lies, looking only at or after `fromKm`, and how far off the line the point is (km). */
export function placeAlong(line: readonly LonLat[], point: LonLat, fromKm = 0): { alongKm: number; offKm: number } | undefined {
  return nearestFrom(point, [line], fromKm);
}

/** The line between two distances along it (km): the spots at both ends and the vertices between. */
export function sliceAlong(line: readonly LonLat[], fromKm: number, toKm: number): LonLat[] {
  const out: LonLat[] = [];
  const at = (s: { a: LonLat; b: LonLat; start: number; length: number }, d: number): LonLat => {
    const t = s.length > 0 ? (d - s.start) / s.length : 0;
    return [s.a[0] + t * (s.b[0] - s.a[0]), s.a[1] + t * (s.b[1] - s.a[1])];
  };
  for (const s of segments([line])) {
    const end = s.start + s.length;
    if (end < fromKm || s.start > toKm) continue;
    if (!out.length) out.push(at(s, Math.max(fromKm, s.start)));
    out.push(end <= toKm ? s.b : at(s, toKm));
  }
  return out;
}

/** The line's length in km. */
export function lineKm(line: readonly LonLat[]): number {
  let total = 0;
  for (const s of segments([line])) total += s.length;
  return total;
}

/** The lines of a LineString or MultiLineString, else undefined. */
export function linesOf(geometry: { type: string; coordinates?: unknown }): Position[][] | undefined {
  if (geometry.type === 'LineString') return [geometry.coordinates as Position[]];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as Position[][];
  return undefined;
}
