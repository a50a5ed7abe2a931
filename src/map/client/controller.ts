import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerName } from '../state.ts';
import type { Basemap } from '../style.ts';
import type { Bounds, SiteFeature } from '../types.ts';

/** What the build tells every map element (its data-config): the basemap, the first view, the data files. */
export interface ClientConfig {
  basemap: Basemap;
  bounds: Bounds;
  attribution: string[];
  /** Paths of the data files, relative to the site root. */
  urls: { basemap: string; overlays: string; sites: string };
  routes: Record<string, string>;
}

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
