import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS } from '../state.ts';
import { buildStyle } from '../style.ts';
import { basemapLayers, labelField } from './style.ts';
import { PLACE_ZOOM } from './zooms.ts';

const urls = { basemap: 'http://127.0.0.1/map/basemap/{z}/{x}/{y}.pbf', overlays: 'http://127.0.0.1/map/overlays.geojson' };
const layer = (s: StyleSpecification | LayerSpecification[], id: string) => (Array.isArray(s) ? s : s.layers).find((l) => l.id === id);

describe('the offline basemap style', () => {
  const zh = buildStyle({ urls, basemap: { kind: 'offline' }, layers: DEFAULT_LAYERS, basemapTiles: { bounds: [118, 27.5, 123.5, 40.2], maxzoom: 10 } });
  const en = buildStyle({ urls, basemap: { kind: 'offline' }, layers: DEFAULT_LAYERS, locale: 'en' });

  it('is a valid MapLibre style, in both languages', () => {
    expect(validateStyleMin(zh)).toEqual([]);
    expect(validateStyleMin(en)).toEqual([]);
  });

  it('reads the tiles the build wrote, up to their zoom (MapLibre overzooms beyond), within their bounds', () => {
    expect(zh.sources.basemap).toEqual({ type: 'vector', tiles: [urls.basemap], minzoom: 0, maxzoom: 10, bounds: [118, 27.5, 123.5, 40.2] });
  });

  it('draws land, sea, lakes, rivers, urban areas, roads, railways, boundaries and places under our own layers', () => {
    const ids = zh.layers.map((l) => l.id);
    for (const id of [
      'basemap-water',
      'basemap-land',
      'basemap-lake',
      'basemap-river-line',
      'basemap-urban',
      'basemap-road-major',
      'basemap-railway',
      'basemap-province-boundary',
      'basemap-boundary',
      'basemap-place-city',
    ])
      expect(ids.indexOf(id), id).toBeGreaterThan(-1);
    expect(ids.indexOf('basemap-place-city')).toBeLessThan(ids.indexOf('partnership-area'));
    expect(ids.indexOf('basemap-water')).toBeLessThan(ids.indexOf('basemap-land'));
  });

  it('paints the background as land, so no data edge shows on land', () => {
    expect(layer(zh, 'background')).toMatchObject({
      paint: { 'background-color': (layer(zh, 'basemap-land') as { paint: { 'fill-color': string } }).paint['fill-color'] },
    });
  });

  it('shows cities from z6, counties from z8, towns from z10, cities placed first', () => {
    expect([layer(zh, 'basemap-place-city')?.minzoom, layer(zh, 'basemap-place-county')?.minzoom, layer(zh, 'basemap-place-town')?.minzoom]).toEqual([
      PLACE_ZOOM.city,
      PLACE_ZOOM.county,
      PLACE_ZOOM.town,
    ]);
    expect([6, 8, 10]).toEqual([PLACE_ZOOM.city, PLACE_ZOOM.county, PLACE_ZOOM.town]);
    const ids = zh.layers.map((l) => l.id);
    // The upper layer's labels are placed first.
    expect(ids.indexOf('basemap-place-city')).toBeGreaterThan(ids.indexOf('basemap-place-town'));
    expect((layer(zh, 'basemap-place-town') as { layout: Record<string, unknown> }).layout['symbol-sort-key']).toEqual(['coalesce', ['get', 'rank'], 6]);
  });

  it('labels in Chinese on Chinese pages (no pinyin stand-ins) and in English on English ones (falling back on Chinese)', () => {
    const field = (s: StyleSpecification) => (layer(s, 'basemap-place-city') as { layout: { 'text-field': unknown } }).layout['text-field'];
    expect(field(zh)).toEqual(['coalesce', ['get', 'label'], '']);
    expect(field(en)).toEqual(['coalesce', ['get', 'label_en'], ['get', 'label']]);
    expect(labelField('en')).toEqual(field(en));
  });

  it('uses the one local font and asks for no glyphs', () => {
    expect(zh.glyphs).toBeUndefined();
    for (const l of zh.layers) if (l.type === 'symbol' && l.layout?.['text-field']) expect(l.layout['text-font'], l.id).toEqual(['Noto Sans Regular']);
  });

  it('under an online basemap draws only our boundaries over its raster', () => {
    const layers = basemapLayers({ offline: false, font: ['Noto Sans Regular'], under: [{ id: 'basemap-osm', type: 'raster', source: 'osm' }] });
    expect(layers.map((l) => l.id)).toEqual(['background', 'basemap-osm', 'basemap-province-boundary', 'basemap-boundary', 'basemap-boundary-label']);
  });
});
