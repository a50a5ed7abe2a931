/**
 * The Content-Security-Policy of every page. Scripts come only from the site (plus WebAssembly
 * compilation for the search index); the only other origins allowed are the tile servers of an
 * online basemap switched on at build.
 */
import { createHash } from 'node:crypto';
import type { Basemap } from '../map/style.ts';

/**
 * The frame guard, for hosts that send no headers: a `<meta>` CSP cannot carry frame-ancestors, so there nothing
 * stops another site framing a page under a lure (clickjacking). It hides the page when it is framed by another
 * origin, or framed at all when it is the widget documentation page (/embed/), which has the whole portal around it.
 * Widgets (EmbedLayout) do not carry it: they are made to be framed. Reading top.location.origin throws for a foreign
 * frame; the catch is where the page refuses to show. Setting a style from script is not an inline style to the CSP.
 */
export const FRAME_GUARD =
  "if(self!==top){try{if(top.location.origin!==location.origin||/\\/embed\\/(index\\.html)?$/.test(location.pathname))throw 0}catch(e){document.documentElement.style.display='none';document.documentElement.dataset.framed=''}}";

/**
 * The one inline script, in <head>: it marks the page as scripted before the first paint, so that layouts that need
 * JavaScript (the phone's folded header, the map page's sheet) are drawn from the start rather than moving into
 * place when the scripts arrive (Lighthouse counted that as a layout shift on every page); then the frame guard.
 */
export const JS_MARK = `document.documentElement.dataset.js='';${FRAME_GUARD}`;
export const JS_MARK_HASH = `sha256-${createHash('sha256').update(JS_MARK).digest('base64')}` as const;

export function tileOrigins(basemap: Basemap): string[] {
  switch (basemap.kind) {
    case 'tianditu':
      return ['https://*.tianditu.gov.cn'];
    case 'osm':
    case 'pmtiles':
      return /^https?:\/\//.test(basemap.url) ? [new URL(basemap.url.replace(/[{}]/g, '')).origin] : [];
    default:
      return [];
  }
}

/** Directives beyond script-src and style-src, which Astro fills with the hashes of each page. */
export function cspDirectives(basemap: Basemap): string[] {
  const tiles = tileOrigins(basemap).join(' ');
  const plus = (base: string) => (tiles ? `${base} ${tiles}` : base);
  return [
    "default-src 'self'",
    plus("img-src 'self' data: blob:"),
    plus("connect-src 'self'"),
    // MapLibre's worker is a file of the site; blob: for the images it decodes off the main thread.
    "worker-src 'self' blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
  ];
}

/** Script sources besides Astro's hashes: Pagefind compiles its WebAssembly index reader. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
