/**
 * The on-map "另有 N 处在视野外 · 显示全部" button: the map opens on the pack's core (view.ts), so
 * it says how many of the shown sites lie beyond the view and fits them all on a click.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { ui } from '../../i18n/client.ts';
import type { Bounds, SiteFeature } from '../types.ts';
import { contains, pointsBounds } from '../view.ts';

export function showAllControl(sites: () => readonly SiteFeature[]): IControl {
  const box = document.createElement('div');
  box.className = 'maplibregl-ctrl map-show-all';
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.showAll = '';
  box.append(button);
  let map: MapLibreMap | undefined;
  const update = () => {
    if (!map) return;
    const view = map.getBounds().toArray().flat() as Bounds;
    const n = sites().filter((s) => !contains(view, s.geometry.coordinates)).length;
    button.textContent = ui.map.outside(n);
    box.hidden = n === 0;
  };
  button.addEventListener('click', () => {
    const b = pointsBounds(sites().map((s) => s.geometry.coordinates));
    if (b && map) map.fitBounds(b, { padding: 40, maxZoom: 14 });
  });
  return {
    onAdd(m) {
      map = m;
      m.on('moveend', update);
      m.on('sourcedata', (e) => {
        if (e.sourceId === 'sites' && e.isSourceLoaded) update();
      });
      update();
      return box;
    },
    onRemove() {
      box.remove();
      map = undefined;
    },
  };
}
