/**
 * Writes public/embed.js's successor, dist/embed.js, from src/embed/loader.ts: the loader another site runs is built
 * from the same checked modules as the widget (messages.ts, params.ts), so the boundary cannot drift from them.
 * Runs first among the build's integrations, so that headers, the search index and compression see the file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build as esbuild } from 'esbuild';
import { ROOT_DIR } from '../offline/root-dir.ts';
import { normalizeBase, sitePath } from '../site/paths.ts';

export async function bundleLoader(): Promise<string> {
  const out = await esbuild({
    entryPoints: [join(ROOT_DIR, 'src/embed/loader.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    // Old enough for the pages of town websites that embed it.
    target: 'es2019',
    write: false,
    // The usage comment stays at the top of the shipped file.
    legalComments: 'none',
    banner: {
      js: '/* 党建地图 widget loader, version 1: <script src="…/embed.js" async></script> then <dangjian-map route="…" height="480"></dangjian-map>. Source: src/embed/loader.ts */',
    },
  });
  const code = out.outputFiles[0]?.text;
  if (!code) throw new Error('the widget loader did not bundle');
  return code;
}

export function embedLoaderIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'dangjian-embed-loader',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== sitePath('embed.js', undefined, base)) return next();
          bundleLoader().then(
            (code) => res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(code),
            (err: unknown) => next(err),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const code = await bundleLoader();
        writeFileSync(join(fileURLToPath(dir), 'embed.js'), code);
        logger.info(`widget loader: embed.js ${(code.length / 1024).toFixed(1)} kB`);
      },
    },
  };
}
