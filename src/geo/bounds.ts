import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, Position } from 'geojson';

export type Bounds = [number, number, number, number];

/** Bounds of features, grown so a single point or a thin line still shows its surroundings. */
export function contentBounds(features: Feature[], minSpanDeg = 0.02): Bounds | undefined {
  if (features.length === 0) return undefined;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features } as FeatureCollection) as Bounds;
  const padLon = Math.max(0, (minSpanDeg - (e - w)) / 2);
  const padLat = Math.max(0, (minSpanDeg - (n - s)) / 2);
  return [round(w - padLon), round(s - padLat), round(e + padLon), round(n + padLat)];
}

/** The box around points, widened by `margin` degrees on every side; undefined for no points. */
export function pointBounds(points: readonly Position[], margin = 0): Bounds | undefined {
  if (!points.length) return undefined;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of points) {
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  }
  return [w - margin, s - margin, e + margin, n + margin];
}

export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;
