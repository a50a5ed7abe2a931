import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import type { BasemapFeature } from './prepare.ts';
import { buildTiles, TILE_LAYER, tilePathsAround, tilesOf } from './tiles.ts';

const place = (lon: number, lat: number, rank: number, minzoom: number): BasemapFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { role: 'place', label: `p${rank}`, rank, minzoom },
});
const land: BasemapFeature = {
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [121, 30.5],
        [121.5, 30.5],
        [121.5, 31],
        [121, 31],
        [121, 30.5],
      ],
    ],
  },
  properties: { role: 'land', minzoom: 0 },
};

const read = (bytes: Uint8Array | undefined) => {
  const layer = new VectorTile(new PbfReader(bytes ?? new Uint8Array())).layers[TILE_LAYER];
  return Array.from({ length: layer?.length ?? 0 }, (_, i) => layer?.feature(i).properties ?? {});
};

describe('tilesOf', () => {
  it('finds the tiles a box touches', () => {
    expect(tilesOf([-180, -85, 180, 85], 0)).toEqual([[0, 0]]);
    expect(tilesOf([121, 30.5, 121.5, 31], 10)).toEqual([
      [856, 419],
      [856, 420],
      [857, 419],
      [857, 420],
    ]);
  });
});

describe('buildTiles', () => {
  const { tiles, bounds, maxzoom } = buildTiles([land, place(121.2, 30.8, 2, 6), place(121.3, 30.7, 6, 10)], 10);
  const at = (z: number) => [...tiles.entries()].filter(([k]) => k.startsWith(`${z}/`));

  it('writes every tile of the covered box from z0 to the max zoom', () => {
    expect(bounds).toEqual([121, 30.5, 121.5, 31]);
    expect(maxzoom).toBe(10);
    expect(at(0).map(([k]) => k)).toEqual(['0/0/0']);
    expect(at(10).length).toBe(4);
  });
  it('writes tiles with nothing in them as empty files, so MapLibre finds a tile everywhere in the bounds', () => {
    const corners = buildTiles([place(121.01, 30.51, 2, 0), place(121.49, 30.99, 2, 0)], 10).tiles;
    const z10 = [...corners.entries()].filter(([k]) => k.startsWith('10/'));
    expect(z10.map(([, v]) => v.length > 0).sort()).toEqual([false, false, true, true]);
  });
  it('leaves a feature out of the tiles below its zoom', () => {
    const roles = (z: number) => at(z).flatMap(([, v]) => read(v).map((p) => `${p.role}${p.rank ?? ''}`));
    expect(roles(5).sort()).toEqual(['land']);
    expect(roles(6).sort()).toEqual(['land', 'place2']);
    expect(new Set(roles(10))).toEqual(new Set(['land', 'place2', 'place6']));
  });
});

describe('tilePathsAround', () => {
  it('lists the written tiles around some points at every zoom, for saving a route', () => {
    const tiles = buildTiles([land], 10);
    const paths = tilePathsAround([[121.2, 30.8]], tiles, 0.01);
    expect(paths[0]).toBe('map/basemap/0/0/0.pbf');
    expect(paths).toContain('map/basemap/10/856/419.pbf');
    expect(paths.length).toBe(11);
    // Far away only the world tile is shared.
    expect(tilePathsAround([[-60, -30]], tiles)).toEqual(['map/basemap/0/0/0.pbf']);
  });
});
