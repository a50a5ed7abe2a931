/** Build-time access to the map data, computed once per build. */
import { getPack } from '../pack/index.ts';
import { buildMapData } from './data.ts';
import type { MapData } from './types.ts';

let cached: MapData | undefined;

export function getMapData(): MapData {
  cached ??= buildMapData(getPack());
  return cached;
}
