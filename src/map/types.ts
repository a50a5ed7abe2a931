/** The shapes of the map's data, shared by the build (which writes it) and the browser (which reads it). */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Bounds } from '../geo/bounds.ts';
import type { BasemapRole } from '../pack/schemas.ts';

export type { Bounds };

export interface SiteProps {
  id: string;
  title: string;
  /** The English title, where the entry has one (the list on English pages). */
  titleEn?: string;
  kind: string;
  /** The site's regions as their levels, province to village (two regions for a cross-border site): the source of the next two. */
  places: string[][];
  /** Region labels, one per region. */
  regions: string[];
  /** Every region path of the site and its ancestors, `|`-delimited: `|浙江省|浙江省/嘉兴市|…|`. */
  regionKeys: string;
  /** `|belt/band|` keys of the colour bands the site belongs to. */
  bands: string;
  /** `|id|` keys of the site's partnerships. */
  partnerships: string;
  /** Ids of routes through the site, `|`-delimited. */
  routes: string;
  approximate: boolean;
}
export type SiteFeature = Feature<Point, SiteProps>;

/** Which overlay a feature belongs to; each is one switchable layer group. */
export type OverlayKind =
  | 'belt-band'
  | 'belt-member'
  | 'transit-line'
  | 'transit-stop'
  | 'transit-crossing'
  | 'partnership-area'
  | 'partnership-link'
  | 'partnership-member'
  | 'border'
  | 'route-line'
  | 'route-stop'
  | 'footprint-line'
  | 'footprint-stop';

export interface OverlayProps {
  overlay: OverlayKind;
  /** `collection/id` of the entry the feature draws. */
  entry: string;
  label?: string;
  colour?: string;
  /** Band key `belt/band` for belt features. */
  band?: string;
  /** Drawn from stop points rather than a real path: shown dashed and said so. */
  schematic?: boolean;
  /** Order of a route stop, from 1; a footprint stop's first step. */
  order?: number;
  /** The numbers of all the stops (a route's, or a 足迹's steps) on this stop's very point ("1·2"), where it shares the point. */
  numbers?: string;
  /** Province-level side of a transit stop. */
  side?: string;
  /** A partnership area too large to draw unless asked for. */
  large?: boolean;
}

/** A bus line as the map's panel and legend list it; the colour is the line's on the map. */
export interface TransitLine {
  id: string;
  title: string;
  colour: string;
  schematic: boolean;
  /** Stops in order; `name` is absent where the sources give none. */
  stops: { name?: string; site?: string; side: string }[];
}
export type OverlayFeature = Feature<Geometry, OverlayProps>;

export interface BasemapProps {
  role: BasemapRole;
  /** The zoom the feature shows from (see basemap/zooms.ts). */
  minzoom: number;
  label?: string;
  label_en?: string;
  /** Places: 1 capital … 6 town. */
  rank?: number;
  /** Roads. */
  class?: 'major' | 'minor';
}

export interface Facet {
  value: string;
  label: string;
  count: number;
  /** Depth in the region tree (province 0, city 1, county 2, town 3). */
  depth?: number;
  colour?: string;
  /** A band the pack gives no name: `label` is its id, the page words it (facet-label.ts). */
  unnamed?: boolean;
}

export interface MapFacets {
  kinds: Facet[];
  regions: Facet[];
  bands: Facet[];
  partnerships: Facet[];
}

export interface MapData {
  sites: FeatureCollection<Point, SiteProps>;
  overlays: FeatureCollection<Geometry, OverlayProps>;
  basemap: FeatureCollection<Geometry, BasemapProps>;
  /** The initial view: the pack's `map.view`, else the box around its core sites (view.ts). */
  bounds: Bounds;
  /** The box around every site: what "show all" fits. */
  allBounds: Bounds;
  /** How many sites lie outside the initial view. */
  outside: number;
  facets: MapFacets;
  transit: TransitLine[];
  attribution: string[];
}
