import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { toHeadersFile } from './headers.ts';

/** Writes dist/_headers, which static hosts (Cloudflare Pages, Netlify) apply to every response. */
export function deployHeaders(): AstroIntegration {
  return {
    name: 'dangjian-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), toHeadersFile());
      },
    },
  };
}
