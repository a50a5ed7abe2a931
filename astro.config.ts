import type { AstroUserConfig } from 'astro';
import { defineConfig } from 'astro/config';
import { buildStartIntegration, buildSummaryIntegration } from './src/build/astro-integration.ts';
import { deployHeaders } from './src/deploy/astro-integration.ts';
import { embedLoaderIntegration } from './src/embed/astro-integration.ts';
import { packBasemap } from './src/map/basemap-config.ts';
import { packIntegration } from './src/pack/astro-integration.ts';
import { getPack } from './src/pack/index.ts';
import { packWords } from './src/pack/words.ts';
import { cspDirectives, JS_MARK_HASH, SCRIPT_RESOURCES } from './src/security/csp.ts';
import { discoverabilityIntegration } from './src/share/astro-integration.ts';
import { siteOrigin } from './src/share/sitemap.ts';
import { basePathFrom } from './src/site/paths.ts';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

const pack = getPack();
const base = basePathFrom(process.env.BASE_PATH, process.env.SITE_URL);
const { basemap } = packBasemap(pack, process.env, base);

export default defineConfig({
  output: 'static',
  // The public address (SITE_URL) makes canonical and share URLs absolute and turns on sitemap.xml.
  site: siteOrigin(process.env.SITE_URL)?.href,
  // BASE_PATH (or the path of SITE_URL) hosts the site under a sub-path, e.g. /dangjian/; src/site/paths.ts applies it.
  base,
  // The same base for src/site/paths.ts, on the server and in the browser (see there why not import.meta.env.BASE_URL).
  // The pack's own words of the interface (src/i18n/pack-words.ts), likewise for the server and the browser's dictionaries.
  vite: { define: { __SITE_BASE__: JSON.stringify(base), __PACK_WORDS__: JSON.stringify(packWords(pack)) } },
  // Tests build other packs side by side; each gets its own output folder.
  outDir: process.env.DIST_DIR ?? './dist',
  // Builds running side by side (tests, other packs) each keep their own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Pages and endpoints made 8 at a time: a share card's PNG is encoded on libuv's threads, so the next pages render
  // meanwhile. A 1,000-site build without the cache: pages 86 s one at a time, 59 s two, 53 s four, 48 s eight, with
  // byte-identical output and peak memory 1.17 → 1.23 GB.
  // Styles in files, never inline: Astro inlined every stylesheet under 4 kB, 10.4 kB of each site page's 35 kB, sent
  // again with every page (700 MB of HTML at 10,000 sites); as files they are fetched once and cached for a year.
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  // embed.js is written first, so that the rest see it. The build's phase timing opens the list, and the last hands the
  // written site to the steps after the pages (search index, service worker, compressed copies: src/build/finish.ts).
  integrations: [
    buildStartIntegration(),
    embedLoaderIntegration(),
    packIntegration(),
    deployHeaders(),
    discoverabilityIntegration(),
    buildSummaryIntegration(),
  ],
  devToolbar: { enabled: false },
  // Astro hashes every script and style it emits into a CSP <meta>; nothing inline runs otherwise.
  security: {
    csp: { directives: cspDirectives(basemap) as CspOptions['directives'], scriptDirective: { resources: SCRIPT_RESOURCES, hashes: [JS_MARK_HASH] } },
  },
  // Shiki colours code with inline styles, which the CSP forbids; the content has no code blocks.
  markdown: { syntaxHighlight: false },
});
