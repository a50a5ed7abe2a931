import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildStore, cacheCounts, codeVersion } from '../build/digest-cache.ts';
import { addPhase } from '../build/phases.ts';
import { normalizeBase } from '../site/paths.ts';
import { headerRules, toHeadersFile, toRedirectsFile } from './headers.ts';
import { precompressDir } from './precompress.ts';

/** Writes dist/_headers and dist/_redirects, which static hosts (Cloudflare Pages, Netlify) apply; their paths carry the base. */
export function deployHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'dangjian-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), toHeadersFile(headerRules(base)));
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), toRedirectsFile(base));
      },
    },
  };
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/**
 * Writes the .br/.gz copies of the built text files. Astro runs build hooks in the order of the integrations
 * list, so this one goes last: it must see every file the others write (search index, sitemap, service worker).
 * PRECOMPRESS=false skips it for hosts that compress on their own and count files (see the README).
 */
export function precompress(): AstroIntegration {
  return {
    name: 'dangjian-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PRECOMPRESS === 'false') {
          logger.info('precompression skipped (PRECOMPRESS=false)');
          return;
        }
        const started = performance.now();
        const store = buildStore();
        const s = await precompressDir(fileURLToPath(dir), { store, version: store && codeVersion(['src/deploy/precompress.ts']) });
        const cached = cacheCounts(store, 'copies', 'compressed');
        const pct = (n: number) => `${Math.round((100 * n) / s.bytes)}%`;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const of = cached ? ` (${cached})` : '';
        addPhase({ name: 'compression', made: `${s.files.length} files, .br and .gz${of}`, ms: performance.now() - started });
        logger.info(
          `precompressed ${s.files.length} files${of}, ${mb(s.bytes)}: brotli ${mb(s.br)} (${pct(s.br)}), gzip ${mb(s.gz)} (${pct(s.gz)}) in ${seconds} s`,
        );
      },
    },
  };
}
