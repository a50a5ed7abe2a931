import { describe, expect, it } from 'vitest';
import { boxPolygon } from '../../../tests/support/boxes.ts';
import { type Bounds, boundsIntersect } from '../../geo/bounds.ts';
import { featuresNear } from './near.ts';
import { type BasemapFeature, geometryBbox } from './prepare.ts';

const point = (x: number, y: number, label: string): BasemapFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [x, y] },
  properties: { role: 'place', minzoom: 0, label },
});
const line = (coords: [number, number][]): BasemapFeature => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: coords },
  properties: { role: 'road', minzoom: 0, class: 'major' },
});
const land = (w: number, s: number, e: number, n: number): BasemapFeature => ({
  type: 'Feature',
  geometry: boxPolygon(w, s, e, n),
  properties: { role: 'land', minzoom: 0 },
});

// A delta's worth: the land under everything first, then towns on a 0.05° grid and roads between them.
const features: BasemapFeature[] = [land(118, 28, 123, 33)];
for (let x = 120; x < 122; x += 0.05) for (let y = 30; y < 31.5; y += 0.05) features.push(point(x, y, `${x.toFixed(2)},${y.toFixed(2)}`));
for (let y = 30; y < 31.5; y += 0.1)
  features.push(
    line([
      [119.9, y],
      [121.2, y + 0.02],
      [122.1, y],
    ]),
  );

const byBoxes = (view: Bounds) => features.filter((f) => boundsIntersect(geometryBbox(f.geometry), view));

describe('the basemap features near a view', () => {
  it('are those whose box meets the view, in the basemap’s order (the order they are drawn in)', () => {
    const views: Bounds[] = [
      [121.1, 30.6, 121.25, 30.72], // a village's overview
      [120.5, 30.2, 121.6, 31.1], // a county's
      [117, 27, 124, 34], // more than the whole map
      [121.049, 30.349, 121.051, 30.351], // a point on a town
      [100, 10, 101, 11], // nowhere
      [-1, -1, 1, 1], // across the zero of the grid
    ];
    for (const view of views) expect(featuresNear(features, view).map((n) => n.feature)).toEqual(byBoxes(view));
  });

  it('give each feature with its own box', () => {
    const near = featuresNear(features, [121.1, 30.6, 121.25, 30.72]);
    expect(near.length).toBeGreaterThan(3);
    for (const { feature, box } of near) expect(box).toEqual(geometryBbox(feature.geometry));
  });
});
