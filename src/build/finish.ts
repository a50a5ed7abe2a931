/**
 * What a build does once Astro has written every page: the search index, the service worker and the .br/.gz copies,
 * in that order (the worker's build id hashes the index; the copies are made of everything, sw.js too), then the
 * build cache's clean-up and the closing table of phases.
 *
 * `npm run build` (scripts/build.ts) runs these steps in a process of its own once Astro's has ended. Astro's process
 * keeps the heap its pages left (2.5 GB resident at 10,000 sites, 0.4 GB of it in use), and Pagefind, which holds
 * every page of a language until it writes (2.7 GB for 10,000 Chinese pages), ran beside it. A plain `astro build`
 * runs the same steps at its end, in its own process (src/build/astro-integration.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { precompressDir } from '../deploy/precompress.ts';
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

/** `.br`/`.gz` copies of the built text files, with the cache's copies of unchanged ones; PRECOMPRESS=false skips them. */
async function compressCopies(h: Handoff, store: ReturnType<typeof useStore>, log: Log): Promise<void> {
  if (process.env.PRECOMPRESS === 'false') {
    log.info('precompression skipped (PRECOMPRESS=false)');
    return;
  }
  const started = performance.now();
  const s = await precompressDir(h.dist, { store, version: store && codeVersion(['src/deploy/precompress.ts']) });
  const cached = cacheCounts(store, 'copies', 'compressed');
  const pct = (n: number) => `${Math.round((100 * n) / s.bytes)}%`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const of = cached ? ` (${cached})` : '';
  addPhase({ name: 'compression', made: `${s.files.length} files, .br and .gz${of}`, ms: performance.now() - started });
  log.info(`precompressed ${s.files.length} files${of}, ${mb(s.bytes)}: brotli ${mb(s.br)} (${pct(s.br)}), gzip ${mb(s.gz)} (${pct(s.gz)}) in ${seconds} s`);
}

/** The steps after the pages, for the site `h` describes; `logs(label)` prints a step's lines under its label. */
export async function finishBuild(h: Handoff, logs: (label: string) => Log): Promise<void> {
  for (const p of h.phases) addPhase(p);
  // A store of its own: the copies are this process's only kind, and prune() keeps the kinds it did not use.
  const store = useStore(h.cache, h.root);
  await buildSearchIndex(h.dist, h.base, logs('dangjian-search'));
  logs('dangjian-offline').info(workerLine(await bundleWorker(h.dist)));
  await compressCopies(h, store, logs('dangjian-precompress'));
  const log = logs('dangjian-build-summary');
  if (store) log.info(`build cache: ${store.dir}, ${h.pruned + prune(store)} entries no longer used removed (BUILD_CACHE=false builds without it)`);
  log.info(`build phases:\n${phaseTable(Date.now() - h.started).join('\n')}`);
}
