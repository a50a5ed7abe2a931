/**
 * A small vector PMTiles archive in the protomaps schema over 平湖–金山, made in the test: earth and the sea of
 * 杭州湾, a highway and a major road, three localities with Chinese and English names, a provincial boundary.
 * The geometry is invented (roughly where things are), not OpenStreetMap data. z0–8, gzip tiles, as protomaps'
 * own builds are; MapLibre overzooms beyond.
 */
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, Geometry } from 'geojson';
import { tilesOf } from '../../src/map/basemap/tiles.ts';
import { boxPolygon } from './boxes.ts';
import { type ArchiveTile, Compression, TileType, writePmtiles } from './pmtiles-writer.ts';

export const ARCHIVE_BOUNDS: [number, number, number, number] = [120.8, 30.4, 121.6, 31.1];
export const ARCHIVE_MAXZOOM = 8;

const feature = (geometry: Geometry, properties: Record<string, string | number>): Feature => ({ type: 'Feature', geometry, properties });
const box = ([w, s, e, n]: number[]) => boxPolygon(w as number, s as number, e as number, n as number);
const place = (lon: number, lat: number, zh: string, en: string, rank: number) =>
  feature(
    { type: 'Point', coordinates: [lon, lat] },
    { kind: 'locality', kind_detail: 'town', name: zh, 'name:zh-Hans': zh, 'name:en': en, script: 'Han', population_rank: rank, min_zoom: 6 },
  );

/** Features by protomaps source layer. */
export const ARCHIVE_LAYERS: Record<string, Feature[]> = {
  earth: [feature(box(ARCHIVE_BOUNDS), { kind: 'earth', min_zoom: 0 })],
  water: [feature(box([120.8, 30.4, 121.6, 30.62]), { kind: 'ocean', name: '杭州湾', min_zoom: 0 })],
  roads: [
    feature(
      {
        type: 'LineString',
        coordinates: [
          [121.05, 30.95],
          [121.12, 30.8],
          [121.25, 30.7],
          [121.45, 30.66],
        ],
      },
      { kind: 'highway', kind_detail: 'motorway', name: '沈海高速', ref: 'G15', min_zoom: 3 },
    ),
    feature(
      {
        type: 'LineString',
        coordinates: [
          [121.0, 30.7],
          [121.18, 30.8],
          [121.38, 30.76],
        ],
      },
      { kind: 'major_road', kind_detail: 'primary', name: '平廊公路', min_zoom: 6 },
    ),
  ],
  places: [place(121.015, 30.7, '平湖市', 'Pinghu', 11), place(121.34, 30.74, '金山区', 'Jinshan', 11), place(121.18, 30.81, '廊下镇', 'Langxia', 8)],
  boundaries: [
    feature(
      {
        type: 'LineString',
        coordinates: [
          [121.12, 30.95],
          [121.17, 30.8],
          [121.22, 30.66],
        ],
      },
      { kind: 'region', kind_detail: 4, min_zoom: 0 },
    ),
  ],
};

export interface TestArchive {
  bytes: Uint8Array;
  tiles: number;
}

export function protomapsTestArchive(): TestArchive {
  const indexes = Object.entries(ARCHIVE_LAYERS).map(
    ([name, features]) =>
      [name, new GeoJSONVT({ type: 'FeatureCollection', features }, { maxZoom: ARCHIVE_MAXZOOM, indexMaxZoom: 0, tolerance: 3, buffer: 64 })] as const,
  );
  const tiles: ArchiveTile[] = [];
  for (let z = 0; z <= ARCHIVE_MAXZOOM; z++) {
    for (const [x, y] of tilesOf(ARCHIVE_BOUNDS, z)) {
      const layers = Object.fromEntries(
        indexes.flatMap(([name, index]) => {
          const tile = index.getTile(z, x, y);
          return tile?.features.length ? [[name, tile]] : [];
        }),
      );
      if (!Object.keys(layers).length) continue;
      tiles.push({ z, x, y, data: new Uint8Array(gzipSync(fromGeojsonVt(layers, { version: 2, extent: 4096 }))) });
    }
  }
  const bytes = writePmtiles(tiles, {
    tileType: TileType.Mvt,
    tileCompression: Compression.Gzip,
    bounds: ARCHIVE_BOUNDS,
    metadata: {
      name: 'dangjian test archive',
      attribution: 'invented test data',
      vector_layers: Object.keys(ARCHIVE_LAYERS).map((id) => ({ id, fields: {}, minzoom: 0, maxzoom: ARCHIVE_MAXZOOM })),
    },
  });
  return { bytes, tiles: tiles.length };
}
