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

const derived = new WeakMap<Pack, Map<string, unknown>>();

/**
 * Data computed from the pack being built (map data, tiles, relations, search records), once per pack. The one
 * invalidation rule: it belongs to the Pack object, so when the dev server reads the pack again (forgetPack) every
 * view of it is computed afresh.
 */
export function fromPack<T>(name: string, compute: (pack: Pack) => T): T {
  const pack = getPack();
  let values = derived.get(pack);
  if (!values) {
    values = new Map();
    derived.set(pack, values);
  }
  if (!values.has(name)) values.set(name, compute(pack));
  return values.get(name) as T;
}

/** Dev server: content changed on disk, read it again. */
export function forgetPack(): void {
  cache.clear();
}

export type { Pack, PackEntry } from './load.ts';
