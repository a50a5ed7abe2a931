/**
 * What a build does once Astro has written every page: the search index, the service worker (its build id hashes
 * the index) and the .br/.gz copies of everything, then the build cache's clean-up and the closing table of phases.
 * Pagefind leaves much of the two cores idle while it indexes, so the copies of Astro's files are made beside it;
 * the copies of what Pagefind and the worker write come after them.
 *
 * `npm run build` (scripts/build.ts) runs these steps in a process of its own once Astro's has ended. Astro's process
 * keeps the heap its pages left (2.5 GB resident at 10,000 sites, 0.4 GB of it in use), and Pagefind, which holds
 * every page of a language until it writes (2.7 GB for 10,000 Chinese pages), ran beside it. A plain `astro build`
 * runs the same steps at its end, in its own process (src/build/astro-integration.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type PrecompressOptions, type PrecompressSummary, precompressDir, summarise } from '../deploy/precompress.ts';
import { bundleWorker, workerLine } from '../offline/bundle-worker.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { cacheCounts, codeVersion, prune, useStore } from './digest-cache.ts';
import { addPhase, type Phase, phaseTable } from './phases.ts';

/** What Astro's process hands to the steps after it. */
export interface Handoff {
  /** The built site's folder. */
  dist: string;
  /** The site's base path, `/` or `/sub/`. */
  base: string;
  /** The build cache's folder (digest-cache.ts), or undefined when BUILD_CACHE=false. */
  cache?: string;
  /** The project's folder: the code the cache keys digest is read from there. */
  root: string;
  /** The phases timed so far, in the order they ended. */
  phases: Phase[];
  /** Cache entries of share cards and overviews that Astro's process found unused and removed. */
  pruned: number;
  /** When the build started (ms since the epoch): the table's total runs from there. */
  started: number;
}

/** Where scripts/build.ts asks Astro's process to write its Handoff (a file path); unset, the process finishes itself. */
export const HANDOFF_FILE = 'DANGJIAN_BUILD_HANDOFF';

export function writeHandoff(file: string, h: Handoff): void {
  writeFileSync(file, JSON.stringify(h));
}

export function readHandoff(file: string): Handoff {
  return JSON.parse(readFileSync(file, 'utf8')) as Handoff;
}

export interface Log {
  info(line: string): void;
  warn(line: string): void;
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/** What the steps after Astro's write into the site: Pagefind's bundle and the service worker. */
const WRITTEN_AFTER_ASTRO = new Set(['pagefind', 'sw.js']);

interface Pass {
  summary: PrecompressSummary;
  started: number;
  ended: number;
}

/** `.br`/`.gz` copies of the files under `h.dist` whose top-level name `within` takes, with the cache's copies of unchanged ones. */
async function compressPass(h: Handoff, o: Pick<PrecompressOptions, 'store' | 'version'>, within: (name: string) => boolean): Promise<Pass> {
  const started = performance.now();
  const summary = await precompressDir(h.dist, { ...o, within });
  return { summary, started, ended: performance.now() };
}

/** The compression phase of two passes, the first of which ran beside the search index until `indexed`. */
function reportCopies(store: ReturnType<typeof useStore>, [first, second]: [Pass, Pass], indexed: number, log: Log): void {
  const s = summarise([...first.summary.files, ...second.summary.files]);
  const cached = cacheCounts(store, 'copies', 'compressed');
  const pct = (n: number) => `${Math.round((100 * n) / s.bytes)}%`;
  const ms = first.ended - first.started + (second.ended - second.started);
  const beside = Math.max(0, Math.min(first.ended, indexed) - first.started);
  const of = cached ? ` (${cached})` : '';
  const made = `${s.files.length} files, .br and .gz${of}, ${(beside / 1000).toFixed(1)} s of it beside the search index`;
  addPhase({ name: 'compression', made, ms, beside });
  log.info(
    `precompressed ${s.files.length} files${of}, ${mb(s.bytes)}: brotli ${mb(s.br)} (${pct(s.br)}), gzip ${mb(s.gz)} (${pct(s.gz)}) in ${(ms / 1000).toFixed(1)} s`,
  );
}

/** The steps after the pages, for the site `h` describes; `logs(label)` prints a step's lines under its label. */
export async function finishBuild(h: Handoff, logs: (label: string) => Log): Promise<void> {
  for (const p of h.phases) addPhase(p);
  // A store of its own: the copies are this process's only kind, and prune() keeps the kinds it did not use.
  const store = useStore(h.cache, h.root);
  const compress = process.env.PRECOMPRESS !== 'false';
  // The compressor's code is part of every cached copy's key: read once for both passes.
  const copies = { store, version: store && codeVersion(['src/deploy/precompress.ts']) };
  // One after the other, these kept 1.3 of the 2 cores busy at 10,000 sites; side by side 1.7, and took 25 % less time.
  const [pages, indexed] = await Promise.all([
    compress ? compressPass(h, copies, (name) => !WRITTEN_AFTER_ASTRO.has(name)) : undefined,
    buildSearchIndex(h.dist, h.base, logs('dangjian-search')).then(() => performance.now()),
  ]);
  logs('dangjian-offline').info(workerLine(await bundleWorker(h.dist)));
  if (pages) reportCopies(store, [pages, await compressPass(h, copies, (name) => WRITTEN_AFTER_ASTRO.has(name))], indexed, logs('dangjian-precompress'));
  else logs('dangjian-precompress').info('precompression skipped (PRECOMPRESS=false)');
  const log = logs('dangjian-build-summary');
  if (store) log.info(`build cache: ${store.dir}, ${h.pruned + prune(store)} entries no longer used removed (BUILD_CACHE=false builds without it)`);
  log.info(`build phases:\n${phaseTable(Date.now() - h.started).join('\n')}`);
}
