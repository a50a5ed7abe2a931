/** Which static overviews the build draws (the whole pack, and one per entry) and at what size. */
import { getPack } from '../pack/index.ts';
import { COLLECTIONS } from '../pack/schemas.ts';
import { sitePath } from '../site/paths.ts';
import { focusBounds } from './focus.ts';
import { renderOverviewSvg } from './svg.ts';
import type { MapData } from './types.ts';
import { OVERVIEW_SIZE } from './view.ts';

export { OVERVIEW_SIZE };

/** `all` for the whole pack, `<collection>/<id>` for an entry. */
export function overviewKeys(): string[] {
  const { entries } = getPack();
  return ['all', ...COLLECTIONS.filter((c) => c !== 'stories').flatMap((c) => entries[c].map((e) => `${c}/${e.id}`))];
}

export function overviewUrl(key: string): string {
  return sitePath(`map/overview/${key}.svg`);
}

export function overviewFor(data: MapData, key: string): { svg: string } {
  const focus = key === 'all' ? undefined : key;
  const bounds = focusBounds(data, focus);
  return { svg: renderOverviewSvg(data, { ...OVERVIEW_SIZE, bounds, focus, routeStops: focus?.startsWith('routes/'), title: focus ?? 'overview' }) };
}
