/**
 * What a map widget shows, decided without the DOM or the map: the names its parameters may use, its layers and
 * filters, the sites it lists, the view it opens on and the full-map link's state. client/embed-map.ts binds them.
 */
import { pointBounds } from '../geo/bounds.ts';
import { DEFAULT_LAYERS, defaultLayers, type LayerName, type MapState } from '../map/state.ts';
import type { SiteFeature } from '../map/types.ts';
import type { EmbedKnown, EmbedParams } from './params.ts';

/** What a parameter may name, read off the sites themselves rather than shipped in every widget page. */
export function knownFromSites(sites: readonly SiteFeature[]): EmbedKnown {
  const keys = (field: 'regionKeys' | 'bands' | 'partnerships') => new Set(sites.flatMap((f) => f.properties[field].split('|').filter(Boolean)));
  return {
    sites: new Set(sites.map((s) => s.properties.id)),
    kinds: new Set(sites.map((f) => f.properties.kind)),
    regions: keys('regionKeys'),
    bands: keys('bands'),
    partnerships: keys('partnerships'),
  };
}

/** The layers asked for; else a route's widget adds the routes and a partnership's its areas. */
export function widgetLayers(params: Pick<EmbedParams, 'layers' | 'partnership'>, focus?: string): LayerName[] {
  if (params.layers) return params.layers;
  return focus?.startsWith('routes/') ? [...DEFAULT_LAYERS, 'routes'] : defaultLayers(params.partnership);
}

export type WidgetFilters = Pick<MapState, 'kinds' | 'region' | 'band' | 'partnership' | 'sites'>;

export function widgetFilters(params: EmbedParams): WidgetFilters {
  return { kinds: params.kinds, region: params.region, band: params.band, partnership: params.partnership, sites: [] };
}

export function isFiltered(filters: WidgetFilters): boolean {
  return Boolean(filters.kinds.length || filters.region || filters.band || filters.partnership);
}

/** The widget's search box keeps the sites whose title holds what was typed, as typed. */
export function matchesTitle(site: SiteFeature, query: string): boolean {
  return !query || site.properties.title.includes(query);
}

/** The view the widget opens on: the centre and zoom given, unless it was asked to fit what it shows. */
export function openingView(params: Pick<EmbedParams, 'center' | 'zoom' | 'fit'>): { center: [number, number]; zoom: number } | undefined {
  return params.center && params.zoom !== undefined && !params.fit ? { center: params.center, zoom: params.zoom } : undefined;
}

/** Bounds to fit once the map has loaded: only a filtered widget that fits and shows something. */
export function fitBounds(
  params: Pick<EmbedParams, 'fit'>,
  filters: WidgetFilters,
  visible: readonly SiteFeature[],
): [number, number, number, number] | undefined {
  if (!params.fit || !isFiltered(filters)) return undefined;
  return pointBounds(visible.map((s) => s.geometry.coordinates));
}

/** The state the "open the full map" link carries: the widget's layers, filters and site, and the view now shown (else the one asked for). */
export function fullMapState(
  layers: LayerName[],
  filters: WidgetFilters,
  selected: string | undefined,
  view: { center?: [number, number]; zoom?: number },
): MapState {
  return { layers, ...filters, site: selected, center: view.center, zoom: view.zoom };
}

/** The frame's height is reported again only when it changed by more than rounding (a loop of ±1 px resizes otherwise). */
export function heightChanged(last: number, now: number): boolean {
  return Math.abs(now - last) > 2;
}
