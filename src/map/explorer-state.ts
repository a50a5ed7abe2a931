/**
 * What the full map's controls decide (client/explorer.ts only reads the page and renders): the state a
 * filter form, a click or the find box leads to, which panel a state opens, what the list shows, and
 * whether the URL gets a new history entry. Plain data in, plain data out.
 */
import { filterSites, inView } from './filter.ts';
import { LAYERS, type LayerName, type MapState, serializeState, withChosenLayers } from './state.ts';
import type { Bounds, SiteFeature, TransitLine } from './types.ts';
import { filterView } from './view.ts';

/** The filter form's fields, as `new FormData(form)` iterates them. */
export type FormEntries = Iterable<readonly [string, unknown]>;

/**
 * The state the filter form says: its layers, kinds, region, band and partnership over the rest of `prev`
 * (the view, the open site, the find box). Choosing a partnership switches its layer on (withChosenLayers).
 */
export function formState(prev: MapState, entries: FormEntries): MapState {
  const all = new Map<string, string[]>();
  for (const [name, value] of entries) if (typeof value === 'string') all.set(name, [...(all.get(name) ?? []), value]);
  const one = (name: string) => all.get(name)?.[0] || undefined;
  const next: MapState = {
    ...prev,
    layers: (all.get('layer') ?? []).filter((l): l is LayerName => (LAYERS as readonly string[]).includes(l)),
    kinds: all.get('kind') ?? [],
    region: one('region'),
    band: one('band'),
    partnership: one('p'),
  };
  return withChosenLayers(prev, next);
}

/** The form's reset button: every filter off, the search's restriction too; layers, view and open site stay. */
export function withoutFilters(state: MapState): MapState {
  return { ...state, kinds: [], region: undefined, band: undefined, partnership: undefined, sites: [] };
}

/** "显示全部" beside a restriction from search's "show on map". */
export function withoutRestriction(state: MapState): MapState {
  return { ...state, sites: [] };
}

/** A site opened (or, with no id, the panel emptied): a site and a line are never open together. */
export function withSite(state: MapState, id: string | undefined): MapState {
  return { ...state, site: id, line: undefined };
}

/** A bus line's panel opened; undefined for a line the map does not have. */
export function withLine(state: MapState, id: string, lines: ReadonlySet<string>): MapState | undefined {
  return lines.has(id) ? { ...state, site: undefined, line: id } : undefined;
}

/** Nothing open in the panel; the same state when nothing was, so the caller knows there is no step to record. */
export function withoutDetail(state: MapState): MapState {
  return state.site || state.line ? { ...state, site: undefined, line: undefined } : state;
}

/** The find box's text; the same state when the trimmed text is what the state already holds. */
export function withQuery(state: MapState, text: string | undefined): MapState {
  const q = text?.trim() || undefined;
  return q === state.q ? state : { ...state, q };
}

/** Text typed before the explorer was ready counts, unless a shared link's `?q=` says what to find. */
export function withTypedQuery(state: MapState, text: string | undefined): MapState {
  const typed = text?.trim();
  return typed && !state.q ? { ...state, q: typed } : state;
}

/** The map moved: its centre and zoom go into the state (and the URL, replaced). */
export function withView(state: MapState, center: [number, number], zoom: number): MapState {
  return { ...state, center, zoom };
}

/** What the detail panel shows for a state: the open site, else the open bus line, else nothing. */
export type Panel = { kind: 'site'; key: string; site: SiteFeature } | { kind: 'line'; key: string; line: TransitLine } | { kind: 'none'; key?: undefined };

export function panelFor(state: Pick<MapState, 'site' | 'line'>, byId: ReadonlyMap<string, SiteFeature>, lines: readonly TransitLine[]): Panel {
  const site = state.site ? byId.get(state.site) : undefined;
  if (site) return { kind: 'site', key: `site:${site.properties.id}`, site };
  const line = lines.find((l) => l.id === state.line);
  if (line) return { kind: 'line', key: `line:${line.id}`, line };
  return { kind: 'none' };
}

export interface ListView {
  /** Ids of the rows shown: the filtered sites, within the map's view when the list follows it. */
  shown: Set<string>;
  /** How many sites the pack has, for "n of m". */
  total: number;
  /** Per kind, how many sites the other filters leave with that kind alone chosen (the badges). */
  kindCounts: Map<string, number>;
  /** Whether the list is limited to sites from search's "show on map". */
  restricted: boolean;
  /** How many sites the find box found; undefined when it is empty. */
  found?: number;
}

/**
 * What the list, its count and the filters' badges show. `view` is the map's box when the list is limited to
 * it ("只看视野内" checked and the map loaded); undefined, every filtered site is listed.
 */
export function listView(all: readonly SiteFeature[], visible: readonly SiteFeature[], state: MapState, kinds: readonly string[], view?: Bounds): ListView {
  const shown = new Set(visible.filter((s) => !view || inView(s, view)).map((s) => s.properties.id));
  return {
    shown,
    total: all.length,
    kindCounts: kindCounts(all, state, kinds),
    restricted: state.sites.length > 0,
    found: state.q ? shown.size : undefined,
  };
}

/**
 * Per kind, the sites the other filters keep: one pass over the sites, as the list is worked out again on every
 * move of the map (a filter per kind was 10 passes over every site).
 */
function kindCounts(all: readonly SiteFeature[], state: MapState, kinds: readonly string[]): Map<string, number> {
  const counts = new Map(kinds.map((k) => [k, 0]));
  for (const s of filterSites(all, { ...state, kinds: [] })) {
    const n = counts.get(s.properties.kind);
    if (n !== undefined) counts.set(s.properties.kind, n + 1);
  }
  return counts;
}

/**
 * How a step reaches the browser's history: `push` adds an entry (Back undoes the step) unless the address is
 * already the one shown; `replace` rewrites the current one (typing, moving the map); `none` leaves it (Back itself).
 */
export function historyStep(how: 'push' | 'replace' | 'none', current: string, next: string): 'push' | 'replace' | undefined {
  if (how === 'push') return next !== current ? 'push' : undefined;
  return how === 'replace' ? 'replace' : undefined;
}

/** The page's address for a state. */
export function stateUrl(pathname: string, state: MapState): string {
  return `${pathname}${serializeState(state)}`;
}

/** Where a filter moves the view: around what it selects (view.ts), or nowhere without a filter. */
export function filterFit(state: MapState, visible: readonly SiteFeature[], partnershipBounds: Readonly<Record<string, Bounds>>): Bounds | undefined {
  return filterView(
    state,
    visible.map((s) => s.geometry.coordinates),
    partnershipBounds,
  );
}

/** A form change moves the view to what its filters select; switching a layer (`name="layer"`) leaves the view alone. */
export function changeFit(
  field: string | undefined,
  state: MapState,
  visible: readonly SiteFeature[],
  partnershipBounds: Readonly<Record<string, Bounds>>,
): Bounds | undefined {
  return field === 'layer' ? undefined : filterFit(state, visible, partnershipBounds);
}

/** A found site is where the reader wants to look: the map frames what the text keeps; nothing found, it stays. */
export function findFit(state: MapState, visible: readonly SiteFeature[], partnershipBounds: Readonly<Record<string, Bounds>>): Bounds | undefined {
  return state.q && visible.length ? filterFit(state, visible, partnershipBounds) : undefined;
}

/**
 * Where the map opens: the URL's centre and zoom, else around what a shared link's filter selects (`?p=tongwulang`),
 * else undefined (the pack's core, from the config).
 */
export function initialView(
  state: MapState,
  visible: readonly SiteFeature[],
  partnershipBounds: Readonly<Record<string, Bounds>>,
): { center: [number, number]; zoom: number } | { bounds: Bounds } | undefined {
  if (state.center && state.zoom !== undefined) return { center: state.center, zoom: state.zoom };
  const bounds = filterFit(state, visible, partnershipBounds);
  return bounds ? { bounds } : undefined;
}

/** A site chosen from the list is flown to, close enough to see it among its neighbours; a closer view stays as close. */
export function flyTarget(site: SiteFeature, zoom: number): { center: [number, number]; zoom: number } {
  return { center: site.geometry.coordinates as [number, number], zoom: Math.max(zoom, 13) };
}
