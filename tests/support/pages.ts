/** One page of each type of the built site: what the quality gates walk through. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getPack } from '../../src/pack/index.ts';
import { COLLECTIONS } from '../../src/pack/schemas.ts';
import { DIST } from './dist.ts';

export function pageTypes(dist = DIST): string[] {
  const { entries } = getPack();
  const pages = ['/', '/map/', '/search/', '/plan/', '/data/', '/offline/', '/embed/', '/embed/map/'];
  for (const c of COLLECTIONS) {
    if (!entries[c].length) continue;
    pages.push(`/${c}/`);
    // The richest entry of each collection: most markup to check.
    const richest = [...entries[c]].sort((a, b) => b.body.length - a.body.length)[0];
    if (richest) pages.push(`/${c}/${richest.id}/`);
  }
  // The English twins of the main page types and of the richest site and route (src/pages/[...lang]/).
  const twins = ['/', '/map/', '/search/', '/plan/', '/embed/map/', ...pages.filter((p) => /^\/(sites|routes)\/[^/]+\/$/.test(p))].map((p) => `/en${p}`);
  return [...pages, ...twins].filter((p) => existsSync(join(dist, p, 'index.html')));
}
