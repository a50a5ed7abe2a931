/** Which static overviews the build draws (the whole pack, and one per entry) and at what size. */
import { getPack } from '../pack/index.ts';
import { COLLECTIONS } from '../pack/schemas.ts';
import { focusBounds } from './focus.ts';
import { overviewUrl } from './overview-url.ts';
import type { SvgOptions } from './svg.ts';
import type { MapData } from './types.ts';
import { OVERVIEW_SIZE } from './view.ts';

export { OVERVIEW_SIZE, overviewUrl };

/** `all` for the whole pack, `<collection>/<id>` for an entry. */
export function overviewKeys(): string[] {
  const { entries } = getPack();
  return ['all', ...COLLECTIONS.filter((c) => c !== 'stories').flatMap((c) => entries[c].map((e) => `${c}/${e.id}`))];
}

/** What the overview of `key` shows, at the size pages show it. */
export function overviewOptions(data: MapData, key: string): SvgOptions {
  const focus = key === 'all' ? undefined : key;
  const bounds = focusBounds(data, focus);
  return { ...OVERVIEW_SIZE, bounds, focus, routeStops: focus?.startsWith('routes/'), title: focus ?? 'overview' };
}
