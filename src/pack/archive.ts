/**
 * The PMTiles archive a pack may bring as its basemap (`basemap.pmtiles` in pack.yaml), checked at load from its
 * 127-byte header: a wrong file fails the build with a word on what to do, not a blank map in the reader's browser.
 * The header also says whether the tiles are vector (drawn with protomaps' styles) or raster, and what they cover.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { bytesToHeader, Compression, type Header, TileType } from 'pmtiles';
import type { Bounds } from '../geo/bounds.ts';
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

/** What is wrong with a header, in the words of a Problem (Chinese: content editors read them). */
export type HeaderCheck = { ok: true; facts: HeaderFacts; header: Header } | { ok: false; message: string; hint: string };

const RASTER = new Set<TileType>([TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif]);
/** What the browser's pmtiles reader can undo (DecompressionStream has gzip, not brotli or zstd). */
const READABLE = new Set<Compression>([Compression.None, Compression.Unknown, Compression.Gzip]);
const COMPRESSION_NAMES: Record<number, string> = { [Compression.Brotli]: 'brotli', [Compression.Zstd]: 'zstd' };
const REMAKE = '用 pmtiles extract 从 protomaps 的每日构建重新导出（见 README“The offline basemap”）';

export function checkHeader(bytes: Uint8Array): HeaderCheck {
  const magic = new TextDecoder().decode(bytes.slice(0, 7));
  if (bytes.length < HEADER_BYTES || magic !== 'PMTiles') {
    // Versions 1 and 2 began with "PM" and a two-byte version.
    const old = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4d && (bytes[2] === 1 || bytes[2] === 2) && bytes[3] === 0;
    return old
      ? { ok: false, message: `是 PMTiles v${bytes[2]} 文件，本站只读 v3`, hint: `用 pmtiles convert 转成 v3，或${REMAKE}` }
      : { ok: false, message: '不是 PMTiles 文件（文件头不是 “PMTiles”）', hint: `确认文件是 .pmtiles 且完整下载，或${REMAKE}` };
  }
  if (bytes[7] !== 3) return { ok: false, message: `是 PMTiles 第 ${bytes[7]} 版，本站只读 v3`, hint: REMAKE };
  const header = bytesToHeader(bytes.slice(0, HEADER_BYTES).buffer);
  const tiles = header.tileType === TileType.Mvt ? 'vector' : RASTER.has(header.tileType) ? 'raster' : undefined;
  if (!tiles)
    return {
      ok: false,
      message: `瓦片类型（${header.tileType === TileType.Mlt ? 'MLT' : `代码 ${header.tileType}`}）不受支持：只支持 MVT 矢量瓦片或 PNG/JPEG/WebP/AVIF 栅格瓦片`,
      hint: `矢量底图请用 protomaps 结构的 MVT 档案：${REMAKE}`,
    };
  for (const [what, c] of [
    ['瓦片', header.tileCompression],
    ['目录', header.internalCompression],
  ] as const) {
    if (!READABLE.has(c))
      return {
        ok: false,
        message: `${what}用 ${COMPRESSION_NAMES[c] ?? `代码 ${c}`} 压缩，浏览器里的 PMTiles 读取器解不开`,
        hint: '用 gzip 压缩或不压缩重新生成档案（protomaps 的构建即为 gzip）',
      };
  }
  return {
    ok: true,
    header,
    facts: { tiles, bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat], minzoom: header.minZoom, maxzoom: header.maxZoom },
  };
}

const disjoint = (a: Bounds, b: Bounds) => a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1];

/** Reads and checks `basemap.pmtiles`; problems name pack.yaml and the field, as every pack problem does. */
export function readArchive(config: PackConfig, root: string, geoDir: string): { archive?: PackArchive; problems: Problem[] } {
  const spec = config.basemap.pmtiles;
  if (!spec) return { problems: [] };
  const path = resolve(geoDir, spec.file);
  const rel = (p: string) => relative(root, p) || '.';
  const problems: Problem[] = [];
  const problem = (field: string, message: string, hint: string) =>
    problems.push({ file: 'pack.yaml', entry: '-', field: `basemap.pmtiles.${field}`, message, hint });
  if (!(PMTILES_FLAVORS as readonly string[]).includes(spec.flavor))
    problem('flavor', `未知的底图配色 "${spec.flavor}"`, `改成 ${PMTILES_FLAVORS.join('、')} 之一（protomaps 的配色），或删去此项用 light`);
  const facts = archiveFacts(path, rel, rel(geoDir), config, (message, hint) => problem('file', message, hint));
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
  problem: (message: string, hint: string) => void,
): HeaderFacts | undefined {
  if (!existsSync(path) || !statSync(path).isFile()) {
    problem(`底图档案 ${rel(path)} 不存在`, `把 .pmtiles 文件放到 ${geo}/ 下，或改正 basemap.pmtiles.file（相对于 paths.geo）；没有档案就删去 basemap.pmtiles`);
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
  const checked = checkHeader(bytes.subarray(0, read));
  if (!checked.ok) {
    problem(`底图档案 ${rel(path)} ${checked.message}`, checked.hint);
    return undefined;
  }
  const { facts } = checked;
  if (disjoint(facts.bounds, config.serviceArea as Bounds)) {
    problem(
      `底图档案 ${rel(path)} 的范围 [${facts.bounds.join(', ')}] 与 serviceArea [${config.serviceArea.join(', ')}] 不相交`,
      '导出覆盖本内容包地区的档案（pmtiles extract --bbox=西,南,东,北），或改正 serviceArea',
    );
    return undefined;
  }
  return facts;
}
