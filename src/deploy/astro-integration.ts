import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../site/paths.ts';
import { headerRules, toHeadersFile, toRedirectsFile } from './headers.ts';

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
