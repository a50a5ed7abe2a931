/**
 * The map's state as it lives in the URL: view, layers, filters and the open site. Parsing
 * never throws and never echoes a bad value: anything it does not recognise is dropped.
 */
import { decimal, listOf, lonLat, ZOOM_RANGE } from './url-rules.ts';

export const LAYERS = ['sites', 'belt', 'transit', 'partnerships', 'border', 'routes'] as const;
export type LayerName = (typeof LAYERS)[number];
/** Partnership areas are off until asked for: drawn all at once they veil the sites they are about. */
export const DEFAULT_LAYERS: readonly LayerName[] = ['sites', 'belt', 'transit', 'border'];

export interface MapState {
  /** [lon, lat] centre, or undefined to fit the content. */
  center?: [number, number];
  zoom?: number;
  layers: LayerName[];
  kinds: string[];
  /** A region path such as `浙江省/嘉兴市/平湖市`. */
  region?: string;
  /** A band key `belt/band`. */
  band?: string;
  partnership?: string;
  /** The open site. */
  site?: string;
  /** The bus line whose panel is open (when no site is). */
  line?: string;
  /** Restrict to these sites (from search's "show on map"). */
  sites: string[];
  /** The find box's text (find.ts). */
  q?: string;
}

export interface Known {
  kinds: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  bands: ReadonlySet<string>;
  partnerships: ReadonlySet<string>;
  sites: ReadonlySet<string>;
  lines: ReadonlySet<string>;
}

const MAX_QUERY = 60;

export function parseState(search: string | URLSearchParams, known: Known): MapState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const center = lonLat(params.get('c'));
  const list = (key: string) => listOf(params.get(key));
  const layersGiven = params.has('layers');
  const layers = list('layers').filter((l): l is LayerName => (LAYERS as readonly string[]).includes(l));
  const one = (key: string, set: ReadonlySet<string>) => {
    const v = params.get(key);
    return v !== null && set.has(v) ? v : undefined;
  };
  return {
    center,
    zoom: decimal(params.get('z'), ...ZOOM_RANGE),
    layers: layersGiven ? [...new Set(layers)] : defaultLayers(one('p', known.partnerships)),
    kinds: [...new Set(list('kind').filter((k) => known.kinds.has(k)))],
    region: one('region', known.regions),
    band: one('band', known.bands),
    partnership: one('p', known.partnerships),
    site: one('site', known.sites),
    line: one('line', known.lines),
    sites: [...new Set(list('sites').filter((s) => known.sites.has(s)))],
    q: params.get('q')?.trim().slice(0, MAX_QUERY) || undefined,
  };
}

/** The query string for a state; defaults are left out so shared links stay short. */
export function serializeState(state: MapState): string {
  const params = new URLSearchParams();
  if (state.center && state.zoom !== undefined) {
    params.set('c', `${state.center[0].toFixed(5)},${state.center[1].toFixed(5)}`);
    params.set('z', state.zoom.toFixed(2));
  }
  const defaults = defaultLayers(state.partnership);
  const sameLayers = state.layers.length === defaults.length && defaults.every((l) => state.layers.includes(l));
  if (!sameLayers) params.set('layers', state.layers.join(','));
  if (state.kinds.length) params.set('kind', state.kinds.join(','));
  if (state.region) params.set('region', state.region);
  if (state.band) params.set('band', state.band);
  if (state.partnership) params.set('p', state.partnership);
  if (state.site) params.set('site', state.site);
  if (state.line) params.set('line', state.line);
  if (state.sites.length) params.set('sites', state.sites.join(','));
  if (state.q?.trim()) params.set('q', state.q.trim());
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The layers a map opens with: the defaults, and the partnership layer when a partnership is chosen. */
export function defaultLayers(partnership?: string): LayerName[] {
  return partnership ? [...DEFAULT_LAYERS, 'partnerships'] : [...DEFAULT_LAYERS];
}

/** Choosing a partnership switches its layer on: a chosen partnership with its areas hidden would show nothing of it. */
export function withChosenLayers(prev: MapState, next: MapState): MapState {
  if (!next.partnership || next.partnership === prev.partnership || next.layers.includes('partnerships')) return next;
  return { ...next, layers: [...next.layers, 'partnerships'] };
}
