/**
 * Discoverability files and the summary of what was built: writes robots.txt always and sitemap.xml when SITE_URL
 * gives the site's public origin, then prints one line of the entries and pages. The search index, made after Astro's
 * process (src/build/finish.ts), has its own line, and the table of phases the total time.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getPack } from '../pack/index.ts';
import { COLLECTIONS } from '../pack/schemas.ts';
import { normalizeBase } from '../site/paths.ts';
import { sitesWithCards } from './card-paths.ts';
import { builtPages, isListedPage, robotsTxt, sitemapXml, siteOrigin } from './sitemap.ts';

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
        const html = pages.length + (existsSync(join(dist, '404.html')) ? 1 : 0);
        const carded = sitesWithCards().size;
        if (carded < entries.sites.length)
          logger.info(
            `share cards: ${carded} of ${entries.sites.length} sites have their own, those a route, belt, story or person names (siteCards: ${config.siteCards}); the others use the whole area's card`,
          );
        logger.info(`built: ${counts}; ${html} pages written`);
      },
    },
  };
}
