/** The pack the site is built from, loaded once per process and shared by the loader, pages and endpoints. */
import { loadPack, type Pack } from './load.ts';
import { resolvePackRoot } from './root.ts';

const cache = new Map<string, Pack>();

export function getPack(): Pack {
  const root = resolvePackRoot();
  let pack = cache.get(root);
  if (!pack) {
    pack = loadPack(root);
    cache.set(root, pack);
  }
  return pack;
}

/** Dev server: content changed on disk, read it again. */
export function forgetPack(): void {
  cache.clear();
}

export type { Pack, PackEntry } from './load.ts';
