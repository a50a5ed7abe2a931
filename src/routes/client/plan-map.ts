/**
 * The plan on the planner's MapLibre map: the page keeps the plan's features on the map element
 * (`planFeatures`) and fires `plan:change`; this draws them with the layers of plan-layers.ts.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { pointBounds } from '../../geo/bounds.ts';
import { PLAN_SOURCE, planLayers } from '../plan-layers.ts';

export type PlanMapElement = HTMLElement & { planFeatures?: FeatureCollection };

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function bounds(fc: FeatureCollection): LngLatBoundsLike | undefined {
  const pts = fc.features.flatMap((f) =>
    f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.type === 'LineString' ? f.geometry.coordinates : [],
  );
  return pointBounds(pts, 0.01);
}

export function attachPlan(map: MapLibreMap, el: PlanMapElement): void {
  let first = true;
  const draw = () => {
    const data = el.planFeatures ?? EMPTY;
    const source = map.getSource(PLAN_SOURCE) as GeoJSONSource | undefined;
    if (source) source.setData(data);
    else {
      map.addSource(PLAN_SOURCE, { type: 'geojson', data });
      for (const layer of planLayers()) map.addLayer(layer);
    }
    const b = bounds(data);
    if (b && first) map.fitBounds(b, { padding: 40, maxZoom: 14, duration: 0 });
    first = false;
  };
  if (map.isStyleLoaded()) draw();
  else map.once('load', draw);
  el.addEventListener('plan:change', () => {
    if (map.getSource(PLAN_SOURCE)) draw();
  });
}
