import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerName } from '../state.ts';
import type { Basemap } from '../style.ts';
import type { Bounds, SiteFeature, TransitLine } from '../types.ts';

/** What the build tells every map element (its data-config): the basemap, the first view, the data files. */
export interface ClientConfig {
  basemap: Basemap;
  bounds: Bounds;
  attribution: string[];
  /** Paths of the data files, relative to the site root; basemap is a `{z}/{x}/{y}` tile template. */
  urls: { basemap: string; overlays: string; sites: string; details: string };
  /** What the offline basemap's tiles cover and their finest zoom (MapLibre overzooms beyond). */
  basemapTiles?: { bounds: Bounds; maxzoom: number };
  /** Full map only: the routes' titles in the page's language, by id (a site's panel names its routes). */
  routes?: Record<string, string>;
  /** Full map only: where choosing a partnership goes (its members' places). */
  partnershipBounds?: Record<string, Bounds>;
  /** Full map only: the bus lines, titled in the page's language. */
  transit?: TransitLine[];
}

/**
 * What a page that drives a map provides to mount.ts: the /map/ explorer and the embed widget.
 * The map asks it which sites to show and where to start, and tells it what the reader picked.
 */
export interface MapController {
  state: { layers: LayerName[] };
  /** A centre and zoom from the URL, or a box a filter chose; undefined opens on the config's bounds. */
  initialView(): { center: [number, number]; zoom: number; bounds?: undefined } | { bounds: Bounds; center?: undefined; zoom?: undefined } | undefined;
  visibleSites(): SiteFeature[];
  select(id: string | undefined, opts?: { fly?: boolean }): void;
  showMany(sites: SiteFeature[]): void;
  /** Opens a bus line's panel (the full map only). */
  showLine?(id: string): void;
  attach(map: MapLibreMap): void;
}
