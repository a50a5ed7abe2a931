/** Titles and links of every entry, for pages that name entries of other collections. */
import { getPack } from '../pack/index.ts';
import { buildRelations, type Relations } from '../pack/relations.ts';
import type { CollectionName } from '../pack/schemas.ts';
import { entryPagePath } from '../pack/urls.ts';

let relations: Relations | undefined;

export function getRelations(): Relations {
  relations ??= buildRelations(getPack().entries);
  return relations;
}

export function titleOf(collection: CollectionName, id: string): string {
  const entry = getPack().entries[collection].find((e) => e.id === id);
  return entry?.data.title ?? id;
}

export function linkOf(collection: CollectionName, id: string): { href: string; title: string } {
  return { href: entryPagePath(collection, id), title: titleOf(collection, id) };
}
