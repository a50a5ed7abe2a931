/**
 * The look of the offline basemap: quiet and light (after protomaps' light flavour and 天地图's
 * vector map), so the site's own red, blue and purple layers stand out. style.ts spreads these
 * layers in under its own. Zooms come from zooms.ts, the same table the tiles are cut by.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Locale } from '../../site/paths.ts';
import { TILE_LAYER } from './tiles.ts';
import { MINOR_ROAD_ZOOM, PLACE_ZOOM, ROLE_MINZOOM } from './zooms.ts';

export const BASEMAP_COLOURS = {
  land: '#f7f5f0',
  water: '#cadfec',
  waterLine: '#b3cfe2',
  urban: '#ede9e1',
  roadMajor: '#f1dfb3',
  roadMajorCasing: '#dcc48e',
  roadMinor: '#ffffff',
  roadMinorCasing: '#dedad2',
  rail: '#aaa39a',
  province: '#a19a9a',
  county: '#b9b2ac',
  town: '#cbc6c0',
  label: '#4f4a45',
  labelMinor: '#7b756f',
  halo: '#ffffff',
} as const;

export interface BasemapStyleOptions {
  /** Offline: the pack's data draw everything. Otherwise another basemap lies under, and only boundaries are ours. */
  offline: boolean;
  locale?: Locale;
  font: string[];
  /** The vector source of the tiles. */
  source?: string;
  /** Another basemap's layers (raster tiles, a vector archive's fills and lines), over the background and under our boundaries. */
  under?: LayerSpecification[];
  /** A vector archive's labels: over our boundary lines, which they would otherwise be crossed by, and under our own layers. */
  over?: LayerSpecification[];
  /** The other basemap's background colour, where it has one. */
  backgroundColour?: string;
}

const C = BASEMAP_COLOURS;
const role = (r: string | string[]): ExpressionSpecification => (Array.isArray(r) ? ['in', ['get', 'role'], ['literal', r]] : ['==', ['get', 'role'], r]);
const isLine: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
/** Widths grow with zoom, from a hairline where the layer appears to its width at z10 and beyond. */
const width = (from: number, at: number, to: number): ExpressionSpecification => [
  'interpolate',
  ['exponential', 1.6],
  ['zoom'],
  from,
  at,
  10,
  to,
  14,
  to * 1.6,
];

/**
 * The label in the page's language. On English pages a place with no English name keeps its Chinese one;
 * on Chinese pages a place with no Chinese name goes unlabelled (a pinyin name there is noise, not help).
 */
export function labelField(locale: Locale | undefined): ExpressionSpecification {
  return locale === 'en' ? ['coalesce', ['get', 'label_en'], ['get', 'label']] : ['coalesce', ['get', 'label'], ''];
}

export function basemapLayers(o: BasemapStyleOptions): LayerSpecification[] {
  const source = o.source ?? 'basemap';
  const s = { source, 'source-layer': TILE_LAYER } as const;
  // Beyond the data nothing is known; land is the likelier guess and hides the data's edge on land.
  // The pack's sea (role water) paints the sea where the data say so.
  const background: LayerSpecification = {
    id: 'background',
    type: 'background',
    paint: { 'background-color': o.backgroundColour ?? (o.offline ? C.land : '#f4f1ea') },
  };
  const boundaries: LayerSpecification[] = [
    {
      id: 'basemap-province-boundary',
      type: 'line',
      ...s,
      filter: role('province-boundary'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.province, 'line-width': width(0, 0.6, 1.6), 'line-dasharray': [5, 2, 1, 2] },
    },
    {
      id: 'basemap-boundary',
      type: 'line',
      ...s,
      minzoom: ROLE_MINZOOM.boundary,
      filter: ['all', role(['boundary', 'town-boundary']), ['!=', ['geometry-type'], 'Point']],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': ['case', role('boundary'), C.county, C.town], 'line-width': ['case', role('boundary'), 1, 0.6], 'line-dasharray': [3, 2] },
    },
    {
      id: 'basemap-boundary-label',
      type: 'symbol',
      ...s,
      minzoom: ROLE_MINZOOM.boundary,
      filter: ['all', role(['boundary', 'town-boundary']), ['==', ['geometry-type'], 'Point']],
      layout: { 'text-field': labelField(o.locale), 'text-font': o.font, 'text-size': 13, 'text-allow-overlap': false, 'symbol-sort-key': 3.5 },
      paint: { 'text-color': C.labelMinor, 'text-halo-color': C.halo, 'text-halo-width': 1.5 },
    },
  ];
  if (!o.offline) return [background, ...(o.under ?? []), ...boundaries, ...(o.over ?? [])];

  const place = (id: string, minzoom: number, ranks: ExpressionSpecification, size: number, colour: string): LayerSpecification => ({
    id,
    type: 'symbol',
    ...s,
    minzoom,
    filter: ['all', role('place'), ranks],
    layout: {
      'text-field': labelField(o.locale),
      'text-font': o.font,
      'text-size': size,
      'text-max-width': 6,
      'symbol-sort-key': ['coalesce', ['get', 'rank'], 6],
      'text-padding': 4,
    },
    paint: { 'text-color': colour, 'text-halo-color': C.halo, 'text-halo-width': 1.4 },
  });
  const rank = ['coalesce', ['get', 'rank'], 6] as ExpressionSpecification;
  return [
    background,
    { id: 'basemap-water', type: 'fill', ...s, filter: role('water'), paint: { 'fill-color': C.water } },
    { id: 'basemap-land', type: 'fill', ...s, filter: role('land'), paint: { 'fill-color': C.land } },
    { id: 'basemap-urban', type: 'fill', ...s, minzoom: ROLE_MINZOOM.urban, filter: role('urban'), paint: { 'fill-color': C.urban } },
    { id: 'basemap-lake', type: 'fill', ...s, filter: ['all', role(['lake', 'river']), isArea], paint: { 'fill-color': C.water } },
    {
      id: 'basemap-river-line',
      type: 'line',
      ...s,
      filter: ['all', role('river'), isLine],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': C.waterLine, 'line-width': width(0, 0.5, 2) },
    },
    {
      id: 'basemap-railway',
      type: 'line',
      ...s,
      minzoom: ROLE_MINZOOM.railway,
      filter: role('railway'),
      paint: { 'line-color': C.rail, 'line-width': width(ROLE_MINZOOM.railway, 0.6, 1.8) },
    },
    {
      // The classic railway ladder (a solid line broken by white) from z9, so it is not read as a dashed boundary.
      id: 'basemap-railway-ties',
      type: 'line',
      ...s,
      minzoom: 9,
      filter: role('railway'),
      paint: { 'line-color': C.land, 'line-width': width(9, 0.5, 0.8), 'line-dasharray': [3, 3] },
    },
    {
      id: 'basemap-road-minor',
      type: 'line',
      ...s,
      minzoom: MINOR_ROAD_ZOOM,
      filter: ['all', role('road'), ['!=', ['get', 'class'], 'major']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': C.roadMinorCasing, 'line-width': width(MINOR_ROAD_ZOOM, 0.5, 1.6) },
    },
    {
      id: 'basemap-road-major-casing',
      type: 'line',
      ...s,
      minzoom: 8,
      filter: ['all', role('road'), ['==', ['get', 'class'], 'major']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': C.roadMajorCasing, 'line-width': width(8, 2, 4) },
    },
    {
      id: 'basemap-road-major',
      type: 'line',
      ...s,
      minzoom: ROLE_MINZOOM.road,
      filter: ['all', role('road'), ['==', ['get', 'class'], 'major']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['step', ['zoom'], C.roadMajorCasing, 8, C.roadMajor], 'line-width': width(ROLE_MINZOOM.road, 0.5, 2.6) },
    },
    ...boundaries,
    // Towns first in the stack, cities last: MapLibre places the upper layer's labels first, so a city wins a collision.
    place('basemap-place-town', PLACE_ZOOM.town, ['>=', rank, 6], 11, C.labelMinor),
    place('basemap-place-county', PLACE_ZOOM.county, ['all', ['>=', rank, 4], ['<', rank, 6]], 12, C.label),
    place('basemap-place-city', PLACE_ZOOM.city, ['<', rank, 4], 14, C.label),
  ];
}
