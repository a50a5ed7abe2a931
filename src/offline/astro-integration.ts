/**
 * Writes the service worker after every build, once the other integrations (search index, headers) are done: lists
 * the app shell, hashes the build into an id, and bundles src/offline/sw.ts with Workbox through esbuild.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
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

export function offlineIntegration(): AstroIntegration {
  return {
    name: 'dangjian-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const r = await bundleWorker(fileURLToPath(dir));
        const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
        logger.info(`service worker: build ${r.build}, app shell ${r.files} files (${kb(r.bytes)}), sw.js ${kb(r.swBytes)} (${kb(r.swGzip)} gzip)`);
      },
    },
  };
}
