import { expression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { PMTILES_FLAVORS } from '../../pack/schemas.ts';
import type { Locale } from '../../site/paths.ts';
import { DEFAULT_LAYERS } from '../state.ts';
import { buildStyle, FONT } from '../style.ts';
import { PROTOMAPS_PREFIX, protomapsLayers, siteLayer } from './protomaps.ts';

const urls = { basemap: 'http://127.0.0.1/map/basemap/{z}/{x}/{y}.pbf', overlays: 'http://127.0.0.1/map/overlays.geojson' };
const styleFor = (locale?: Locale, flavor = 'light') =>
  buildStyle({
    urls,
    basemap: { kind: 'pmtiles', url: 'http://127.0.0.1/map/basemap.pmtiles', attribution: '© OpenStreetMap contributors · Protomaps', vector: { flavor } },
    archiveLayers: protomapsLayers({ source: 'pmtiles', flavor, locale, font: FONT }),
    layers: DEFAULT_LAYERS,
    locale,
  });
const zh = styleFor();
const en = styleFor('en');
const ours = (s: StyleSpecification) => s.layers.filter((l) => l.id.startsWith(PROTOMAPS_PREFIX));

/** Every `text-font` anywhere in a value: layouts, and the section options of `format` expressions. */
function fontsIn(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const v of value) fontsIn(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'text-font') out.push(v);
      else fontsIn(v, out);
    }
  return out;
}

/** A label as MapLibre would write it for a feature at z10. */
function label(style: StyleSpecification, id: string, properties: Record<string, unknown>): string {
  const layer = style.layers.find((l) => l.id === `${PROTOMAPS_PREFIX}${id}`) as { layout: { 'text-field': unknown } };
  const field = expression.createExpression(layer.layout['text-field'], {
    type: 'formatted',
    'property-type': 'data-driven',
    expression: { interpolated: false, parameters: ['zoom', 'feature'] },
  } as never);
  if (field.result !== 'success') throw new Error(JSON.stringify(field.value));
  const v = field.value.evaluate({ zoom: 10 }, { type: 1, properties } as never) as { sections?: { text: string }[] } | string;
  return typeof v === 'string' ? v : (v.sections ?? []).map((s) => s.text).join('');
}

describe('a vector PMTiles basemap in the protomaps schema', () => {
  it('is a valid MapLibre style, reading the archive from the site through the pmtiles protocol', () => {
    expect(validateStyleMin(zh)).toEqual([]);
    expect(validateStyleMin(en)).toEqual([]);
    expect(zh.sources.pmtiles).toEqual({
      type: 'vector',
      url: 'pmtiles://http://127.0.0.1/map/basemap.pmtiles',
      attribution: expect.stringContaining('OpenStreetMap'),
    });
  });

  it('asks for no glyphs, no sprite and no icon, and draws every label in our one font', () => {
    for (const s of [zh, en]) {
      expect(s.glyphs).toBeUndefined();
      expect(s.sprite).toBeUndefined();
      expect(JSON.stringify(ours(s))).not.toContain('icon-');
      expect(JSON.stringify(s)).not.toMatch(/Noto Sans (Medium|Italic|Devanagari)/);
      const fonts = fontsIn(s.layers);
      expect(fonts.length).toBeGreaterThan(10);
      for (const f of fonts) expect([FONT, ['literal', FONT]]).toContainEqual(f);
      expect(
        JSON.stringify(s)
          .match(/https?:\/\/[^"]+/g)
          ?.every((u) => u.startsWith('http://127.0.0.1/')),
      ).toBe(true);
    }
  });

  it('keeps the fills, lines and labels of protomaps, drops icon-only layers, strips icons from the rest', () => {
    const ids = ours(zh).map((l) => l.id.slice(PROTOMAPS_PREFIX.length));
    for (const id of ['earth', 'water', 'roads_major', 'roads_highway', 'places_locality', 'roads_labels_major', 'pois', 'roads_shields'])
      expect(ids).toContain(id);
    expect(ids).not.toContain('roads_oneway');
    expect(siteLayer({ id: 'x', type: 'symbol', source: 's', 'source-layer': 'pois', layout: { 'icon-image': 'a' } }, FONT)).toBeUndefined();
  });

  it('leaves the administrative lines to the pack’s own outlines', () => {
    expect(ours(zh).some((l) => (l as { 'source-layer'?: string })['source-layer'] === 'boundaries')).toBe(false);
    expect(zh.layers.map((l) => l.id)).toContain('basemap-boundary');
  });

  it('stacks protomaps’ fills and lines, our boundaries, protomaps’ labels, then everything of ours', () => {
    const at = (id: string) => zh.layers.findIndex((l) => l.id === id);
    expect(zh.layers.filter((l) => l.type === 'background')).toHaveLength(1);
    expect(at('background')).toBe(0);
    expect((zh.layers[0] as LayerSpecification & { paint: Record<string, string> }).paint['background-color']).toBe(namedFlavor('light').background);
    expect(at('protomaps-roads_highway')).toBeLessThan(at('basemap-boundary'));
    expect(at('basemap-boundary')).toBeLessThan(at('protomaps-places_locality'));
    expect(at('protomaps-places_locality')).toBeLessThan(at('partnership-area'));
    expect(at('sites-point')).toBeGreaterThan(at('protomaps-places_locality'));
    expect(zh.layers.some((l) => l.id === 'basemap-land' || l.id === 'basemap-pmtiles')).toBe(false);
  });

  it('labels a Chinese place once in Chinese on Chinese pages, and in English with its Chinese name on English pages', () => {
    const pinghu = { kind: 'locality', name: '平湖市', 'name:zh-Hans': '平湖市', 'name:en': 'Pinghu', script: 'Han', min_zoom: 6 };
    expect(label(zh, 'places_locality', pinghu)).toBe('平湖市');
    expect(label(en, 'places_locality', pinghu)).toBe('Pinghu\n平湖市');
    // protomaps' name:zh-Hans is not in every feature; the local name is the fallback.
    expect(label(zh, 'places_locality', { name: '廊下镇', script: 'Han' })).toBe('廊下镇');
  });

  it('knows every flavour pack.yaml may name', () => {
    for (const f of PMTILES_FLAVORS) expect(() => namedFlavor(f), f).not.toThrow();
    expect(validateStyleMin(styleFor(undefined, 'dark'))).toEqual([]);
  });
});
