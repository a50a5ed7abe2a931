import { resolve } from 'node:path';

/** The pack to build: an explicit argument, else CONTENT_ROOT, else the repository itself. */
export function resolvePackRoot(explicit?: string): string {
  return resolve(explicit ?? process.env.CONTENT_ROOT ?? '.');
}
