/**
 * Finds in-site references that ignore the base path of a build served under a sub-path (BASE_PATH): an
 * attribute, CSS url(), sitemap entry or script string that starts with `/` but not with the base. Script and
 * JSON strings count when their first segment is a top-level name of the built folder (`/map/…`, `/_astro/…`),
 * so regular expressions and other slashes in the bundles are not mistaken for addresses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

export interface Stray {
  file: string;
  ref: string;
}

const ATTRIBUTE = /\s(?:href|src|action|srcset|content|poster|data-[\w-]+|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const CSS_URL = /url\(\s*['"]?(\/[^'")\s]*)/g;
const LOC = /<loc>([^<]*)<\/loc>|<xhtml:link[^>]*href="([^"]*)"/g;

/** References in one file's text that start with `/` but not with `base`. */
export function straysIn(text: string, ext: string, base: string, topNames: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const check = (ref: string) => {
    const r = ref.trim().replace(/&amp;/g, '&');
    if (r.startsWith('/') && !r.startsWith('//') && !r.startsWith(base)) out.push(r);
  };
  const quotedPaths = (s: string) => {
    const names = [...topNames].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    for (const m of s.matchAll(new RegExp(`(?:["'\`]|&quot;)(/(?:${names})(?:[/?#.][^"'\`&\\s]*)?)(?=["'\`]|&quot;)`, 'g'))) check(m[1] as string);
  };
  if (ext === '.html' || ext === '.svg') {
    for (const m of text.matchAll(ATTRIBUTE)) {
      const value = m[1] ?? m[2] ?? '';
      if (/srcset/.test(m[0])) for (const part of value.split(',')) check(part.trim().split(/\s+/)[0] ?? '');
      else check(value);
      // JSON and snippets inside attributes (the map's data-config).
      quotedPaths(value);
    }
    for (const m of text.matchAll(CSS_URL)) check(m[1] as string);
    // Inline JSON-LD and the few inline scripts.
    for (const m of text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) quotedPaths(m[1] ?? '');
  } else if (ext === '.css') {
    for (const m of text.matchAll(CSS_URL)) check(m[1] as string);
  } else if (ext === '.xml') {
    for (const m of text.matchAll(LOC)) {
      const url = new URL((m[1] ?? m[2]) as string);
      check(url.pathname);
    }
  } else if (ext === '.js' || ext === '.mjs' || ext === '.json' || ext === '.geojson') {
    quotedPaths(text);
  }
  return out;
}

/** Every stray reference of a built folder, with the file it is in. */
export function straysInDist(dist: string, base: string): Stray[] {
  const top = new Set(
    readdirSync(dist)
      .map((n) => n.replace(/\.[^.]+$/, ''))
      .filter((n) => n !== 'index' && n !== '404'),
  );
  top.add('favicon.svg');
  const out: Stray[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      // Pagefind's own loader and worker name /pagefind/ only as a fallback for when they cannot tell where they
      // were loaded from; they are imported by address (src/search/fields.ts), so it never applies.
      else if (/^pagefind\/pagefind[\w-]*\.js$/.test(relative(dist, p).split('\\').join('/'))) continue;
      else if (['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.xml'].includes(extname(d.name))) {
        for (const ref of straysIn(readFileSync(p, 'utf8'), extname(d.name), base, top)) out.push({ file: relative(dist, p), ref });
      }
    }
  };
  walk(dist);
  return out;
}
