/**
 * The layers of a vector PMTiles basemap in the protomaps schema, from @protomaps/basemaps, made to keep every
 * request on the site: protomaps' styles ask a glyph server for their fonts and a sprite for their icons, which
 * this site has neither of. Labels take our one font (drawn from the reader's local fonts, see mount.ts), layers
 * that are only an icon go, and the others lose their icons. Loaded in the browser only for such a basemap.
 */
import { layers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification } from 'maplibre-gl';
import type { Locale } from '../../site/paths.ts';

export interface ArchiveLayers {
  /** The flavour's background, for our background layer (protomaps' own is dropped: two would clash by id). */
  background: string;
  /** Fills and lines, drawn under our boundaries. */
  under: LayerSpecification[];
  /** Labels, drawn over our boundaries and under our own layers. */
  labels: LayerSpecification[];
}

/** Our layers are `basemap-…`, `sites-…`; protomaps' `water`, `roads_major`: a prefix keeps them apart. */
export const PROTOMAPS_PREFIX = 'protomaps-';

/**
 * protomaps' language code for the page. Not plain `zh`: its generic rule writes a Han-script name twice
 * ("平湖市\n平湖市"), where `zh-Hans` knows Han names need no second line.
 */
export function protomapsLang(locale: Locale | undefined): string {
  return locale === 'en' ? 'en' : 'zh-Hans';
}

/**
 * The pack's own outlines (天地图's, in our boundary layers) draw the administrative lines; OpenStreetMap's
 * national and provincial lines differ from the official ones exactly where a map review looks.
 */
const DROPPED_SOURCE_LAYERS = new Set(['boundaries']);

/** A `text-font` in a `format` expression's section options takes an expression, hence the literal. */
function withFont(value: unknown, font: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => withFont(v, font));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'text-font' ? ['literal', font] : withFont(v, font)]));
  return value;
}

const withoutIcons = (props: Record<string, unknown> | undefined) => props && Object.fromEntries(Object.entries(props).filter(([k]) => !k.startsWith('icon-')));

/** One protomaps layer as this site draws it, or undefined when it would need a sprite or is left to the pack. */
export function siteLayer(layer: LayerSpecification, font: string[]): LayerSpecification | undefined {
  if ('source-layer' in layer && DROPPED_SOURCE_LAYERS.has(layer['source-layer'] as string)) return undefined;
  const id = `${PROTOMAPS_PREFIX}${layer.id}`;
  if (layer.type !== 'symbol') return { ...layer, id };
  const layout = layer.layout ?? {};
  if (!layout['text-field']) return undefined;
  return {
    ...layer,
    id,
    layout: { ...withoutIcons(layout), 'text-field': withFont(layout['text-field'], font) as never, 'text-font': font },
    ...(layer.paint ? { paint: withoutIcons(layer.paint) } : {}),
  } as LayerSpecification;
}

export function protomapsLayers(o: { source: string; flavor: string; locale?: Locale; font: string[] }): ArchiveLayers {
  const flavor = namedFlavor(o.flavor);
  const all = layers(o.source, flavor, { lang: protomapsLang(o.locale) })
    .filter((l) => l.type !== 'background')
    .map((l) => siteLayer(l, o.font))
    .filter((l): l is LayerSpecification => Boolean(l));
  return { background: flavor.background, under: all.filter((l) => l.type !== 'symbol'), labels: all.filter((l) => l.type === 'symbol') };
}
