import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../site/paths.ts';
import { headerRules, toHeadersFile } from './headers.ts';

/** Writes dist/_headers, which static hosts (Cloudflare Pages, Netlify) apply to every response; its paths carry the base. */
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
      },
    },
  };
}
