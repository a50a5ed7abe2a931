/**
 * The one page of every site's widget (src/pages/[...lang]/embed/site/) learns its site from its address before its
 * map starts: the focus the map opens on, and the static overview that stands in for the map until then. Whether the
 * site exists is the widget's to say once the sites are loaded (embed-map.ts).
 */
import { overviewUrl } from '../../map/overview-url.ts';
import { ID_PATTERN } from '../../pack/id.ts';
import { widgetEntryId } from '../kinds.ts';

export function focusFromAddress(el: HTMLElement, where: Pick<Location, 'pathname' | 'search'> = window.location): void {
  if (el.dataset.focusFrom !== 'sites') return;
  const id = widgetEntryId('site', where.pathname, where.search);
  // An id the pack could not have written names no file: the widget shows the whole map and says why.
  const named = id !== undefined && ID_PATTERN.test(id);
  if (named) el.dataset.focus = `sites/${id}`;
  const img = el.querySelector<HTMLImageElement>('img.map-overview');
  if (!img) return;
  img.addEventListener(
    'error',
    () => {
      img.src = overviewUrl('all');
    },
    { once: true },
  );
  img.src = overviewUrl(named ? `sites/${id}` : 'all');
}
