/** Build-time access to the map data, computed once per pack (src/pack/index.ts fromPack). */
import { fromPack } from '../pack/index.ts';
import { getMemberships } from '../pack/membership.ts';
import { buildTiles, type Tiles } from './basemap/tiles.ts';
import { buildMapData } from './data.ts';
import type { MapData } from './types.ts';

export function getMapData(): MapData {
  return fromPack('map-data', (pack) => buildMapData(pack, getMemberships()));
}

/** The offline basemap's vector tiles, cut once per build from the same features. */
export function getBasemapTiles(): Tiles {
  return fromPack('basemap-tiles', () => buildTiles(getMapData().basemap.features));
}
