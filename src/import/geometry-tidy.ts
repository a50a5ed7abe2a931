/**
 * Geometries as the pack stores them: [lon, lat] to six decimals (about 0.1 m). Elevation and finer digits
 * are dropped: the site draws the shape and nothing else, and every byte of geo/ ships to phones.
 */
import type { Geometry, Position } from 'geojson';

const round = (p: Position): Position => [Math.round((p[0] as number) * 1e6) / 1e6, Math.round((p[1] as number) * 1e6) / 1e6];

/** A track logger repeats a position while standing still; the repeats draw nothing. */
function line(positions: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of positions.map(round)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 2 ? out : positions.slice(0, 2).map(round);
}

export function tidyGeometry(g: Geometry): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: round(g.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map(round) };
    case 'LineString':
      return { type: 'LineString', coordinates: line(g.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(line) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(round)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((l) => l.map(round))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map(tidyGeometry) };
  }
}
