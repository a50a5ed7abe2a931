import type { CollectionName } from '../pack/schemas.ts';
import { type Locale, sitePath } from '../site/paths.ts';

/** Widget kinds in their URLs (/embed/route/<id>/) and the collection each shows. */
export const EMBED_KINDS = { route: 'routes', site: 'sites', belt: 'belts', transit: 'transit' } as const satisfies Record<string, CollectionName>;
export type EmbedKind = keyof typeof EMBED_KINDS | 'map';

/** Address of a widget, in the language of its strings. */
export function embedPath(kind: EmbedKind, id?: string, locale?: Locale): string {
  return sitePath(kind === 'map' ? 'embed/map/' : `embed/${kind}/${id}/`, locale);
}

/** The widget kind of a collection, if its entries can be embedded. */
export function embedKindOf(collection: CollectionName): keyof typeof EMBED_KINDS | undefined {
  return (Object.entries(EMBED_KINDS) as [keyof typeof EMBED_KINDS, CollectionName][]).find(([, c]) => c === collection)?.[0];
}
