/**
 * Parameters of the embeddable widgets. They come from pages we do not control, so each is
 * parsed against its rule: numbers in range, ids that exist in the build, colours as #rrggbb,
 * text as bounded plain text. Unknown parameters are dropped; a bad value is ignored and
 * reported as a short notice (plain text, never HTML), and nothing is ever thrown.
 */
import { LAYERS, type LayerName } from '../map/state.ts';
import { decimal, listOf, lonLat, ZOOM_RANGE } from '../map/url-rules.ts';

export interface EmbedKnown {
  sites: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  bands: ReadonlySet<string>;
  partnerships: ReadonlySet<string>;
}

export interface EmbedParams {
  layers?: LayerName[];
  kinds: string[];
  region?: string;
  band?: string;
  partnership?: string;
  center?: [number, number];
  zoom?: number;
  /** Fit the view to what is shown rather than to the centre and zoom. */
  fit: boolean;
  site?: string;
  lang: 'zh-CN' | 'en';
  list: boolean;
  legend: boolean;
  search: boolean;
  /** Height hint in CSS pixels for the loader. */
  height?: number;
  /** A title shown above the map, plain text. */
  title?: string;
  /** Accent colour of the frame. */
  accent?: string;
}

export interface ParsedEmbed {
  params: EmbedParams;
  /** What was ignored, by parameter name: shown to the page author, never as HTML. */
  ignored: string[];
}

const MAX_TITLE = 60;
/** Parameters a widget understands; anything else in the query is dropped without a word. */
export const EMBED_PARAMS = [
  'layers',
  'kind',
  'region',
  'band',
  'p',
  'c',
  'z',
  'fit',
  'site',
  'lang',
  'list',
  'legend',
  'search',
  'height',
  'title',
  'accent',
] as const;

/**
 * The attributes of `<dangjian-map>` (the element /embed.js defines, built from src/embed/loader.ts) and the widget
 * parameter each one sets: the loader's public surface, version 1.
 */
export const ELEMENT_ATTRIBUTES = {
  layers: 'layers',
  kinds: 'kind',
  region: 'region',
  band: 'band',
  partnership: 'p',
  center: 'c',
  zoom: 'z',
  fit: 'fit',
  selected: 'site',
  lang: 'lang',
  list: 'list',
  legend: 'legend',
  search: 'search',
  title: 'title',
  accent: 'accent',
} as const satisfies Record<string, (typeof EMBED_PARAMS)[number]>;

/** The widget's height in CSS pixels: the page's choice within 200–2000, else 420. */
export function frameHeight(value: string | null): number {
  return decimal(value, 200, 2000) ?? 420;
}

const flag = (v: string | null, fallback: boolean): boolean | undefined => {
  if (v === null) return fallback;
  if (v === '1' || v === 'true' || v === 'yes') return true;
  if (v === '0' || v === 'false' || v === 'no') return false;
  return undefined;
};

/** Text that cannot carry markup or control characters, cut to a length. */
export function plainText(v: string, max: number): string {
  return (
    v
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
      .replace(/[<>]/g, '')
      .trim()
      .slice(0, max)
  );
}

export function parseEmbedParams(search: string | URLSearchParams, known: EmbedKnown): ParsedEmbed {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const bad = (name: string) => {
    if (!ignored.includes(name)) ignored.push(name);
  };
  const get = (name: (typeof EMBED_PARAMS)[number]) => q.get(name);
  const list = (name: (typeof EMBED_PARAMS)[number]) => listOf(get(name));
  const oneOf = (name: (typeof EMBED_PARAMS)[number], set: ReadonlySet<string>) => {
    const v = get(name);
    if (v === null || v === '') return undefined;
    if (set.has(v)) return v;
    bad(name);
    return undefined;
  };
  // The map's own rules (url-rules.ts), with a word for the page author when a value is refused.
  const num = (name: (typeof EMBED_PARAMS)[number], min: number, max: number) => {
    const v = get(name);
    const n = decimal(v, min, max);
    if (n === undefined && v !== null && v !== '') bad(name);
    return n;
  };

  const params: EmbedParams = { kinds: [], fit: true, lang: 'zh-CN', list: false, legend: false, search: false };
  if (q.has('layers')) {
    const given = list('layers');
    const good = given.filter((l): l is LayerName => (LAYERS as readonly string[]).includes(l));
    if (good.length !== given.length) bad('layers');
    // A value with no layer the map knows (`layers=site`) leaves the default layers, as an absent one does.
    if (good.length) params.layers = [...new Set(good)];
  }
  const kinds = list('kind');
  const knownKinds = kinds.filter((k) => known.kinds.has(k));
  params.kinds = [...new Set(knownKinds)];
  if (knownKinds.length !== kinds.length) bad('kind');
  params.region = oneOf('region', known.regions);
  params.band = oneOf('band', known.bands);
  params.partnership = oneOf('p', known.partnerships);
  params.site = oneOf('site', known.sites);
  const c = get('c');
  if (c !== null && c !== '') {
    params.center = lonLat(c);
    if (!params.center) bad('c');
  }
  params.zoom = num('z', ...ZOOM_RANGE);
  const fit = flag(get('fit'), !(params.center && params.zoom !== undefined));
  if (fit === undefined) bad('fit');
  params.fit = fit ?? true;
  for (const name of ['list', 'legend', 'search'] as const) {
    const v = flag(get(name), false);
    if (v === undefined) bad(name);
    params[name] = v ?? false;
  }
  const lang = get('lang');
  if (lang === 'en' || lang === 'zh-CN') params.lang = lang;
  else if (lang !== null) bad('lang');
  params.height = num('height', 200, 2000);
  const title = get('title');
  if (title !== null) {
    // A title that would need changing to be shown (markup, control characters, too long) is not shown at all:
    // the notice says "ignored", and that is what happens.
    const clean = plainText(title, MAX_TITLE);
    if (clean !== title.trim()) bad('title');
    else if (clean) params.title = clean;
  }
  const accent = get('accent');
  if (accent !== null) {
    if (/^#[0-9a-fA-F]{6}$/.test(accent)) params.accent = accent.toLowerCase();
    else bad('accent');
  }
  return { params, ignored };
}

/** The query string for parameters (the generator's output, and the full-map link's source). */
export function serializeEmbedParams(p: Partial<EmbedParams>): string {
  const q = new URLSearchParams();
  if (p.layers) q.set('layers', p.layers.join(','));
  if (p.kinds?.length) q.set('kind', p.kinds.join(','));
  if (p.region) q.set('region', p.region);
  if (p.band) q.set('band', p.band);
  if (p.partnership) q.set('p', p.partnership);
  if (p.center && p.zoom !== undefined) {
    q.set('c', `${p.center[0].toFixed(5)},${p.center[1].toFixed(5)}`);
    q.set('z', p.zoom.toFixed(2));
    if (p.fit === false) q.set('fit', '0');
  }
  if (p.site) q.set('site', p.site);
  if (p.lang && p.lang !== 'zh-CN') q.set('lang', p.lang);
  for (const f of ['list', 'legend', 'search'] as const) if (p[f]) q.set(f, '1');
  if (p.height) q.set('height', String(p.height));
  if (p.title) q.set('title', p.title);
  if (p.accent) q.set('accent', p.accent);
  const s = q.toString();
  return s ? `?${s}` : '';
}
