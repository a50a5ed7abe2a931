/** Where the share cards are: one per route, one per site that has its own (own-cards.ts), and the whole area's. */
import { fromPack } from '../pack/index.ts';
import { sitePath } from '../site/paths.ts';
import { sitesWithOwnCard } from './own-cards.ts';

/** Address of the whole area's card: the card of pages without their own. */
export function areaCardPath(): string {
  return sitePath('plan/cards/all.png');
}

/** Ids of the sites that have a card of their own (own-cards.ts). */
export function sitesWithCards(): Set<string> {
  return fromPack('own-site-cards', (pack) => sitesWithOwnCard(pack.entries, pack.config.siteCards));
}

/** Address of a site's card, or undefined when the site uses the whole area's. */
export function siteCardPath(id: string): string | undefined {
  return sitesWithCards().has(id) ? sitePath(`cards/sites/${id}.png`) : undefined;
}

/** Address of a route's card: its overview with the numbered stops. */
export function routeCardPath(id: string): string {
  return sitePath(`plan/cards/${id}.png`);
}
