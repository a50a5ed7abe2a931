/**
 * Sites at one spot on a map without the explorer's panel (a map in a page, the planner's map): a popup lists them,
 * so the reader chooses instead of the map guessing the first. In a page each is a link to its page; on the planner's
 * map each is a button that adds it.
 */
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
import { pageLocale, ui } from '../../i18n/client.ts';
import { entryPagePath } from '../../pack/urls.ts';
import type { SiteFeature } from '../types.ts';

export function showStackPopup(map: MapLibreMap, at: LngLatLike, sites: readonly SiteFeature[], pick?: (site: SiteFeature) => void): void {
  const box = document.createElement('div');
  box.className = 'map-stack-popup';
  const h = document.createElement('p');
  h.className = 'map-stack-title';
  h.textContent = ui.map.sameSpot(sites.length);
  const ul = document.createElement('ul');
  const popup = new maplibregl.Popup({ maxWidth: '18rem', focusAfterOpen: true });
  for (const s of sites) {
    const li = document.createElement('li');
    if (pick) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'link-button';
      b.textContent = s.properties.title;
      b.addEventListener('click', () => {
        pick(s);
        popup.remove();
      });
      li.append(b);
    } else {
      const a = document.createElement('a');
      a.href = entryPagePath('sites', s.properties.id, pageLocale());
      a.textContent = s.properties.title;
      li.append(a);
    }
    if (pageLocale() !== 'zh-CN') li.lang = 'zh-CN';
    ul.append(li);
  }
  box.append(h, ul);
  popup.setLngLat(at).setDOMContent(box).addTo(map);
}
