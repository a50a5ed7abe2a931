import { resolve } from 'node:path';

/**
 * The portal's own folder (public/, the worker's source), wherever the pack is. Builds run from it (npm scripts);
 * import.meta.dirname would name Astro's bundled chunk instead once the endpoints are built.
 */
export const ROOT_DIR = resolve(process.env.PORTAL_ROOT ?? process.cwd());
