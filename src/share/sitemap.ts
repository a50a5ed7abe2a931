/** sitemap.xml and robots.txt from the built pages. Pure functions, plus a walk of the output folder. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { escapeMarkup } from '../security/escape.ts';
import { LOCALES, pagePath, sitePath } from '../site/paths.ts';

/**
 * Pages that are not for search engines: embeddable widgets (the /embed/ documentation page stays), the 404 page, the
 * server's error page and the offline page (what the service worker shows when a page is not on the device).
 */
export function isListedPage(path: string): boolean {
  const page = pagePath(path, '/');
  if (/^\/embed\/.+/.test(page)) return false;
  if (page === '/offline/') return false;
  if (/^\/404(\.html|\/)?$/.test(page)) return false;
  if (page === '/error/') return false;
  return true;
}

/** Site paths (`/`, `/sites/x/`) of the HTML pages in a built folder (`…/index.html` files), sorted. */
export function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(join(dir, d.name));
      else if (d.name === 'index.html') {
        const rel = relative(dist, dir).split('\\').join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The site's public origin from SITE_URL, normalised to end in `/`; undefined when unset or blank. */
export function siteOrigin(value: string | undefined): URL | undefined {
  if (!value?.trim()) return undefined;
  const url = new URL(value.trim());
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address, not ${value}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** sitemap.xml (sitemaps.org 0.9) of the given site paths (as built, without the base), with absolute, percent-encoded addresses under the base. */
export function sitemapXml(origin: URL, paths: readonly string[], base = origin.pathname): string {
  const listed = new Set(paths.filter(isListedPage));
  const loc = (p: string) => escapeMarkup(new URL(`${base}${p.slice(1)}`, origin).href);
  const urls = [...listed].map((p) => {
    // Each language's page names its twins (and itself), as Google reads hreflang in sitemaps.
    const page = pagePath(p, '/');
    const twins = LOCALES.map((l) => ({ l, path: sitePath(page, l, '/') })).filter((t) => listed.has(t.path));
    const links = twins.length > 1 ? twins.map((t) => `\n    <xhtml:link rel="alternate" hreflang="${t.l}" href="${loc(t.path)}"/>`).join('') : '';
    return `  <url><loc>${loc(p)}</loc>${links}${links ? '\n  ' : ''}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap is named when the origin is known (it must be absolute). */
export function robotsTxt(origin: URL | undefined, base = origin?.pathname ?? '/'): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (origin) lines.push('', `Sitemap: ${new URL(`${base}sitemap.xml`, origin).href}`);
  return `${lines.join('\n')}\n`;
}
