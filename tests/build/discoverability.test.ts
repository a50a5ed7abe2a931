/**
 * Issue 10, discoverability: sitemap.xml and robots.txt, canonical and share (Open Graph) tags, share cards and
 * JSON-LD. A build with SITE_URL=https://example.org is checked for absolute addresses; the ordinary build (DIST_DIR)
 * for what does not need the public address.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/load.ts';
import { COLLECTIONS } from '../../src/pack/schemas.ts';
import { entryPagePath } from '../../src/pack/urls.ts';
import { builtPages } from '../../src/share/sitemap.ts';
import { type BuildResult, buildPack } from '../support/astro-build.ts';
import { DIST, ROOT, readPage } from '../support/dist.ts';

const ORIGIN = 'https://example.org';
const pack = loadPack(ROOT);
const entryPages = COLLECTIONS.flatMap((c) => pack.entries[c].map((e) => entryPagePath(c, e.id)));
const sitePages = pack.entries.sites.map((e) => entryPagePath('sites', e.id));
const routePages = pack.entries.routes.map((e) => entryPagePath('routes', e.id));

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const metas = (html: string, property: string) =>
  [...head(html).matchAll(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`, 'g'))].map((m) => decode(m[1] as string));
const canonicals = (html: string) => [...head(html).matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => decode(m[1] as string));
const jsonLdBlocks = (html: string) => [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);

describe('with SITE_URL: sitemap, robots.txt, canonical and absolute share addresses', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildPack(ROOT, { SITE_URL: ORIGIN });
  });
  const read = (path: string) => readPage(path, build.dist);
  const sitemap = () => readFileSync(join(build.dist, 'sitemap.xml'), 'utf8');
  const locs = () => [...sitemap().matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decode(m[1] as string));

  it('builds, and sums up its entries and pages, its search index and its phases', () => {
    expect(build.status, build.output).toBe(0);
    const summary = build.output.split('\n').filter((l) => l.includes('[dangjian-discoverability] built:'));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatch(/built: 47 sites, 4 routes, .*; \d+ pages written$/);
    expect(build.output).toMatch(/\[dangjian-search\] search index: \d+ pages in [\d.]+ s/);
    expect(build.output).toMatch(/build phases:\n(?: {2}.*\n)+ {2}total +[\d.]+ s/);
    expect(build.output).toMatch(/sitemap\.xml: \d+ pages on https:\/\/example\.org\//);
  });

  it('sitemap.xml lists every entry page, no embed widget and no 404, with absolute addresses on the origin', () => {
    const urls = locs();
    expect(sitemap()).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    for (const u of urls) expect(u.startsWith(`${ORIGIN}/`), u).toBe(true);
    const paths = urls.map((u) => new URL(u).pathname);
    for (const p of entryPages) expect(paths, p).toContain(p);
    for (const p of ['/', '/map/', '/plan/', '/data/', '/search/', '/sites/']) expect(paths).toContain(p);
    expect(paths.filter((p) => /^(\/en)?\/embed\/.+/.test(p))).toEqual([]);
    expect(paths.filter((p) => /^(\/en)?\/404/.test(p))).toEqual([]);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('sitemap.xml lists every built page except widgets, the offline page and the server error page, and nothing that was not built', () => {
    // The English 404 page is a folder (/en/404/); neither 404 page is listed.
    const built = builtPages(build.dist).filter(
      (p) => !/^(\/en)?\/embed\/.+/.test(p) && !/^(\/en)?\/offline\/$/.test(p) && p !== '/en/404/' && p !== '/error/',
    );
    expect(
      locs()
        .map((u) => new URL(u).pathname)
        .sort(),
    ).toEqual(built.sort());
  });

  it('every page and its twin name both versions with absolute hreflang links on the origin', () => {
    for (const url of locs().filter((u) => !new URL(u).pathname.startsWith('/en/'))) {
      const p = new URL(url).pathname;
      for (const html of [read(p), read(`/en${p}`)]) {
        expect(html, p).toContain(`<link rel="alternate" hreflang="zh-CN" href="${ORIGIN}${p}">`);
        expect(html, p).toContain(`<link rel="alternate" hreflang="en" href="${ORIGIN}/en${p}">`);
        expect(html, p).toContain(`<link rel="alternate" hreflang="x-default" href="${ORIGIN}${p}">`);
      }
    }
  });

  it('robots.txt allows everything and points at the sitemap', () => {
    const robots = readFileSync(join(build.dist, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(robots).not.toMatch(/^Disallow:\s*\S/m);
  });

  it('every listed page has one canonical URL, its sitemap address, and og:url equal to it', () => {
    for (const url of locs()) {
      const html = read(new URL(url).pathname);
      expect(canonicals(html), url).toEqual([url]);
      expect(metas(html, 'og:url'), url).toEqual([url]);
      expect(metas(html, 'og:title'), url).toHaveLength(1);
      expect(metas(html, 'og:description'), url).toHaveLength(1);
      expect(metas(html, 'og:type'), url).toHaveLength(1);
      expect(metas(html, 'og:locale'), url).toEqual([url.includes('/en/') ? 'en_GB' : 'zh_CN']);
      expect(metas(html, 'og:site_name'), url).toEqual([pack.config.title]);
      expect(metas(html, 'twitter:card'), url).toHaveLength(1);
    }
  });

  it('every site and route page has exactly one og:image, absolute, of its own card, present in the build', () => {
    for (const path of [...sitePages, ...routePages]) {
      const images = metas(read(path), 'og:image');
      expect(images, path).toHaveLength(1);
      const image = new URL(images[0] as string);
      expect(image.origin).toBe(ORIGIN);
      const id = path.split('/')[2];
      expect(image.pathname).toBe(path.startsWith('/sites/') ? `/cards/sites/${id}.png` : `/plan/cards/${id}.png`);
      expect(existsSync(join(build.dist, image.pathname)), image.pathname).toBe(true);
    }
  });

  it('site pages carry a TouristAttraction with coordinates, region and their address', () => {
    for (const site of pack.entries.sites) {
      const path = entryPagePath('sites', site.id);
      const blocks = jsonLdBlocks(read(path));
      expect(blocks, path).toHaveLength(1);
      const ld = JSON.parse(blocks[0] as string);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('TouristAttraction');
      expect(ld.name).toBe(site.data.title);
      expect(ld.url).toBe(`${ORIGIN}${path}`);
      expect(ld.image).toBe(`${ORIGIN}/cards/sites/${site.id}.png`);
      expect(typeof ld.geo.latitude).toBe('number');
      expect(typeof ld.geo.longitude).toBe('number');
      expect(ld.address.addressRegion).toBe(site.data.regions[0]?.province);
      if (site.data.address) expect(ld.address.streetAddress).toBe(site.data.address);
    }
  });

  it('route pages carry a Trip whose itinerary lists the stops in order', () => {
    for (const route of pack.entries.routes) {
      const path = entryPagePath('routes', route.id);
      const blocks = jsonLdBlocks(read(path));
      expect(blocks, path).toHaveLength(1);
      const ld = JSON.parse(blocks[0] as string);
      expect(ld['@type']).toBe('Trip');
      expect(ld.name).toBe(route.data.title);
      expect(ld.itinerary['@type']).toBe('ItemList');
      expect(ld.itinerary.itemListElement.map((i: { item: { url: string } }) => i.item.url)).toEqual(
        route.data.stops.map((s) => `${ORIGIN}${entryPagePath('sites', s.site)}`),
      );
    }
  });
});

describe('the ordinary build (DIST_DIR)', () => {
  it('writes robots.txt; without SITE_URL no sitemap, no canonical, no og:url and no Sitemap line', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    if (existsSync(join(DIST, 'sitemap.xml'))) return; // built with SITE_URL: covered above
    expect(robots).not.toContain('Sitemap:');
    const html = readPage(sitePages[0] as string);
    expect(canonicals(html)).toEqual([]);
    expect(metas(html, 'og:url')).toEqual([]);
  });

  it('every page has exactly one set of share tags (the layout defaults or the page card, never both)', () => {
    for (const path of builtPages(DIST).filter((p) => !/^(\/en)?\/embed\/.+/.test(p))) {
      const html = readPage(path);
      for (const tag of ['og:title', 'og:description', 'og:type', 'og:image', 'og:site_name', 'og:locale', 'twitter:card']) {
        expect(metas(html, tag), `${path} ${tag}`).toHaveLength(1);
      }
      const image = new URL(metas(html, 'og:image')[0] as string, 'https://page.invalid/').pathname;
      expect(existsSync(join(DIST, image)), `${path} ${image}`).toBe(true);
    }
  });

  it('JSON-LD blocks are data only: they parse, cannot be broken out of, and sit on site and route pages only', () => {
    for (const path of builtPages(DIST)) {
      const blocks = jsonLdBlocks(readPage(path));
      const isEntry = /^(\/en)?\/(sites|routes)\/[^/]+\/$/.test(path);
      expect(blocks.length, path).toBe(isEntry ? 1 : 0);
      for (const b of blocks) {
        expect(b).not.toMatch(/[<>]/);
        expect(() => JSON.parse(b)).not.toThrow();
      }
    }
  });
});
