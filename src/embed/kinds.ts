import type { CollectionName } from '../pack/schemas.ts';
import { type Locale, sitePath } from '../site/paths.ts';

/** Widget kinds in their URLs (/embed/route/<id>/) and the collection each shows. */
export const EMBED_KINDS = { route: 'routes', site: 'sites', belt: 'belts', transit: 'transit' } as const satisfies Record<string, CollectionName>;
export type EmbedKind = keyof typeof EMBED_KINDS | 'map';

/**
 * Kinds whose widget is one page for every entry, which reads the entry from its address (`/embed/site/?id=<id>`):
 * a pack may hold tens of thousands of sites, and a page per site and language was two files each. The other kinds
 * have a few entries and keep a page each, with their stops in its HTML.
 */
export const ONE_PAGE_KINDS = ['site'] as const satisfies readonly (keyof typeof EMBED_KINDS)[];
const onePage = (kind: EmbedKind): boolean => (ONE_PAGE_KINDS as readonly string[]).includes(kind);

/** A widget's address below the site root and language (`embed/route/x/`, `embed/site/?id=x`): the loader's and the pages' one rule. */
export function widgetAddress(kind: EmbedKind, id = ''): string {
  if (kind === 'map') return 'embed/map/';
  return onePage(kind) ? `embed/${kind}/?id=${encodeURIComponent(id)}` : `embed/${kind}/${encodeURIComponent(id)}/`;
}

/** Address of a widget, in the language of its strings. */
export function embedPath(kind: EmbedKind, id?: string, locale?: Locale): string {
  return sitePath(widgetAddress(kind, id), locale);
}

/**
 * An address of the form widgets had before (`…/embed/site/<id>/`): what comes before the id, and the id. Slashes
 * escaped: the bundle then holds no "/embed/…" literal, which the base-path check would take for an address.
 */
const oldAddress = (kind: string) => new RegExp(`^(.*\\/embed\\/${kind}\\/)([^/.]+)\\/?$`);

/**
 * The entry a one-page widget shows: its `id` parameter, else the last folder of an address of the form widgets had
 * before (`…/embed/site/<id>/`), which a server may answer with the one page (deploy/ rewrites it so).
 */
export function widgetEntryId(kind: (typeof ONE_PAGE_KINDS)[number], pathname: string, search: string): string | undefined {
  const given = new URLSearchParams(search).get('id');
  if (given) return given;
  const id = oldAddress(kind).exec(pathname)?.[2];
  if (!id) return undefined;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * Where an address of the old form (`…/embed/site/<id>/?list=1`) now lives (`…/embed/site/?id=<id>&list=1`), for the
 * 404 page of hosts that rewrite nothing; undefined for any other address.
 */
export function movedWidget(pathname: string, search: string): string | undefined {
  for (const kind of ONE_PAGE_KINDS) {
    const m = oldAddress(kind).exec(pathname);
    if (!m?.[1] || !m[2]) continue;
    const q = new URLSearchParams(search);
    q.delete('id');
    const rest = q.toString();
    return `${m[1]}?id=${m[2]}${rest ? `&${rest}` : ''}`;
  }
  return undefined;
}

/** The widget kind of a collection, if its entries can be embedded. */
export function embedKindOf(collection: CollectionName): keyof typeof EMBED_KINDS | undefined {
  return (Object.entries(EMBED_KINDS) as [keyof typeof EMBED_KINDS, CollectionName][]).find(([, c]) => c === collection)?.[0];
}
