/**
 * The PMTiles archive a pack may bring as its basemap (`basemap.pmtiles` in pack.yaml), checked at load from its
 * 127-byte header: a wrong file fails the build with a word on what to do, not a blank map in the reader's browser.
 * The header also says whether the tiles are vector (drawn with protomaps' styles) or raster, and what they cover.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { bytesToHeader, Compression, type Header, TileType } from 'pmtiles';
import type { Bounds } from '../geo/bounds.ts';
import { type PackMessages, type Said, zh } from './messages/index.ts';
import type { Problem } from './problems.ts';
import { type PackConfig, PMTILES_FLAVORS } from './schemas.ts';

export const HEADER_BYTES = 127;

/** Credit of a vector archive in the protomaps schema: its data are OpenStreetMap's, its schema and build Protomaps'. */
export const PROTOMAPS_ATTRIBUTION = '© OpenStreetMap contributors · Protomaps';

export type Flavor = (typeof PMTILES_FLAVORS)[number];

export interface PackArchive {
  /** Absolute path of the archive. */
  path: string;
  /** Path relative to the pack, for messages. */
  file: string;
  tiles: 'vector' | 'raster';
  flavor: Flavor;
  attribution?: string;
  bounds: Bounds;
  minzoom: number;
  maxzoom: number;
  bytes: number;
}

export interface HeaderFacts {
  tiles: 'vector' | 'raster';
  bounds: Bounds;
  minzoom: number;
  maxzoom: number;
}

/** What is wrong with a header, in the words of a Problem. */
export type HeaderCheck = { ok: true; facts: HeaderFacts; header: Header } | ({ ok: false } & Said);

const RASTER = new Set<TileType>([TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif]);
/** What the browser's pmtiles reader can undo (DecompressionStream has gzip, not brotli or zstd). */
const READABLE = new Set<Compression>([Compression.None, Compression.Unknown, Compression.Gzip]);
const COMPRESSION_NAMES: Record<number, string> = { [Compression.Brotli]: 'brotli', [Compression.Zstd]: 'zstd' };

export function checkHeader(bytes: Uint8Array, m: PackMessages = zh): HeaderCheck {
  const magic = new TextDecoder().decode(bytes.slice(0, 7));
  if (bytes.length < HEADER_BYTES || magic !== 'PMTiles') {
    // Versions 1 and 2 began with "PM" and a two-byte version.
    const old = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4d && (bytes[2] === 1 || bytes[2] === 2) && bytes[3] === 0;
    return old ? { ok: false, ...m.archive.old(bytes[2] as number) } : { ok: false, ...m.archive.notPmtiles() };
  }
  if (bytes[7] !== 3) return { ok: false, ...m.archive.version(bytes[7] as number) };
  const header = bytesToHeader(bytes.slice(0, HEADER_BYTES).buffer);
  const tiles = header.tileType === TileType.Mvt ? 'vector' : RASTER.has(header.tileType) ? 'raster' : undefined;
  if (!tiles) return { ok: false, ...m.archive.tileType(header.tileType === TileType.Mlt ? 'MLT' : m.archive.typeCode(header.tileType)) };
  for (const [part, c] of [
    ['tiles', header.tileCompression],
    ['directory', header.internalCompression],
  ] as const) {
    if (!READABLE.has(c)) return { ok: false, ...m.archive.compression(part, COMPRESSION_NAMES[c] ?? m.archive.typeCode(c)) };
  }
  return {
    ok: true,
    header,
    facts: { tiles, bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat], minzoom: header.minZoom, maxzoom: header.maxZoom },
  };
}

const disjoint = (a: Bounds, b: Bounds) => a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1];

/** Reads and checks `basemap.pmtiles`; problems name pack.yaml and the field, as every pack problem does. */
export function readArchive(config: PackConfig, root: string, geoDir: string, m: PackMessages = zh): { archive?: PackArchive; problems: Problem[] } {
  const spec = config.basemap.pmtiles;
  if (!spec) return { problems: [] };
  const path = resolve(geoDir, spec.file);
  const rel = (p: string) => relative(root, p) || '.';
  const problems: Problem[] = [];
  const problem = (field: string, said: Said) => problems.push({ file: 'pack.yaml', entry: '-', field: `basemap.pmtiles.${field}`, ...said });
  if (!(PMTILES_FLAVORS as readonly string[]).includes(spec.flavor)) problem('flavor', m.archive.flavor(spec.flavor, PMTILES_FLAVORS));
  const facts = archiveFacts(path, rel, rel(geoDir), config, m, (said) => problem('file', said));
  if (!facts || problems.length) return { problems };
  return {
    archive: {
      path,
      file: rel(path),
      ...facts,
      flavor: spec.flavor as Flavor,
      attribution: spec.attribution ?? (facts.tiles === 'vector' ? PROTOMAPS_ATTRIBUTION : undefined),
      bytes: statSync(path).size,
    },
    problems,
  };
}

function archiveFacts(
  path: string,
  rel: (p: string) => string,
  geo: string,
  config: PackConfig,
  m: PackMessages,
  problem: (said: Said) => void,
): HeaderFacts | undefined {
  if (!existsSync(path) || !statSync(path).isFile()) {
    problem(m.archive.missing(rel(path), geo));
    return undefined;
  }
  const bytes = new Uint8Array(HEADER_BYTES);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, bytes, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const checked = checkHeader(bytes.subarray(0, read), m);
  if (!checked.ok) {
    problem(m.archive.bad(rel(path), checked));
    return undefined;
  }
  const { facts } = checked;
  if (disjoint(facts.bounds, config.serviceArea as Bounds)) {
    problem(m.archive.disjoint(rel(path), facts.bounds, config.serviceArea));
    return undefined;
  }
  return facts;
}
