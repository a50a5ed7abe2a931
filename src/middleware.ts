/**
 * Counts each HTML page as the build renders it, for the page phase's progress lines (src/build/phases.ts): a
 * large pack spends minutes there, and Astro's own list of pages is one line per page, thousands of them.
 */
import { defineMiddleware } from 'astro:middleware';
import { countWork } from './build/phases.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const started = performance.now();
  const response = await next();
  if (response.headers.get('content-type')?.startsWith('text/html')) countWork('html', started);
  return response;
});
