import { type Locale, sitePath } from '../site/paths.ts';
import type { CollectionName } from './schemas.ts';

/** Address of an entry's page (base path and language included), with the trailing slash the static build uses. */
export function entryPagePath(collection: CollectionName, id: string, locale?: Locale): string {
  return sitePath(`${collection}/${id}/`, locale);
}

export function collectionPath(collection: CollectionName, locale?: Locale): string {
  return sitePath(`${collection}/`, locale);
}
