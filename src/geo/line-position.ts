/**
 * Where a point lies along a line, in metres: enough to pick the sites a track passes and put them in
 * the order it passes them. Local equirectangular metres are exact to well under 1% over a county.
 */
import type { Position } from 'geojson';

export interface OnLine {
  /** Shortest distance from the point to the line. */
  distance: number;
  /** Distance along the line to the nearest spot, from its start (parts of a multi-line follow each other). */
  along: number;
}

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON_EQUATOR = 111_320;

export function nearestOnLine(point: readonly [number, number], parts: readonly Position[][]): OnLine | undefined {
  const kx = M_PER_DEG_LON_EQUATOR * Math.cos((point[1] * Math.PI) / 180);
  const xy = (p: Position): [number, number] => [((p[0] as number) - point[0]) * kx, ((p[1] as number) - point[1]) * M_PER_DEG_LAT];
  let best: OnLine | undefined;
  let walked = 0;
  for (const part of parts) {
    for (let i = 0; i + 1 < part.length; i++) {
      const [ax, ay] = xy(part[i] as Position);
      const [bx, by] = xy(part[i + 1] as Position);
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      // Projection of the point (the origin) on the segment, clamped to its ends.
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      const distance = Math.hypot(ax + t * dx, ay + t * dy);
      const len = Math.sqrt(len2);
      if (!best || distance < best.distance) best = { distance, along: walked + t * len };
      walked += len;
    }
  }
  return best;
}

/** The lines of a LineString or MultiLineString, else undefined. */
export function linesOf(geometry: { type: string; coordinates?: unknown }): Position[][] | undefined {
  if (geometry.type === 'LineString') return [geometry.coordinates as Position[]];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as Position[][];
  return undefined;
}
