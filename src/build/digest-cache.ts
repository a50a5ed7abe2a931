/**
 * Build outputs kept between builds under the digest of everything that decides them (share cards, overview SVGs,
 * .br/.gz copies), so that a rebuild after one edit makes again only what the edit changed. An entry is a file named
 * by its key and never rewritten: its time is when its bytes were first made, and outputs taken from it get that
 * time (see keepTime). A key must cover the inputs *and* the code that turns them into bytes (codeDigest): a stale
 * hit would ship an old card without anyone noticing, where a miss only costs time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** sha256 of the parts, each prefixed by its length, so that ('ab', 'c') and ('a', 'bc') differ. */
export function digest(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    const bytes = typeof p === 'string' ? Buffer.from(p) : p;
    h.update(`${bytes.length}:`);
    h.update(bytes);
  }
  return h.digest('hex');
}

export interface Store {
  dir: string;
  /** Keys used in this build, by kind: what prune keeps. */
  used: Map<string, Set<string>>;
  /** Per kind, how many outputs were made and how many came from the store. */
  counts: Map<string, { made: number; reused: number }>;
  /** Folders made in this build: a cold build writes thousands of entries into 256 folders a kind. */
  dirs: Set<string>;
}

export function openStore(dir: string): Store {
  return { dir: resolve(dir), used: new Map(), counts: new Map(), dirs: new Set() };
}

export interface Entry {
  /** The file holding the bytes in the store. */
  file: string;
  /** True when the entry was there, false when `make` ran. */
  reused: boolean;
  /** When the bytes were first made (the entry's modification time). */
  made: Date;
}

export interface Kept extends Entry {
  bytes: Uint8Array<ArrayBuffer>;
}

type Make = () => Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>;

let writes = 0;

const entryFile = (store: Store, kind: string, key: string) => join(store.dir, kind, key.slice(0, 2), key);

async function entry(store: Store, kind: string, key: string, make: Make): Promise<Entry & { bytes?: Uint8Array<ArrayBuffer> }> {
  const file = entryFile(store, kind, key);
  const used = store.used.get(kind) ?? new Set();
  store.used.set(kind, used.add(key));
  const count = store.counts.get(kind) ?? { made: 0, reused: 0 };
  store.counts.set(kind, count);
  try {
    const st = await stat(file);
    count.reused++;
    return { file, reused: true, made: st.mtime };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const bytes = await make();
  if (!store.dirs.has(dirname(file))) {
    await mkdir(dirname(file), { recursive: true });
    store.dirs.add(dirname(file));
  }
  // Written beside and renamed: a build stopped halfway leaves no truncated entry to be taken for a whole one.
  // Named apart per write: pages are made several at a time, and two of them may make the same entry at once.
  const part = `${file}.${process.pid}.${++writes}.part`;
  await writeFile(part, bytes);
  await rename(part, file);
  count.made++;
  return { file, reused: false, made: (await stat(file)).mtime, bytes };
}

/** The bytes kept under `key`, or the bytes of `make()`, kept under `key` for the next build. */
export async function through(store: Store, kind: string, key: string, make: Make): Promise<Kept> {
  const e = await entry(store, kind, key, make);
  if (e.bytes) return { ...e, bytes: e.bytes };
  const bytes = await readFile(e.file);
  return { ...e, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/**
 * Removes the entries of the kinds this build used that it did not use: what an edit or a code change left behind.
 * Kinds this build did not touch (compression when PRECOMPRESS=false) are kept for the build that will. Returns how
 * many were removed.
 */
export function prune(store: Store): number {
  let removed = 0;
  for (const [kind, used] of store.used) {
    const root = join(store.dir, kind);
    for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || used.has(e.name)) continue;
      rmSync(join(e.parentPath, e.name), { force: true });
      removed++;
    }
  }
  return removed;
}

/** "3 drawn, 1,058 from the cache": what a phase line says of a kind, or undefined if the kind was not used. */
export function cacheCounts(store: Store | undefined, kind: string, madeWord = 'made'): string | undefined {
  const c = store?.counts.get(kind);
  return c && `${c.made.toLocaleString('en')} ${madeWord}, ${c.reused.toLocaleString('en')} from the cache`;
}

/** `import … from './x.ts'` (not `import type`), `export … from`, `import('./x.ts')` and `import './x.css'`. */
const RUNTIME_IMPORT =
  /^\s*(?:import|export)(?!\s+type\s)[^;]*?from\s*['"](\.{1,2}\/[^'"?]+)['"]|\bimport\s*\(\s*['"](\.{1,2}\/[^'"?]+)['"]|^\s*import\s*['"](\.{1,2}\/[^'"?]+)['"]/gm;

/**
 * A digest of source files and every file they import at run time by a relative path, read from disk: the version
 * of the code that makes a kind of output, so that a change to any line of it (a colour in the palette, a PNG
 * setting) makes every such output again. Type-only imports are left out: they cannot change a byte.
 */
export function codeDigest(root: string, entries: string[]): string {
  const seen = new Set<string>();
  const todo = entries.map((e) => resolve(root, e));
  while (todo.length) {
    const file = todo.pop() as string;
    // A path that names no file is in a comment (an import of a missing file fails the build before this).
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(RUNTIME_IMPORT)) todo.push(resolve(dirname(file), (m[1] ?? m[2] ?? m[3]) as string));
  }
  const files = [...seen].sort();
  return digest(...files.flatMap((f) => [f.slice(resolve(root).length), readFileSync(f)]));
}

/**
 * The fonts the rasteriser may pick (librsvg asks fontconfig for "sans-serif"), by path, size and time: a card's
 * numbers are drawn in one of them, so installing or updating a font makes the cards again.
 */
export function fontsDigest(dirs = ['/usr/share/fonts', '/usr/local/share/fonts', join(process.env.HOME ?? '/nonexistent', '.fonts')]): string {
  const seen: string[] = [];
  for (const dir of dirs) {
    let list: string[];
    try {
      list = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const name of list.sort()) {
      const st = statSync(join(dir, name), { throwIfNoEntry: false });
      if (st?.isFile()) seen.push(`${join(dir, name)} ${st.size} ${st.mtimeMs}`);
    }
  }
  return digest(...seen);
}

/**
 * The build's store, set by the build integration (src/build/astro-integration.ts) from Astro's cacheDir, and again by
 * the steps after the pages (finish.ts), which may run in a process of their own; and the
 * outputs taken from it whose file times are to be set once Astro has written them. Kept on globalThis for the same
 * reason as the phases (src/build/phases.ts): endpoints run in Vite's bundle, the integrations in the config's modules.
 */
interface Slot {
  store?: Store;
  root: string;
  /** Site paths (`/cards/sites/x.png`, without the base) and when their bytes were first made. */
  times: Map<string, Date>;
  versions: Map<string, string>;
}

const SLOT: unique symbol = Symbol.for('dangjian-map.digest-cache');
const shared = globalThis as typeof globalThis & { [SLOT]?: Slot };
shared[SLOT] ??= { root: process.cwd(), times: new Map(), versions: new Map() };
const slot: Slot = shared[SLOT];

/** Turns the store on (at `dir`) or off (undefined) for this process; `root` is the project, for codeVersion. */
export function useStore(dir: string | undefined, root = process.cwd()): Store | undefined {
  slot.store = dir === undefined ? undefined : openStore(dir);
  slot.root = root;
  slot.times.clear();
  slot.versions.clear();
  return slot.store;
}

export function buildStore(): Store | undefined {
  return slot.store;
}

/** codeDigest of `entries` in the project being built, computed once per build. */
export function codeVersion(entries: string[]): string {
  const name = entries.join('\n');
  let v = slot.versions.get(name);
  if (!v) {
    v = codeDigest(slot.root, entries);
    slot.versions.set(name, v);
  }
  return v;
}

/**
 * Output of `make`, through the build's store when there is one (the key is computed only then). `path` is the site
 * path the output is written to, as the endpoint's URL has it: its file gets the time the bytes were first made.
 */
export async function cachedOutput(
  kind: string,
  key: () => string | Promise<string>,
  path: string,
  make: () => Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!slot.store) return make();
  const kept = await through(slot.store, kind, await key(), make);
  slot.times.set(path, kept.made);
  return kept.bytes;
}

/**
 * The outputs' first-made times, to set on dist/ once written; forgets them. Astro empties dist/ and writes every
 * endpoint's response again, so a card's file is necessarily written anew. What is honestly kept is (1) that it is
 * not drawn again: its bytes are the store's, counted "from the cache"; and (2) its modification time, which
 * stays the time its content was made. nginx derives Last-Modified and the ETag from that time and the size, and
 * rsync --times or `find -newer` judge by it, so an unchanged card still looks unchanged to a browser, a CDN or a
 * deploy. A hard link to the store was the other way: it would tie dist/ to node_modules/.astro (an edit of dist/,
 * e.g. a deploy step rewriting files, would corrupt the store) and fail when dist/ is on another disk.
 */
export function takeTimes(): Map<string, Date> {
  const times = new Map(slot.times);
  slot.times.clear();
  return times;
}
