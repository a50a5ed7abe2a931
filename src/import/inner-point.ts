/**
 * A point that is surely inside an outline, to stand for a site drawn as one: the centroid when it is
 * inside, else the middle of the widest stretch of the outline along the centroid's latitude. A centroid
 * can fall in a hole (a ring-shaped park) or outside a crescent; a vertex is on the edge, not inside.
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export function innerPoint(g: Polygon | MultiPolygon): [number, number] {
  const polygons: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const [rings] = polygons.map((p) => [p, area({ type: 'Polygon', coordinates: p })] as const).sort((a, b) => b[1] - a[1])[0] as readonly [
    Position[][],
    number,
  ];
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  const c = centroid(polygon).geometry.coordinates as [number, number];
  if (booleanPointInPolygon(c, polygon, { ignoreBoundary: true })) return c;
  const y = c[1];
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i] as [number, number];
      const [x2, y2] = ring[i + 1] as [number, number];
      // Half-open test, so a vertex exactly on the line is counted once.
      if (y1 <= y !== y2 <= y) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] = c;
  let width = -1;
  // Even-odd: between the 1st and 2nd crossing is inside, between the 2nd and 3rd outside (or a hole), …
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const a = xs[i] as number;
    const b = xs[i + 1] as number;
    if (b - a > width) {
      width = b - a;
      best = [(a + b) / 2, y];
    }
  }
  return best;
}
