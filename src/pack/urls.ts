import type { CollectionName } from './schemas.ts';

/** Site-relative path of an entry's page, with the trailing slash the static build uses. */
export function entryPagePath(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

export function collectionPath(collection: CollectionName): string {
  return `/${collection}/`;
}
