/**
 * Static vector tiles of the offline basemap, cut at build: a phone fetches only the tiles of its
 * view, at the detail of its zoom. Features are left out of tiles below their `minzoom`, so the
 * first, zoomed-out view does not carry every town label. Pure: features in, tiles out.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Bounds } from '../../geo/bounds.ts';
import type { BasemapFeature } from './prepare.ts';
import { geometryBbox } from './prepare.ts';
import { TILE_MAXZOOM } from './zooms.ts';

/** The one source layer of every tile. */
export const TILE_LAYER = 'basemap';

export interface Tiles {
  /** `z/x/y` → MVT bytes. Empty tiles inside `bounds` are empty arrays, so MapLibre gets no 404 there. */
  tiles: Map<string, Uint8Array>;
  /** What the tiles cover, for the source's `bounds`. */
  bounds: Bounds;
  maxzoom: number;
}

const lon2x = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2y = (lat: number, z: number) => {
  const r = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** Tile coordinates at zoom z that a box touches. */
export function tilesOf(b: Bounds, z: number): [number, number][] {
  const out: [number, number][] = [];
  const max = 2 ** z - 1;
  for (let x = Math.max(0, lon2x(b[0], z)); x <= Math.min(max, lon2x(b[2], z)); x++)
    for (let y = Math.max(0, lat2y(b[3], z)); y <= Math.min(max, lat2y(b[1], z)); y++) out.push([x, y]);
  return out;
}

export function buildTiles(features: readonly BasemapFeature[], maxzoom = TILE_MAXZOOM): Tiles {
  const tiles = new Map<string, Uint8Array>();
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const b = geometryBbox(f.geometry);
    bounds[0] = Math.min(bounds[0], b[0]);
    bounds[1] = Math.min(bounds[1], b[1]);
    bounds[2] = Math.max(bounds[2], b[2]);
    bounds[3] = Math.max(bounds[3], b[3]);
  }
  if (!features.length) return { tiles, bounds: [0, 0, 0, 0], maxzoom };
  // One index per band of zooms in which the same features show; cheaper than one index per zoom.
  const starts = [...new Set([0, ...features.map((f) => Math.min(f.properties.minzoom, maxzoom))])].sort((a, b) => a - b);
  starts.forEach((start, i) => {
    const end = (starts[i + 1] ?? maxzoom + 1) - 1;
    const shown = features.filter((f) => f.properties.minzoom <= start);
    // maxZoom is the pyramid's, not the band's: geojson-vt does not simplify at its maxZoom.
    const index = new GeoJSONVT({ type: 'FeatureCollection', features: shown }, { maxZoom: maxzoom, indexMaxZoom: 0, tolerance: 3, buffer: 64 });
    for (let z = start; z <= end; z++) {
      for (const [x, y] of tilesOf(bounds, z)) {
        const tile = index.getTile(z, x, y);
        tiles.set(`${z}/${x}/${y}`, tile?.features.length ? fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent: 4096 }) : new Uint8Array());
      }
    }
  });
  return { tiles, bounds, maxzoom };
}

/** Degrees around a set of points whose tiles a saved route keeps, so its map can pan a little offline. */
export const SAVE_MARGIN = 0.05;

/** Paths (`map/basemap/z/x/y.pbf`) of the written tiles around some points, at every zoom: what an offline map of them needs. */
export function tilePathsAround(points: readonly [number, number][], tiles: Tiles, margin = SAVE_MARGIN): string[] {
  if (!points.length) return [];
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const box: Bounds = [Math.min(...lons) - margin, Math.min(...lats) - margin, Math.max(...lons) + margin, Math.max(...lats) + margin];
  const out: string[] = [];
  for (let z = 0; z <= tiles.maxzoom; z++)
    for (const [x, y] of tilesOf(box, z)) if (tiles.tiles.has(`${z}/${x}/${y}`)) out.push(`map/basemap/${z}/${x}/${y}.pbf`);
  return out;
}
