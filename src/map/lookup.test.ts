import { describe, expect, it } from 'vitest';
import { type Bounds, boundsIntersect } from '../geo/bounds.ts';
import { geometryBounds, mapLookup } from './lookup.ts';
import type { MapData, OverlayFeature, SiteFeature } from './types.ts';

// A grid of 400 sites over 121.0–121.2°E, 30.6–30.8°N, two on one spot, written in an order unrelated to longitude.
const sites: SiteFeature[] = Array.from({ length: 400 }, (_, i) => {
  const k = (i * 37) % 400;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [121 + (k % 20) / 100, 30.6 + Math.floor(k / 20) / 100] },
    properties: { id: `s${i}` } as SiteFeature['properties'],
  };
});
sites.push({ ...sites[5], properties: { id: 'same-spot' } } as SiteFeature);
const overlay = (entry: string, coordinates: [number, number][]): OverlayFeature => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates },
  properties: { overlay: 'route-line', entry },
});
const overlays = [
  overlay('routes/a', [
    [121, 30.6],
    [121.1, 30.7],
  ]),
  overlay('routes/b', [
    [121.05, 30.65],
    [121.2, 30.62],
  ]),
  overlay('routes/a', [
    [121.1, 30.7],
    [121.15, 30.8],
  ]),
];
const data = { sites: { type: 'FeatureCollection', features: sites }, overlays: { type: 'FeatureCollection', features: overlays } } as unknown as MapData;

describe('lookups over the map data', () => {
  const lookup = mapLookup(data);

  it('finds the sites in a box as a scan of all of them would, in the data’s order', () => {
    const boxes: Bounds[] = [
      [121.03, 30.61, 121.11, 30.7],
      [121.05, 30.65, 121.05, 30.65],
      [120, 30, 122, 31],
      [121.5, 30, 122, 31],
      [121.0, 30.6, 121.0, 30.8],
    ];
    for (const box of boxes) {
      const scan = sites.filter((s) => {
        const [x, y] = s.geometry.coordinates as [number, number];
        return boundsIntersect([x, y, x, y], box);
      });
      expect(lookup.sitesIn(box).map((s) => s.properties.id)).toEqual(scan.map((s) => s.properties.id));
    }
    expect(lookup.sitesIn([120, 30, 122, 31])).toHaveLength(401);
  });

  it('finds a site by id and an entry’s overlays in order', () => {
    expect(lookup.site('same-spot')?.geometry.coordinates).toEqual(sites[5]?.geometry.coordinates);
    expect(lookup.site('nowhere')).toBeUndefined();
    expect(lookup.overlaysOf('routes/a')).toEqual([overlays[0], overlays[2]]);
    expect(lookup.overlaysOf('routes/none')).toEqual([]);
  });

  it('boxes an overlay as its geometry spans', () => {
    expect(lookup.boundsOf(overlays[1] as OverlayFeature)).toEqual([121.05, 30.62, 121.2, 30.65]);
    expect(
      geometryBounds({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [1, 2],
              [3, 4],
              [0, 5],
              [1, 2],
            ],
          ],
        ],
      }),
    ).toEqual([0, 2, 3, 5]);
  });

  it('is made once per build’s data', () => {
    expect(mapLookup(data)).toBe(lookup);
  });
});
