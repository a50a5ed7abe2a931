import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { Compression, HEADER_BYTES, serializeDirectory, TileType, writePmtiles } from './pmtiles-writer.ts';
import { ARCHIVE_BOUNDS, ARCHIVE_MAXZOOM, protomapsTestArchive } from './protomaps-archive.ts';

/** The archive in memory, read by byte ranges as the browser reads it from the site. */
class BytesSource implements Source {
  readonly reads: [number, number][] = [];
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  getKey(): string {
    return 'memory';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    this.reads.push([offset, length]);
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

const lon2x = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2y = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

describe('the test PMTiles writer', () => {
  const archive = protomapsTestArchive();
  const read = () => new PMTiles(new BytesSource(archive.bytes));

  it('writes a v3 header the pmtiles package reads: vector tiles, gzip, z0–8, the bounds it was given', async () => {
    const h = await read().getHeader();
    expect(h).toMatchObject({
      specVersion: 3,
      tileType: TileType.Mvt,
      tileCompression: Compression.Gzip,
      internalCompression: Compression.Gzip,
      minZoom: 0,
      maxZoom: ARCHIVE_MAXZOOM,
      rootDirectoryOffset: HEADER_BYTES,
      numAddressedTiles: archive.tiles,
      clustered: true,
    });
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat]).toEqual(ARCHIVE_BOUNDS);
    expect(archive.tiles).toBeGreaterThanOrEqual(ARCHIVE_MAXZOOM + 1);
  });

  it('finds each tile by z/x/y, in the protomaps layers, with names in Chinese and English', async () => {
    const p = read();
    for (const z of [0, 5, ARCHIVE_MAXZOOM]) {
      const tile = await p.getZxy(z, lon2x(121.18, z), lat2y(30.81, z));
      expect(tile, `z${z}`).toBeDefined();
      const vt = new VectorTile(new PbfReader(new Uint8Array(tile!.data)));
      expect(Object.keys(vt.layers)).toEqual(
        expect.arrayContaining(z ? ['earth', 'roads', 'places', 'boundaries'] : ['earth', 'water', 'roads', 'places', 'boundaries']),
      );
      const places = vt.layers.places!;
      const names = Array.from({ length: places.length }, (_, i) => places.feature(i).properties);
      expect(names).toContainEqual(expect.objectContaining({ kind: 'locality', name: '廊下镇', 'name:en': 'Langxia' }));
      const roads = vt.layers.roads!;
      expect(Array.from({ length: roads.length }, (_, i) => roads.feature(i).properties.kind).sort()).toEqual(['highway', 'major_road']);
    }
  });

  it('has no tile outside what it was given, and its metadata names the vector layers', async () => {
    const p = read();
    await expect(p.getZxy(ARCHIVE_MAXZOOM, 0, 0)).resolves.toBeUndefined();
    await expect(p.getZxy(ARCHIVE_MAXZOOM + 1, lon2x(121.18, 9), lat2y(30.81, 9))).resolves.toBeUndefined();
    const meta = (await p.getMetadata()) as { vector_layers: { id: string }[] };
    expect(meta.vector_layers.map((l) => l.id)).toEqual(['earth', 'water', 'roads', 'places', 'boundaries']);
  });

  it('is small, and read by ranges: the first read holds the header and the whole root directory', async () => {
    const source = new BytesSource(archive.bytes);
    const p = new PMTiles(source);
    await p.getZxy(0, 0, 0);
    expect(source.reads[0]).toEqual([0, 16_384]);
    expect(source.reads.length).toBe(2);
    expect(archive.bytes.length).toBeLessThan(50_000);
  });

  it('writes offsets as the spec says: 0 for a tile right after the one before, else offset + 1', () => {
    const dir = serializeDirectory([
      { tileId: 0, offset: 0, length: 10 },
      { tileId: 1, offset: 10, length: 5 },
      { tileId: 300, offset: 100, length: 200 },
    ]);
    // count 3; ids 0, +1, +299 (two bytes); runs 1 1 1; lengths 10 5 200 (two bytes); offsets 0+1, 0, 100+1.
    expect([...dir]).toEqual([3, 0, 1, 0xab, 0x02, 1, 1, 1, 10, 5, 0xc8, 0x01, 1, 0, 101]);
  });

  it('writes raster archives and uncompressed directories too', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const bytes = writePmtiles([{ z: 0, x: 0, y: 0, data: png }], {
      tileType: TileType.Png,
      tileCompression: Compression.None,
      internalCompression: Compression.None,
      bounds: [-180, -85, 180, 85],
      metadata: {},
    });
    const p = new PMTiles(new BytesSource(bytes));
    await expect(p.getHeader()).resolves.toMatchObject({ tileType: TileType.Png, internalCompression: Compression.None, maxZoom: 0 });
    expect(new Uint8Array((await p.getZxy(0, 0, 0))!.data)).toEqual(png);
  });

  it('stores the tiles gzipped, as served (getZxy undoes it)', async () => {
    const h = await read().getHeader();
    expect([...archive.bytes.slice(h.tileDataOffset, h.tileDataOffset + 2)]).toEqual([0x1f, 0x8b]);
  });
});
