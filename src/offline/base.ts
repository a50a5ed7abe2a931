/**
 * The site's base path with its trailing slash ('/' or '/sub/'): where the worker, the manifest and the icons sit,
 * and the worker's scope. Astro's BASE_URL is the configured base, which may be written without the slash.
 */
export function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

export const BASE = withSlash(import.meta.env.BASE_URL);
