/**
 * Points in the sea: inside the pack's own water (`water` layers) or, within the reach of its `land` layers, outside
 * every land polygon. Land wins over water, since the default pack draws its sea as one box under the land. Where the
 * pack draws neither, nothing is said. Holes in the land are lakes and ponds (枫泾镇 lies by one), not sea. Approximate points are checked too: "village centre" is never offshore.
 */
import type { Position } from 'geojson';
import { containing, extent, nearestEdgeMetres, shapes, within } from '../../geo/polygons.ts';
import type { BasemapData } from '../load.ts';
import type { PackMessages } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import { at, type PlacedPoint } from './points.ts';

export function checkSea(points: readonly PlacedPoint[], basemap: readonly BasemapData[], m: PackMessages): Problem[] {
  const water = shapes(basemap.filter((l) => l.role === 'water').flatMap((l) => l.features));
  const landLayers = basemap.filter((l) => l.role === 'land').map((l) => shapes(l.features, { filled: true }));
  const land = landLayers.flat();
  // How far each land layer's data reaches: beyond it, no land polygon says nothing about the sea.
  const reaches = landLayers.map(extent);
  const out: Problem[] = [];
  for (const { entry, path, point } of points) {
    const p: Position = [point.lon, point.lat];
    if (containing(land, p).length) continue;
    const inWater = containing(water, p);
    if (!inWater.length && !reaches.some((box) => within(p, box))) continue;
    // The coast is the land's edge; a pack that draws only water has its water's edge for one.
    const metres = nearestEdgeMetres(land.length ? land : inWater, p);
    if (metres === undefined) continue;
    out.push({ ...at(entry, path), ...m.facts.atSea(point.lon, point.lat, m.facts.distance(metres)) });
  }
  return out;
}
