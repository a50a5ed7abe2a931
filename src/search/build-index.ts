/**
 * Builds the Pagefind search index of a built site (whatever the pack or output folder), once its pages are written
 * (src/build/finish.ts), with Pagefind's extended binary, which segments Chinese text into words.
 *
 * The pagefind npm package starts its binary through `resolveBinaryPath(["pagefind_extended", "pagefind"])`:
 * the environment variables PAGEFIND_EXTENDED_BINARY_PATH, then PAGEFIND_BINARY_PATH, win; otherwise it takes
 * `@pagefind/<platform>-<arch>/bin/pagefind_extended` when installed. There is no option for it in the Node API,
 * so this module resolves the extended binary itself, fails the build if it is missing, and pins it through
 * PAGEFIND_EXTENDED_BINARY_PATH.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { addPhase } from '../build/phases.ts';
import { indexParts, mergeEntries, type PagefindEntry } from './index-parts.ts';

/** Files of the Pagefind bundle the site does not use (its ready-made UIs): removed from the build. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** The service worker precaches the index only below these sizes; above, it keeps what searches have fetched. */
export const CORE_PRECACHE_LIMIT = 4_000_000;
export const FRAGMENT_PRECACHE_LIMIT = 2_000_000;

/** Path of the extended (Chinese-segmenting) Pagefind binary for this machine. */
export function extendedBinary(): string {
  const fromEnv = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  if (fromEnv) return fromEnv;
  const require = createRequire(import.meta.resolve('pagefind'));
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const exe = platform === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  try {
    return require.resolve(`@pagefind/${platform}-${process.env.npm_config_arch ?? process.arch}/bin/${exe}`);
  } catch {
    throw new Error(
      `Pagefind's extended binary (${exe}) is not installed for ${platform}-${process.arch}: Chinese search needs it. Run npm install, or set PAGEFIND_EXTENDED_BINARY_PATH.`,
    );
  }
}

export interface OfflineManifest {
  /** Hash of the index, from pagefind-entry.json: changes whenever the index does. */
  version: string;
  /** Files any search needs: the loader, worker, WebAssembly, entry and metadata files, index and filter chunks. */
  core: string[];
  coreBytes: number;
  /** One fragment per page (title, address, excerpt text). */
  fragments: string[];
  fragmentBytes: number;
  /** True when the core is small enough to precache on first use. */
  precacheCore: boolean;
  /** True when the fragments are small enough to precache with the core. */
  precacheFragments: boolean;
}

/** Lists the written bundle for the service worker (src/offline/sw.ts), as site paths. */
export function offlineManifest(bundleDir: string, sitePrefix = '/pagefind/'): OfflineManifest {
  const files: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push({ path: sitePrefix + relative(bundleDir, p).split('\\').join('/'), bytes: statSync(p).size });
    }
  };
  walk(bundleDir);
  const isFragment = (p: string) => p.endsWith('.pf_fragment');
  const bytes = (list: typeof files) => list.reduce((n, f) => n + f.bytes, 0);
  const fragments = files.filter((f) => isFragment(f.path));
  const core = files.filter((f) => !isFragment(f.path) && !f.path.endsWith('/offline.json'));
  const meta = files.find((f) => f.path.endsWith('.pf_meta'));
  return {
    version: meta ? basename(meta.path, '.pf_meta') : 'none',
    core: core.map((f) => f.path).sort(),
    coreBytes: bytes(core),
    fragments: fragments.map((f) => f.path).sort(),
    fragmentBytes: bytes(fragments),
    precacheCore: bytes(core) <= CORE_PRECACHE_LIMIT,
    precacheFragments: bytes(core) <= CORE_PRECACHE_LIMIT && bytes(fragments) <= FRAGMENT_PRECACHE_LIMIT,
  };
}

/** Writes `<site>/pagefind/`: one Pagefind run per language (index-parts.ts), the bundle's entry and its offline list. */
export async function buildSearchIndex(site: string, base: string, log: { info(line: string): void; warn(line: string): void }): Promise<void> {
  const bundle = join(site, 'pagefind');
  const binary = extendedBinary();
  if (!existsSync(binary)) throw new Error(`Pagefind's extended binary is missing at ${binary}`);
  process.env.PAGEFIND_EXTENDED_BINARY_PATH = binary;
  if (process.env.PAGEFIND_BINARY_PATH) log.warn('PAGEFIND_BINARY_PATH is ignored: the search index is built with the extended binary');

  const started = performance.now();
  rmSync(bundle, { recursive: true, force: true });
  const folders = readdirSync(site, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const entries: PagefindEntry[] = [];
  let read = 0;
  for (const part of indexParts(folders)) {
    try {
      // Map views inside entry pages (legends, buttons) are not content.
      const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['[data-map]'] });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: site, glob: part.glob });
      if (added.errors.length) throw new Error(`Pagefind could not index ${site} (${part.glob}): ${added.errors.join('; ')}`);
      read += added.page_count;
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length) throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`);
      entries.push(JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry);
    } finally {
      // The process ends with its part, and the pages it held go with it.
      await pagefind.close();
    }
  }
  const entry = mergeEntries(entries);
  writeFileSync(join(bundle, 'pagefind-entry.json'), JSON.stringify(entry));
  for (const name of readdirSync(bundle)) if (UNUSED.test(name)) rmSync(join(bundle, name));
  const manifest = offlineManifest(bundle, `${base}pagefind/`);
  writeFileSync(join(bundle, 'offline.json'), JSON.stringify(manifest));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  log.info(`search index: ${indexed} pages in ${seconds} s with ${basename(binary)}, one language at a time, of ${read} HTML files (${bundle})`);
  addPhase({ name: 'search index', made: `${indexed} pages`, ms: performance.now() - started });
}
