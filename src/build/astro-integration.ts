/**
 * Times the build's page phase and closes the build with the table of all phases (src/build/phases.ts). Listed
 * first and last among the integrations: the page phase starts before every other hook, and the table waits for
 * the search index, the service worker and the compressed copies.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { endPhase, phaseTable, startPhase, takeCounted } from './phases.ts';

function countFiles(dir: string): { html: number; files: number } {
  let html = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    if (e.name.endsWith('.html')) html++;
  }
  return { html, files };
}

export function buildStartIntegration(): AstroIntegration {
  return {
    name: 'dangjian-build-start',
    hooks: {
      'astro:build:start': () => {
        startPhase('pages');
      },
      'astro:build:generated': ({ dir, logger }) => {
        const { html, files } = countFiles(fileURLToPath(dir));
        const cards = takeCounted('cards');
        const of = cards ? `, of which ${cards.count} share cards (${(cards.ms / 1000).toFixed(1)} s drawing and encoding)` : '';
        logger.info(endPhase('pages', `${html} HTML pages, ${files} files${of}`));
      },
    },
  };
}

export function buildSummaryIntegration(): AstroIntegration {
  return {
    name: 'dangjian-build-summary',
    hooks: {
      'astro:build:done': ({ logger }) => {
        logger.info(`build phases:\n${phaseTable(process.uptime() * 1000).join('\n')}`);
      },
    },
  };
}
