/**
 * A minimal PMTiles v3 writer for tests: header, one root directory, JSON metadata, tile data, in that order
 * (github.com/protomaps/PMTiles, spec/v3/spec.md). No leaf directories, so it holds what fits a 16 kB first read:
 * a few thousand tiles, far more than a test needs. Tiles are stored in tile-id order (a "clustered" archive)
 * and never deduplicated, so every entry has a run length of 1.
 */
import { gzipSync } from 'node:zlib';
import { Compression, TileType, zxyToTileId } from 'pmtiles';

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** The tile as served: already compressed if `tileCompression` says so. */
  data: Uint8Array;
}

export interface ArchiveOptions {
  tileType: TileType;
  /** How the tiles' bytes are compressed (the writer does not compress them). */
  tileCompression: Compression;
  /** How the directory and metadata are compressed: gzip, as protomaps' builds do, or none. */
  internalCompression?: Compression.Gzip | Compression.None;
  /** [west, south, east, north]. */
  bounds: [number, number, number, number];
  /** The JSON metadata: vector_layers, attribution, … */
  metadata: Record<string, unknown>;
}

export const HEADER_BYTES = 127;
/** What readers fetch first: the header and the root directory must fit in it. */
const FIRST_READ = 16_384;

function varints(values: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (let v of values) {
    // Arithmetic, not bit operators: tile ids and offsets pass 2^31 in real archives.
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  }
  return Uint8Array.from(out);
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
}

/** The directory as the spec lays it out: count, tile-id deltas, run lengths, lengths, offsets (0 = right after the previous). */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const ids = entries.map((e, i) => e.tileId - (i ? (entries[i - 1] as Entry).tileId : 0));
  const offsets = entries.map((e, i) => {
    const prev = entries[i - 1];
    return prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1;
  });
  return varints([entries.length, ...ids, ...entries.map(() => 1), ...entries.map((e) => e.length), ...offsets]);
}

const e7 = (deg: number) => Math.round(deg * 1e7);

export function writePmtiles(tiles: readonly ArchiveTile[], o: ArchiveOptions): Uint8Array {
  if (!tiles.length) throw new Error('an archive needs at least one tile');
  const internal = o.internalCompression ?? Compression.Gzip;
  const pack = (bytes: Uint8Array) => (internal === Compression.Gzip ? new Uint8Array(gzipSync(bytes)) : bytes);
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  let offset = 0;
  const entries = sorted.map((t) => {
    const entry = { tileId: t.tileId, offset, length: t.data.length };
    offset += t.data.length;
    return entry;
  });
  const root = pack(serializeDirectory(entries));
  const metadata = pack(new TextEncoder().encode(JSON.stringify(o.metadata)));
  if (HEADER_BYTES + root.length > FIRST_READ) throw new Error(`root directory of ${root.length} bytes: this writer has no leaf directories`);

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const tileDataOffset = metadataOffset + metadata.length;
  const out = new Uint8Array(tileDataOffset + offset);
  const v = new DataView(out.buffer);
  const u64 = (at: number, n: number) => v.setBigUint64(at, BigInt(n), true);
  out.set(new TextEncoder().encode('PMTiles'), 0);
  v.setUint8(7, 3);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  // No leaf directories: their section is empty, where the tile data start.
  u64(40, tileDataOffset);
  u64(48, 0);
  u64(56, tileDataOffset);
  u64(64, offset);
  u64(72, entries.length);
  u64(80, entries.length);
  u64(88, entries.length);
  v.setUint8(96, 1);
  v.setUint8(97, internal);
  v.setUint8(98, o.tileCompression);
  v.setUint8(99, o.tileType);
  const zooms = sorted.map((t) => t.z);
  const minZoom = Math.min(...zooms);
  const maxZoom = Math.max(...zooms);
  v.setUint8(100, minZoom);
  v.setUint8(101, maxZoom);
  const [w, s, e, n] = o.bounds;
  v.setInt32(102, e7(w), true);
  v.setInt32(106, e7(s), true);
  v.setInt32(110, e7(e), true);
  v.setInt32(114, e7(n), true);
  v.setUint8(118, Math.round((minZoom + maxZoom) / 2));
  v.setInt32(119, e7((w + e) / 2), true);
  v.setInt32(123, e7((s + n) / 2), true);
  out.set(root, rootOffset);
  out.set(metadata, metadataOffset);
  for (const [i, t] of sorted.entries()) out.set(t.data, tileDataOffset + (entries[i] as Entry).offset);
  return out;
}

export { Compression, TileType };
