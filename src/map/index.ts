/** Build-time access to the map data, computed once per build. */
import { getPack } from '../pack/index.ts';
import { buildTiles, type Tiles } from './basemap/tiles.ts';
import { buildMapData } from './data.ts';
import type { MapData } from './types.ts';

let cached: MapData | undefined;

export function getMapData(): MapData {
  cached ??= buildMapData(getPack());
  return cached;
}

let tiles: Tiles | undefined;

/** The offline basemap's vector tiles, cut once per build from the same features. */
export function getBasemapTiles(): Tiles {
  tiles ??= buildTiles(getMapData().basemap.features);
  return tiles;
}
