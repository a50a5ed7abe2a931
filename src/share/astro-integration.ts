/**
 * Discoverability files and the build summary: writes robots.txt always and sitemap.xml when SITE_URL gives the
 * site's public origin, then prints one line that sums the build up. Runs after the search index is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getPack } from '../pack/index.ts';
import { COLLECTIONS } from '../pack/schemas.ts';
import { normalizeBase } from '../site/paths.ts';
import { sitesWithCards } from './card-paths.ts';
import { builtPages, isListedPage, robotsTxt, sitemapXml, siteOrigin } from './sitemap.ts';

/** Pages in the Pagefind index of a built folder, or undefined without one. */
function searchPages(dist: string): number | undefined {
  const file = join(dist, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(file)) return undefined;
  const entry = JSON.parse(readFileSync(file, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

export function discoverabilityIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'dangjian-discoverability',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const origin = siteOrigin(process.env.SITE_URL);
        const pages = builtPages(dist);
        writeFileSync(join(dist, 'robots.txt'), robotsTxt(origin, base));
        if (origin) {
          writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(origin, pages, base));
          logger.info(`sitemap.xml: ${pages.filter(isListedPage).length} pages on ${origin.href}`);
        } else {
          logger.info('sitemap.xml not written: set SITE_URL (e.g. https://example.org) to the public address to get one and canonical URLs');
        }
        const { entries, config } = getPack();
        const counts = COLLECTIONS.map((c) => `${entries[c].length} ${c}`).join(', ');
        const indexed = searchPages(dist);
        const html = pages.length + (existsSync(join(dist, '404.html')) ? 1 : 0);
        const seconds = process.uptime().toFixed(1);
        const carded = sitesWithCards().size;
        if (carded < entries.sites.length)
          logger.info(
            `share cards: ${carded} of ${entries.sites.length} sites have their own, those a route, belt, story or person names (siteCards: ${config.siteCards}); the others use the whole area's card`,
          );
        logger.info(`built: ${counts}; ${html} pages written; ${indexed ?? 'no'} pages in the search index; ${seconds} s in all`);
      },
    },
  };
}
