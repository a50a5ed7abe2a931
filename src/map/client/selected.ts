/** The selection ring: the chosen site drawn from its own unclustered source (style.ts `selected`). */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { SiteFeature } from '../types.ts';

export function markSelected(map: MapLibreMap, site: SiteFeature | undefined): void {
  (map.getSource('selected') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: site ? [site] : [] });
}
