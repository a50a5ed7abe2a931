/**
 * What only a site's panel on the whole map shows: its summary and how to visit it. Kept out of /map/sites.geojson,
 * which every map and list downloads before it shows anything (on the 1,000-site bench pack these fields were 37 % of
 * it compressed), and fetched once, when a panel first opens (src/map/client/explorer.ts).
 */
import type { PackEntry } from '../pack/load.ts';

export interface SiteDetails {
  /** The entry's one-paragraph summary. */
  summary: string;
  /** How to find and enter the site, only where the pack gives it. */
  address?: string;
  opening?: string;
  booking?: string;
}

/** The file's path under the site's base. */
export const SITE_DETAILS_PATH = 'map/site-details.json';

/** Every site's details, by id. */
export function siteDetails(sites: readonly PackEntry<'sites'>[]): Record<string, SiteDetails> {
  return Object.fromEntries(
    sites.map((s) => [
      s.id,
      {
        summary: s.data.summary,
        ...(s.data.address ? { address: s.data.address } : {}),
        ...(s.data.opening ? { opening: s.data.opening } : {}),
        ...(s.data.booking ? { booking: s.data.booking } : {}),
      },
    ]),
  );
}
