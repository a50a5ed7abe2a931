/** Rectangles as GeoJSON, for tests that need land, water or an outline of a known extent. */
import type { Feature, Polygon } from 'geojson';
import type { Outline } from '../../src/pack/facts/outlines.ts';

/** The rectangle from (w, s) to (e, n), its ring closed and counter-clockwise. */
export const boxPolygon = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

export const boxFeature = (w: number, s: number, e: number, n: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: boxPolygon(w, s, e, n),
});

/** An outline from longitude w to e (latitudes 30–31.5), for the fact checks' tests. */
export const boxOutline = (levels: Partial<Outline>, w = 120.5, e = 121.15): Outline => ({
  feature: boxFeature(w, 30, e, 31.5),
  bbox: [w, 30, e, 31.5],
  label: '',
  ...levels,
});
