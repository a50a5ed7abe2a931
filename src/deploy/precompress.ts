/**
 * Brotli and gzip copies of the built text files (`page.html` → `page.html.br`, `page.html.gz`), written once at
 * build so a server sends them as they are (nginx `brotli_static`/`gzip_static`, Caddy `precompressed`) instead of
 * compressing every response again, and at levels too slow to run per request.
 */
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { digest, type Store, through } from '../build/digest-cache.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Text formats the site ships. Pagefind's index files (.pf_*, .pagefind) and PNGs are left out: they are
 * compressed already, and a second pass only costs time.
 */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.svg',
  '.xml',
  '.txt',
  '.csv',
  '.gpx',
  '.kml',
  '.webmanifest',
  '.pbf',
]);

/** Below this a response fits in one packet either way, and the `.br`/`.gz` files would only add clutter. */
export const MIN_BYTES = 1024;

/** A copy is kept only when it saves at least this share; a server would send the original otherwise. */
export const MIN_SAVING = 0.1;

/**
 * Brotli's top quality for the hashed scripts and styles every visitor downloads and keeps for a year; quality 5 for
 * pages and overview images, of which a pack has one or two per entry; quality 7 for the rest, the map's and the
 * planner's data among it. Measured on 400 site pages of the 10,000-site bench pack: quality 5 takes 0.57 times the
 * time of quality 7 for 3.5 % more bytes (6.5 KiB a page against 6.3); quality 11 makes HTML 8 % smaller than quality 7
 * but takes 37 times as long.
 */
export function brotliQuality(path: string): number {
  if (path.startsWith('_astro/')) return 11;
  return /\.(html|svg)$/.test(path) ? 5 : 7;
}

/** zlib's default level: on those pages level 9 wrote 0.2 % fewer bytes in the same time or more. */
export const GZIP_LEVEL = 6;

export function isCompressible(path: string, bytes: number): boolean {
  return bytes >= MIN_BYTES && COMPRESSIBLE.has(extname(path).toLowerCase());
}

export interface CompressedFile {
  /** Path relative to the folder, with `/` separators. */
  path: string;
  bytes: number;
  /** Bytes of the `.br` copy, or undefined when it saved too little to keep. */
  br?: number;
  gz?: number;
}

export interface PrecompressSummary {
  files: CompressedFile[];
  bytes: number;
  br: number;
  gz: number;
}

async function* walk(dir: string, take: (name: string) => boolean = () => true): AsyncGenerator<string> {
  for (const d of await readdir(dir, { withFileTypes: true })) {
    if (!take(d.name)) continue;
    const full = join(dir, d.name);
    if (d.isDirectory()) yield* walk(full);
    else if (d.isFile()) yield full;
  }
}

export interface PrecompressOptions {
  /** Files compressed at once; zlib runs on libuv's thread pool. */
  concurrency?: number;
  /** The build's digest cache: a file whose bytes are unchanged gets its copies from there instead of compressing. */
  store?: Store;
  /** The version of this code (codeVersion), part of every key. */
  version?: string;
  /**
   * Which of the folder's own entries (folders and files, by name) to compress, all by default. The build compresses
   * the pages while Pagefind is still writing `pagefind/` beside them, and that folder once it is done.
   */
  within?: (name: string) => boolean;
}

async function compressOne(root: string, file: string, o: PrecompressOptions): Promise<CompressedFile> {
  const data = await readFile(file);
  const path = relative(root, file).split('\\').join('/');
  const quality = brotliQuality(path);
  // Everything that decides the copies: the bytes, the levels, zlib's and brotli's versions.
  const key = o.store && digest(o.version ?? '', process.versions.zlib ?? '', process.versions.brotli ?? '', `${quality}/${GZIP_LEVEL}`, data);
  const brotliCopy = async () =>
    new Uint8Array(
      await brotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
    );
  const gzipCopy = async () => new Uint8Array(await gz(data, { level: GZIP_LEVEL }));
  const both = async () => Promise.all([brotliCopy(), gzipCopy()]);
  let copies: Uint8Array[];
  let made: Date | undefined;
  if (o.store && key) {
    const kept = await through(o.store, 'copies', key, async () => joinCopies(await both()));
    copies = splitCopies(kept.bytes);
    made = kept.made;
  } else copies = await both();
  const out: CompressedFile = { path, bytes: data.length };
  const [b = new Uint8Array(), g = new Uint8Array()] = copies;
  const keep = (c: Uint8Array) => c.length <= data.length * (1 - MIN_SAVING);
  // Copies from the cache keep the time they were first made: nginx's gzip_static and brotli_static take Last-Modified
  // and the ETag from the copy's file, so an unchanged page keeps them across builds (see digest-cache.ts takeTimes).
  const write = async (name: string, c: Uint8Array) => {
    await writeFile(name, c);
    if (made) await utimes(name, made, made);
  };
  if (keep(b)) {
    await write(`${file}.br`, b);
    out.br = b.length;
  }
  if (keep(g)) {
    await write(`${file}.gz`, g);
    out.gz = g.length;
  }
  return out;
}

/**
 * A file's two copies as one cache entry (the brotli copy's length, the brotli copy, the gzip copy): a cold build
 * creates half as many files, and on this project's machines creating a file costs more than writing its bytes.
 */
export function joinCopies([br, gz]: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const a = br ?? new Uint8Array();
  const b = gz ?? new Uint8Array();
  const out = new Uint8Array(4 + a.length + b.length);
  new DataView(out.buffer).setUint32(0, a.length);
  out.set(a, 4);
  out.set(b, 4 + a.length);
  return out;
}

export function splitCopies(entry: Uint8Array): Uint8Array[] {
  const n = new DataView(entry.buffer, entry.byteOffset, entry.byteLength).getUint32(0);
  return [entry.subarray(4, 4 + n), entry.subarray(4 + n)];
}

/**
 * Writes `.br` and `.gz` beside every compressible file under `root`. Files are handled a few at a time: zlib runs
 * on libuv's thread pool, so this keeps every core busy without holding the whole site in memory.
 */
export async function precompressDir(root: string, o: PrecompressOptions = {}): Promise<PrecompressSummary> {
  const todo: string[] = [];
  for await (const file of walk(root, o.within)) {
    if (!COMPRESSIBLE.has(extname(file).toLowerCase())) continue;
    if (isCompressible(file, (await stat(file)).size)) todo.push(file);
  }
  const files: CompressedFile[] = [];
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const file = todo[next++] as string;
      files.push(await compressOne(root, file, o));
    }
  };
  await Promise.all(Array.from({ length: o.concurrency ?? 8 }, worker));
  return summarise(files);
}

/** The summary of the files of several runs, sorted by path. */
export function summarise(files: CompressedFile[]): PrecompressSummary {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
  const sum = (f: (c: CompressedFile) => number) => sorted.reduce((n, c) => n + f(c), 0);
  return { files: sorted, bytes: sum((c) => c.bytes), br: sum((c) => c.br ?? c.bytes), gz: sum((c) => c.gz ?? c.bytes) };
}
