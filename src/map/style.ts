/**
 * The MapLibre style, built from plain data: which basemap, which layers, what is in focus.
 * Pure and tested; the island only hands the result to MapLibre.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

type FilterSpecification = ExpressionSpecification;

import type { Locale } from '../site/paths.ts';
import type { ArchiveLayers } from './basemap/protomaps.ts';
import { basemapLayers } from './basemap/style.ts';
import { TILE_MAXZOOM } from './basemap/zooms.ts';
import { MAP_COLOURS as C, KIND_STYLE } from './palette.ts';
import type { LayerName } from './state.ts';

export type Basemap =
  | { kind: 'offline' }
  | { kind: 'tianditu'; key: string; shentu?: string }
  | { kind: 'osm'; url: string; attribution?: string }
  /** `vector`: an archive in the protomaps schema, drawn with protomaps' styles in this flavour; else raster tiles. */
  | { kind: 'pmtiles'; url: string; attribution?: string; vector?: { flavor: string } };

export interface StyleOptions {
  /** Absolute URLs of the data files (workers resolve relative URLs against their own script); basemap is a `{z}/{x}/{y}` tile template. */
  urls: { basemap: string; overlays: string };
  basemap: Basemap;
  layers: readonly LayerName[];
  /** `collection/id` of the entry a focused map is about. */
  focus?: string;
  /** Label font for CJK, drawn locally (no glyph server). */
  font?: string;
  /** Interface words drawn on the map, in the page's language (the data keep only content). */
  words?: { crossing: string };
  /** The page's language: basemap labels follow it where the data have English names. */
  locale?: Locale;
  /** What the offline basemap's tiles cover and their finest zoom (MapLibre overzooms beyond). */
  basemapTiles?: { bounds: [number, number, number, number]; maxzoom: number };
  /** A vector archive's layers (basemap/protomaps.ts), made by the caller: only such a basemap loads protomaps' styles. */
  archiveLayers?: ArchiveLayers;
}

/** Layer ids of each switchable group. */
export const LAYER_GROUPS: Record<LayerName, string[]> = {
  sites: ['sites-cluster', 'sites-cluster-count', 'sites-point', 'sites-stack-badge', 'sites-stack-count', 'sites-label'],
  belt: ['belt-band', 'belt-member'],
  transit: ['transit-line', 'transit-arrows', 'transit-line-label', 'transit-stop', 'transit-stop-label', 'transit-crossing'],
  partnerships: ['partnership-area', 'partnership-outline', 'partnership-link', 'partnership-member', 'partnership-label'],
  border: ['border-casing', 'border'],
  routes: ['route-line', 'route-stop', 'route-stop-number'],
};

/**
 * Areas spanning whole provinces (G60, 川渝) would veil the map; they show when their
 * partnership is chosen, while the town-pair areas show always.
 */
export const SMALL_AREAS: ExpressionSpecification = ['!=', ['get', 'large'], true];

export const FONT = ['Noto Sans Regular'];

const overlay = (kind: string, focusFilter?: FilterSpecification): FilterSpecification =>
  focusFilter ? ['all', ['==', ['get', 'overlay'], kind], focusFilter] : ['==', ['get', 'overlay'], kind];

export function basemapSources(b: Basemap): Record<string, SourceSpecification> {
  switch (b.kind) {
    case 'offline':
      return {};
    case 'tianditu': {
      // Web Mercator (_w) vector map plus Chinese annotation; the key is the site's own, set at build.
      const tiles = (layer: string) =>
        [0, 1, 2, 3, 4, 5, 6, 7].map(
          (s) =>
            `https://t${s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(b.key)}`,
        );
      const attribution = ['© 天地图', b.shentu].filter(Boolean).join(' · ');
      return {
        'tianditu-vec': { type: 'raster', tiles: tiles('vec'), tileSize: 256, maxzoom: 18, attribution },
        'tianditu-cva': { type: 'raster', tiles: tiles('cva'), tileSize: 256, maxzoom: 18 },
      };
    }
    case 'osm':
      return { osm: { type: 'raster', tiles: [b.url], tileSize: 256, maxzoom: 19, attribution: b.attribution ?? '© OpenStreetMap contributors' } };
    case 'pmtiles':
      // Bounds and zooms come from the archive's header, through the pmtiles protocol's TileJSON.
      return b.vector
        ? { pmtiles: { type: 'vector', url: `pmtiles://${b.url}`, attribution: b.attribution ?? '' } }
        : { pmtiles: { type: 'raster', url: `pmtiles://${b.url}`, tileSize: 256, attribution: b.attribution ?? '' } };
  }
}

export function buildStyle(o: StyleOptions): StyleSpecification {
  const visible = (group: LayerName) =>
    ({ visibility: o.layers.includes(group) || (group === 'routes' && o.focus?.startsWith('routes/')) ? 'visible' : 'none' }) as const;
  const focusCollection = o.focus?.split('/')[0];
  // A person's 足迹 is drawn on that person's own map only; no switch shows footprints on the full map.
  const footprintVisible = { visibility: focusCollection === 'people' ? 'visible' : 'none' } as const;
  // On an entry's own map, its own collection shows only that entry.
  const focusOf = (collection: string): FilterSpecification | undefined =>
    focusCollection === collection ? ['==', ['get', 'entry'], o.focus as string] : undefined;
  // A route's stops and a person's 足迹 alike: a disc with its number, wider where several share the point ("1·2").
  const numberedStops = (
    kind: 'route-stop' | 'footprint-stop',
    colour: string,
    focus: FilterSpecification | undefined,
    layout: { visibility: 'visible' | 'none' },
  ): LayerSpecification[] => [
    {
      id: kind,
      type: 'circle',
      source: 'overlays',
      filter: overlay(kind, focus),
      layout,
      paint: { 'circle-radius': ['case', ['has', 'numbers'], 15, 11], 'circle-color': colour, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    },
    {
      id: `${kind}-number`,
      type: 'symbol',
      source: 'overlays',
      filter: overlay(kind, focus),
      layout: {
        ...layout,
        'text-field': ['coalesce', ['get', 'numbers'], ['to-string', ['get', 'order']]],
        'text-font': FONT,
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
  const font = FONT;
  const online = basemapSources(o.basemap);
  const vector = o.basemap.kind === 'pmtiles' && o.basemap.vector;
  const rasterLayers: LayerSpecification[] = vector ? [] : Object.keys(online).map((id) => ({ id: `basemap-${id}`, type: 'raster', source: id }));
  const lineColour: ExpressionSpecification = ['coalesce', ['get', 'colour'], C.transit];
  const schematicDash = ['case', ['==', ['get', 'schematic'], true], ['literal', [2, 2]], ['literal', [1, 0]]];

  const layers: LayerSpecification[] = [
    ...basemapLayers({
      offline: o.basemap.kind === 'offline',
      locale: o.locale,
      font,
      under: vector ? (o.archiveLayers?.under ?? []) : rasterLayers,
      over: vector ? o.archiveLayers?.labels : undefined,
      backgroundColour: vector ? o.archiveLayers?.background : undefined,
    }),
    {
      id: 'partnership-area',
      type: 'fill',
      source: 'overlays',
      filter: overlay('partnership-area', focusOf('partnerships') ?? SMALL_AREAS),
      layout: visible('partnerships'),
      paint: { 'fill-color': C.partnership, 'fill-opacity': 0.08 },
    },
    {
      id: 'partnership-outline',
      type: 'line',
      source: 'overlays',
      filter: overlay('partnership-area', focusOf('partnerships') ?? SMALL_AREAS),
      layout: visible('partnerships'),
      paint: { 'line-color': C.partnership, 'line-width': 1.5, 'line-opacity': 0.8, 'line-dasharray': schematicDash as never },
    },
    {
      id: 'partnership-link',
      type: 'line',
      source: 'overlays',
      filter: overlay('partnership-link', focusOf('partnerships')),
      layout: { ...visible('partnerships'), 'line-cap': 'round' },
      paint: { 'line-color': C.partnership, 'line-width': 2, 'line-opacity': 0.8, 'line-dasharray': [2, 2] },
    },
    {
      id: 'border-casing',
      type: 'line',
      source: 'overlays',
      filter: overlay('border'),
      layout: { ...visible('border'), 'line-cap': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.8 },
    },
    {
      id: 'border',
      type: 'line',
      source: 'overlays',
      filter: overlay('border'),
      layout: { ...visible('border'), 'line-cap': 'round' },
      paint: { 'line-color': C.border, 'line-width': 3, 'line-dasharray': [4, 2] },
    },
    {
      id: 'belt-band',
      type: 'line',
      source: 'overlays',
      filter: overlay('belt-band', focusOf('belts')),
      layout: { ...visible('belt'), 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['coalesce', ['get', 'colour'], '#c62828'], 'line-width': 4, 'line-opacity': 0.75 },
    },
    {
      id: 'route-line',
      type: 'line',
      source: 'overlays',
      filter: overlay('route-line', focusOf('routes')),
      layout: { ...visible('routes'), 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': C.route, 'line-width': 3.5, 'line-dasharray': schematicDash as never },
    },
    {
      id: 'footprint-line',
      type: 'line',
      source: 'overlays',
      filter: overlay('footprint-line', focusOf('people')),
      layout: { ...footprintVisible, 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': C.footprint, 'line-width': 3.5, 'line-dasharray': [2, 2] },
    },
    {
      id: 'transit-line',
      type: 'line',
      source: 'overlays',
      filter: overlay('transit-line', focusOf('transit')),
      layout: { ...visible('transit'), 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': lineColour, 'line-width': 3.5, 'line-dasharray': schematicDash as never },
    },
    {
      id: 'transit-arrows',
      type: 'symbol',
      source: 'overlays',
      filter: overlay('transit-line', focusOf('transit')),
      layout: {
        ...visible('transit'),
        'symbol-placement': 'line',
        'symbol-spacing': 80,
        'icon-image': 'arrow',
        'icon-size': 0.8,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      // The line's own name along it, in its colour: two lines side by side are told apart by more than hue.
      id: 'transit-line-label',
      type: 'symbol',
      source: 'overlays',
      filter: overlay('transit-line', focusOf('transit')),
      layout: {
        ...visible('transit'),
        'symbol-placement': 'line',
        'symbol-spacing': 150,
        'text-padding': 0,
        'text-field': ['get', 'label'],
        'text-font': font,
        'text-size': 12,
        'text-offset': [0, -0.9],
        'text-max-angle': 35,
      },
      paint: { 'text-color': lineColour, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      id: 'partnership-member',
      type: 'circle',
      source: 'overlays',
      filter: overlay('partnership-member', focusOf('partnerships')),
      layout: visible('partnerships'),
      paint: { 'circle-radius': 4, 'circle-color': '#ffffff', 'circle-stroke-color': C.partnership, 'circle-stroke-width': 2 },
    },
    {
      id: 'partnership-label',
      type: 'symbol',
      source: 'overlays',
      filter: overlay('partnership-member', focusOf('partnerships')),
      layout: {
        ...visible('partnerships'),
        'text-field': ['get', 'label'],
        'text-font': font,
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': C.partnership, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      minzoom: 7,
    },
    {
      id: 'belt-member',
      type: 'circle',
      source: 'overlays',
      filter: overlay('belt-member', focusOf('belts')),
      layout: visible('belt'),
      paint: {
        'circle-radius': 13,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': ['coalesce', ['get', 'colour'], '#c62828'],
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'transit-stop',
      type: 'circle',
      source: 'overlays',
      filter: overlay('transit-stop', focusOf('transit')),
      layout: visible('transit'),
      paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': lineColour, 'circle-stroke-width': 2.5 },
    },
    {
      id: 'transit-stop-label',
      type: 'symbol',
      source: 'overlays',
      filter: ['all', overlay('transit-stop', focusOf('transit')), ['has', 'label']],
      layout: {
        ...visible('transit'),
        'text-field': ['get', 'label'],
        'text-font': font,
        'text-size': 12,
        'text-offset': [0, -1.2],
        'text-anchor': 'bottom',
        'text-optional': true,
      },
      paint: { 'text-color': lineColour, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      minzoom: 10,
    },
    {
      id: 'transit-crossing',
      type: 'symbol',
      source: 'overlays',
      filter: overlay('transit-crossing', focusOf('transit')),
      layout: {
        ...visible('transit'),
        'icon-image': 'crossing',
        'icon-allow-overlap': true,
        'text-field': o.words?.crossing ?? ['get', 'label'],
        'text-font': font,
        'text-size': 11,
        'text-offset': [0, 1.3],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': C.border, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: 'sites-cluster',
      type: 'circle',
      source: 'sites',
      filter: ['has', 'point_count'],
      layout: visible('sites'),
      paint: {
        'circle-color': C.cluster,
        'circle-opacity': 0.88,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 23, 500, 28],
      },
    },
    {
      id: 'sites-cluster-count',
      type: 'symbol',
      source: 'sites',
      filter: ['has', 'point_count'],
      // `sites` counts the sites in stacked markers too (see the source's clusterProperties).
      layout: { ...visible('sites'), 'text-field': ['to-string', ['get', 'sites']], 'text-font': font, 'text-size': 13, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'sites-point',
      type: 'symbol',
      source: 'sites',
      filter: ['!', ['has', 'point_count']],
      layout: { ...visible('sites'), 'icon-image': ['concat', 'kind-', ['get', 'kind']], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    },
    {
      // A stacked marker (stack.ts): the first site's symbol with a badge saying how many sites are there.
      id: 'sites-stack-badge',
      type: 'circle',
      source: 'sites',
      filter: ['all', ['!', ['has', 'point_count']], ['has', 'stack']],
      layout: visible('sites'),
      paint: {
        'circle-radius': 8,
        'circle-color': C.cluster,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-translate': [10, -10],
      },
    },
    {
      id: 'sites-stack-count',
      type: 'symbol',
      source: 'sites',
      filter: ['all', ['!', ['has', 'point_count']], ['has', 'stack']],
      layout: {
        ...visible('sites'),
        'text-field': ['to-string', ['get', 'stack']],
        'text-font': font,
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff', 'text-translate': [10, -10] },
    },
    {
      id: 'sites-label',
      type: 'symbol',
      source: 'sites',
      filter: ['!', ['has', 'point_count']],
      minzoom: 10,
      layout: {
        ...visible('sites'),
        'text-field': ['case', ['has', 'stack'], ['concat', ['get', 'title'], ' …'], ['get', 'title']],
        'text-font': font,
        'text-size': 12,
        'text-offset': [0, 1.2],
        'text-anchor': 'top',
        'text-optional': true,
        'text-max-width': 8,
      },
      paint: { 'text-color': '#222222', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    ...numberedStops('route-stop', C.route, focusOf('routes'), visible('routes')),
    ...numberedStops('footprint-stop', C.footprint, focusOf('people'), footprintVisible),
    // The chosen site, from its own unclustered source above everything: never clustered or stacked away.
    {
      id: 'sites-selected',
      type: 'circle',
      source: 'selected',
      paint: { 'circle-radius': 17, 'circle-color': 'rgba(255,255,255,0.55)', 'circle-stroke-color': C.selected, 'circle-stroke-width': 3.5 },
    },
    {
      id: 'sites-selected-point',
      type: 'symbol',
      source: 'selected',
      layout: { 'icon-image': ['concat', 'kind-', ['get', 'kind']], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    },
  ];

  return {
    version: 8,
    sources: {
      ...online,
      basemap: {
        type: 'vector',
        tiles: [o.urls.basemap],
        minzoom: 0,
        maxzoom: o.basemapTiles?.maxzoom ?? TILE_MAXZOOM,
        ...(o.basemapTiles ? { bounds: o.basemapTiles.bounds } : {}),
      },
      overlays: { type: 'geojson', data: o.urls.overlays },
      sites: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        cluster: true,
        clusterRadius: 45,
        clusterMaxZoom: 12,
        clusterProperties: { sites: ['+', ['coalesce', ['get', 'stack'], 1]] },
        promoteId: 'id',
      },
      selected: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers,
  };
}

export { KIND_STYLE };
