/**
 * Which sites get a share card of their own. A card is about 20 ms of CPU and one file, so a pack of tens of
 * thousands of sites draws them only for the sites its curated entries name; the others share the whole area's card.
 */
import type { PackEntries } from '../pack/load.ts';
import { referencesOf } from '../pack/reference-fields.ts';
import type { CollectionName, PackConfig } from '../pack/schemas.ts';

/** The pack's `siteCards` setting. */
export type SiteCards = PackConfig['siteCards'];

/** Up to this many sites, `auto` draws every site's card. */
export const EVERY_CARD_UP_TO = 2_000;

/** The entries a visitor is sent to a site from: a route's stops, a belt's members, a story's or a person's places. */
const CURATED = ['routes', 'belts', 'stories', 'people'] as const satisfies readonly CollectionName[];

/** Ids of the sites with their own card. */
export function sitesWithOwnCard(entries: PackEntries, setting: SiteCards): Set<string> {
  const ids = entries.sites.map((s) => s.id);
  if (setting === 'all' || (setting === 'auto' && ids.length <= EVERY_CARD_UP_TO)) return new Set(ids);
  const known = new Set(ids);
  const named = new Set<string>();
  for (const collection of CURATED)
    for (const entry of entries[collection])
      for (const ref of referencesOf(collection, entry.data)) if (ref.to === 'sites' && known.has(ref.id)) named.add(ref.id);
  return named;
}
