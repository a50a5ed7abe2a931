/** The pack the site is built from, loaded once per process and shared by the loader, pages and endpoints. */
import { addPhase } from '../build/phases.ts';
import { loadPack, type Pack } from './load.ts';
import { resolvePackRoot } from './root.ts';

interface Cache {
  packs: Map<string, Pack>;
  derived: WeakMap<Pack, Map<string, unknown>>;
}

/**
 * Kept on globalThis, not in this module: `astro dev` evaluates this file once per Vite environment (astro.config,
 * the content loaders, the pages), and a module-level cache in each would let the loader forget the pack while the
 * pages and endpoints went on serving their own copy of it.
 */
const SLOT: unique symbol = Symbol.for('dangjian-map.pack-cache');
const shared = globalThis as typeof globalThis & { [SLOT]?: Cache };
shared[SLOT] ??= { packs: new Map(), derived: new WeakMap() };
const cache: Cache = shared[SLOT];

export function getPack(): Pack {
  const root = resolvePackRoot();
  let pack = cache.packs.get(root);
  if (!pack) {
    const started = performance.now();
    pack = loadPack(root);
    cache.packs.set(root, pack);
    const entries = Object.values(pack.entries).reduce((n, list) => n + list.length, 0);
    addPhase({ name: 'entries', made: `${entries} entries read and checked`, ms: performance.now() - started });
  }
  return pack;
}

/**
 * Data computed from the pack being built (map data, tiles, relations, search records), once per pack. The one
 * invalidation rule: it belongs to the Pack object, so when the dev server reads the pack again (forgetPack) every
 * view of it is computed afresh.
 */
export function fromPack<T>(name: string, compute: (pack: Pack) => T): T {
  const pack = getPack();
  let values = cache.derived.get(pack);
  if (!values) {
    values = new Map();
    cache.derived.set(pack, values);
  }
  if (!values.has(name)) values.set(name, compute(pack));
  return values.get(name) as T;
}

/** Dev server: content changed on disk, read it again (in every module that asks, whichever copy of this one it has). */
export function forgetPack(): void {
  cache.packs.clear();
}

export type { Pack, PackEntry } from './load.ts';
