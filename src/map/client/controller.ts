import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerName } from '../state.ts';
import type { SiteFeature } from '../types.ts';

/**
 * What a page that drives a map provides to mount.ts: the /map/ explorer and the embed widget.
 * The map asks it which sites to show and where to start, and tells it what the reader picked.
 */
export interface MapController {
  state: { layers: LayerName[] };
  initialView(): { center: [number, number]; zoom: number } | undefined;
  visibleSites(): SiteFeature[];
  select(id: string | undefined, opts?: { fly?: boolean }): void;
  showMany(sites: SiteFeature[]): void;
  attach(map: MapLibreMap): void;
}
