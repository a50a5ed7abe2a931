/**
 * Writes the service worker of a built site once everything else is written (search index, headers; see
 * src/build/finish.ts): lists the app shell, hashes the build into an id, and bundles src/offline/sw.ts with Workbox
 * through esbuild. Returns the line the build log shows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { buildId, isMapLibrary, listFiles, precacheEntries } from './precache.ts';
import { ROOT_DIR } from './root-dir.ts';

export async function bundleWorker(dist: string): Promise<{ build: string; files: number; bytes: number; swBytes: number; swGzip: number }> {
  const files = listFiles(dist);
  const { entries, bytes } = precacheEntries(dist, files);
  const placeholder = 'DANGJIAN_BUILD_ID';
  const out = await esbuild({
    entryPoints: [join(ROOT_DIR, 'src/offline/sw.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    // Workbox logs in development builds only.
    define: {
      'process.env.NODE_ENV': '"production"',
      __BUILD_ID__: JSON.stringify(placeholder),
      __PRECACHE__: JSON.stringify(entries),
      __MAP_LIBRARY__: JSON.stringify(files.filter(isMapLibrary)),
    },
  });
  const bundled = out.outputFiles[0]?.text;
  if (!bundled) throw new Error('the service worker did not bundle');
  // The id covers the worker's own code and its precache list as well as the site: a change to either is an update.
  const build = buildId(dist, files, bundled);
  const code = Buffer.from(bundled.replaceAll(placeholder, build));
  writeFileSync(join(dist, 'sw.js'), code);
  return { build, files: entries.length, bytes, swBytes: code.length, swGzip: gzipSync(code).length };
}

/** "service worker: build <id>, app shell N files (… kB), sw.js … kB (… kB gzip)". */
export function workerLine(r: Awaited<ReturnType<typeof bundleWorker>>): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  return `service worker: build ${r.build}, app shell ${r.files} files (${kb(r.bytes)}), sw.js ${kb(r.swBytes)} (${kb(r.swGzip)} gzip)`;
}
