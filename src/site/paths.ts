/**
 * The one rule for in-site addresses: a site path (`/map/`, `/sites/x/`, `/plan/data.json`) becomes an address
 * under the deployment's base path (BASE_PATH, e.g. `/dangjian/`) and, for pages, under the reader's language
 * (`/en/…`; Chinese, the default, has no prefix). Pure functions; the base defaults to the build's, which
 * astro.config.ts defines as `__SITE_BASE__` for both Astro's server code and the bundled browser scripts.
 * Not `import.meta.env.BASE_URL`: in server code Astro lets a `BASE_URL` in the environment override it (vitest
 * sets one, so test builds came out without their base); plain Node scripts and unit tests get `/`.
 */

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The path segment of each language's pages; the default language has none. */
const LOCALE_PREFIX: Record<Locale, string> = { 'zh-CN': '', en: 'en/' };

/** The folder of the built site that holds a language's pages: none (`''`) for the default language. */
export function localeFolder(locale: Locale): string {
  return LOCALE_PREFIX[locale].replace(/\/$/, '');
}

/** `/dangjian`, `dangjian/`, `/dangjian/` → `/dangjian/`; nothing or `/` → `/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

declare const __SITE_BASE__: string | undefined;
/** The build's base path, always starting and ending with `/`. */
export const BASE: string = normalizeBase(typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : undefined);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The address of a path from the site's top: `sitePath('map/')` is `/dangjian/map/` under that base, `sitePath('')`
 * the home page. Callers write the path without its leading `/`, so that a root-absolute string left in a
 * script is a bug the build test finds (a leading `/`, as `pagePath` returns, is accepted too). `locale` is for
 * pages only: data files (GeoJSON, CSV, cards, the search index) exist once, for every language.
 */
export function sitePath(path: string, locale: Locale = DEFAULT_LOCALE, base: string = BASE): string {
  return `${base}${LOCALE_PREFIX[locale]}${path.replace(/^\/+/, '')}`;
}

/** The site path of an address (`/dangjian/en/map/` → `/en/map/`); an address outside the base is returned as is. */
export function stripBase(pathname: string, base: string = BASE): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** The language of a page from its address. */
export function localeOf(pathname: string, base: string = BASE): Locale {
  const path = `${stripBase(pathname, base)}/`;
  return LOCALES.find((l) => LOCALE_PREFIX[l] && path.startsWith(`/${LOCALE_PREFIX[l]}`)) ?? DEFAULT_LOCALE;
}

/** The page's path in its own language's tree, without base and language: `/dangjian/en/map/` → `/map/`. */
export function pagePath(pathname: string, base: string = BASE): string {
  const path = stripBase(pathname, base);
  const prefix = LOCALE_PREFIX[localeOf(pathname, base)];
  return prefix ? `/${path.slice(prefix.length + 1)}` : path;
}

/** The same page in another language: `/dangjian/map/` → `/dangjian/en/map/`. */
export function twinPath(pathname: string, to: Locale, base: string = BASE): string {
  return sitePath(pagePath(pathname, base), to, base);
}

/** The base path of a deployment: BASE_PATH, else the path of SITE_URL (`https://example.gov.cn/dangjian/`), else `/`. */
export function basePathFrom(basePath: string | undefined, siteUrl: string | undefined): string {
  if (basePath?.trim()) return normalizeBase(basePath);
  if (siteUrl?.trim() && URL.canParse(siteUrl.trim())) return normalizeBase(new URL(siteUrl.trim()).pathname);
  return '/';
}

/** An absolute address from a path that already carries the base, against the public origin. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** `getStaticPaths` params of the language tree `src/pages/[...lang]/`: no segment for Chinese, `en` for English. */
export function localeParams(): { params: { lang: string | undefined } }[] {
  return LOCALES.map((l) => ({ params: { lang: LOCALE_PREFIX[l] ? LOCALE_PREFIX[l].slice(0, -1) : undefined } }));
}
