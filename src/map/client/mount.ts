/**
 * Mounts MapLibre into a map element: the style from style.ts, the data from the build's
 * endpoints, the symbols from icons.ts. Loaded only when a map is used.
 */

import type { GeoJSONSource, LngLatBoundsLike, MapGeoJSONFeature, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
// As a URL, not an import: Astro would otherwise link MapLibre's 70 kB of CSS into every map page up front.
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { pageLocale, ui } from '../../i18n/client.ts';
import { entryPagePath } from '../../pack/urls.ts';
import type { ArchiveLayers } from '../basemap/protomaps.ts';
import { fromSitesFile, type SitesFile } from '../sites-file.ts';
import { heldIds, stackSites } from '../stack.ts';
import { DEFAULT_LAYERS, type LayerName } from '../state.ts';
import { buildStyle, FONT } from '../style.ts';
import type { SiteFeature } from '../types.ts';
import type { ClientConfig, MapController } from './controller.ts';
import { provideIcons } from './icons-load.ts';
import { markSelected } from './selected.ts';
import { showAllControl } from './show-all.ts';
import { showStackPopup } from './stack-popup.ts';
import { checkWorkerFile, explainProblem, type WorkerProblem } from './worker-check.ts';

/** How long the map's worker has to load the first data before the map counts as failed (software WebGL is slow). */
const WORKER_ANSWER_MS = 20_000;

export const CJK_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';

export function supportsWebGL2(): boolean {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl2'));
  } catch {
    return false;
  }
}

export function notice(el: HTMLElement, text: string): void {
  const box = el.querySelector<HTMLElement>('[data-map-notice]');
  if (!box) return;
  box.textContent = text;
  box.hidden = false;
}

/** What /map/ hands over when its explorer started before the map library (see boot.ts). */
export interface Started {
  explorer: MapController;
  sites: Promise<{ features: SiteFeature[] }>;
}

export async function mountMap(el: HTMLElement, started?: Started): Promise<void> {
  if (!supportsWebGL2()) {
    fallBack(el, ui.map.noWebgl);
    return;
  }
  const config = JSON.parse(el.dataset.config ?? '{}') as ClientConfig;
  const full = el.dataset.map === 'full';
  let focus = el.dataset.focus || undefined;
  const abs = (path: string) => new URL(path, window.location.href).href;
  const worker = abs(workerUrl);
  maplibregl.setWorkerUrl(worker);
  const workerChecked = checkWorkerFile(worker);
  let basemap = config.basemap;
  let archiveLayers: ArchiveLayers | undefined;
  if (basemap.kind === 'pmtiles') {
    const [{ Protocol }, protomaps] = await Promise.all([import('pmtiles'), basemap.vector ? import('../basemap/protomaps.ts') : undefined]);
    maplibregl.addProtocol('pmtiles', new Protocol().tile);
    basemap = { ...basemap, url: abs(basemap.url) };
    if (protomaps && basemap.vector)
      archiveLayers = protomaps.protomapsLayers({ source: 'pmtiles', flavor: basemap.vector.flavor, locale: pageLocale(), font: FONT });
  }
  const sitesPromise: Promise<{ features: SiteFeature[] }> =
    started?.sites ??
    fetch(abs(config.urls.sites))
      .then((r) => r.json() as Promise<SitesFile>)
      .then(fromSitesFile);
  let allSites: SiteFeature[] = [];
  // A failed download is reported where the data are used (the explorer's list, or the load handler below).
  sitesPromise.then(
    (s) => {
      allSites = s.features;
    },
    () => undefined,
  );
  await loadStylesheet(maplibreCss);
  const workerProblem = await workerChecked;
  if (workerProblem) {
    workerFailed(el, workerProblem, worker);
    return;
  }

  let explorer: MapController | undefined = started?.explorer;
  let layers: readonly LayerName[] = focus?.startsWith('routes/') ? [...DEFAULT_LAYERS, 'routes'] : DEFAULT_LAYERS;
  if (explorer) {
    layers = explorer.state.layers;
  } else if (full) {
    const { createExplorer } = await import('./explorer.ts');
    explorer = await createExplorer(el, config, sitesPromise);
    layers = explorer.state.layers;
  } else if (el.dataset.map === 'embed') {
    const { createEmbed } = await import('../../embed/client/embed-map.ts');
    explorer = await createEmbed(el, sitesPromise);
    layers = explorer.state.layers;
    // A site widget drops a focus its address named but the pack has not.
    focus = el.dataset.focus || undefined;
  }
  const initial = explorer?.initialView();
  const canvas = el.querySelector<HTMLElement>('[data-map-canvas]') as HTMLElement;
  const map = new maplibregl.Map({
    container: canvas,
    style: buildStyle({
      // URL() escapes the template's braces; MapLibre needs them as they are.
      urls: { basemap: abs(config.urls.basemap).replace(/%7B/g, '{').replace(/%7D/g, '}'), overlays: abs(config.urls.overlays) },
      basemap,
      basemapTiles: config.basemapTiles,
      archiveLayers,
      locale: pageLocale(),
      layers,
      focus,
      words: { crossing: ui.map.crossing },
    }),
    ...(initial?.center
      ? { center: initial.center, zoom: initial.zoom }
      : { bounds: (initial?.bounds ?? config.bounds) as LngLatBoundsLike, fitBoundsOptions: { padding: 24, maxZoom: 14 } }),
    localIdeographFontFamily: CJK_FONT,
    // MapLibre's own control titles and gesture hints, in the page's language.
    locale: ui.map.maplibre,
    cooperativeGestures: !full,
    attributionControl: { compact: true, customAttribution: config.attribution },
    maxZoom: 18,
  });
  // Test and embed hook: the live map belongs to its element.
  (el as HTMLElement & { map?: MapLibreMap }).map = map;
  // The worker file was fine, but a worker the browser refused (a policy) or stopped never answers: the sites' source,
  // which only the worker loads, stays unloaded.
  const watchdog = setTimeout(() => {
    if (sourceLoaded(map, 'sites')) return;
    map.remove();
    delete (el as HTMLElement & { map?: MapLibreMap }).map;
    workerFailed(el, { kind: 'no-answer' }, worker);
  }, WORKER_ANSWER_MS);
  map.once('load', () => clearTimeout(watchdog));
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  // The map opens on the pack's core; a map of the whole pack says what lies beyond and fits it on request.
  if (!focus)
    map.addControl(
      showAllControl(() => explorer?.visibleSites() ?? allSites),
      'top-left',
    );
  provideIcons(map);
  // The planner's map draws the plan the page hands it; a click on a site adds the site (see pickSite).
  const plan = el.dataset.map === 'plan';
  if (plan) import('../../routes/client/plan-map.ts').then((m) => m.attachPlan(map, el));

  const onlineSources = new Set(['tianditu-vec', 'tianditu-cva', 'osm', 'pmtiles']);
  let basemapFailed = false;
  map.on('error', (event) => {
    const e = event as unknown as { sourceId?: string };
    if (e.sourceId && onlineSources.has(e.sourceId) && !basemapFailed) {
      basemapFailed = true;
      notice(el, ui.map.basemapFailed);
      // A raster basemap is one layer; a vector archive is dozens, all of its source.
      for (const layer of map.getStyle().layers)
        if ('source' in layer && onlineSources.has(layer.source)) map.setLayoutProperty(layer.id, 'visibility', 'none');
    }
  });

  map.on('load', async () => {
    // On a phone the sources fold behind ⓘ at once, as MapLibre folds them after a first drag: spread out they cover
    // a fifth of a small map. The footer of every page names them too.
    if (el.clientWidth <= 640) el.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    let features: SiteFeature[];
    try {
      ({ features } = await sitesPromise);
    } catch (err) {
      // The map stays with its other layers; the explorer (or the notice) says the sites are missing.
      console.warn('map data failed to load', err);
      if (!explorer) notice(el, ui.map.failed);
      return;
    }
    const source = map.getSource('sites') as GeoJSONSource;
    source.setData({ type: 'FeatureCollection', features: stackSites(explorer ? explorer.visibleSites() : features) });
    if (focus?.startsWith('sites/'))
      markSelected(
        map,
        features.find((f) => f.properties.id === focus.slice(6)),
      );
    map.once('idle', () => {
      el.dataset.mapState = 'live';
      // The benchmark's "first idle frame with clusters".
      performance.mark('dangjian:map-live');
    });
  });

  map.on('click', 'sites-cluster', async (e: MapLayerMouseEvent) => {
    const feature = e.features?.[0];
    if (!feature) return;
    const source = map.getSource('sites') as GeoJSONSource;
    const clusterId = feature.properties?.cluster_id as number;
    const zoom = await source.getClusterExpansionZoom(clusterId);
    const center = (feature.geometry as unknown as { coordinates: [number, number] }).coordinates;
    if (zoom <= map.getZoom() + 0.01 || map.getZoom() >= 12) {
      // Sites at one spot stay reachable: list them instead of zooming for ever.
      const held = ((await source.getClusterLeaves(clusterId, 50, 0)) as unknown as SiteFeature[]).flatMap((l) => heldIds(l.properties));
      const leaves = held.map((id) => allSites.find((s) => s.properties.id === id)).filter((s): s is SiteFeature => Boolean(s));
      if (explorer) explorer.showMany(leaves);
      else if (leaves.length > 1) showStackPopup(map, center, leaves, plan ? (site) => pickSite(el, site) : undefined);
      else plan ? pickSite(el, leaves[0]) : openSitePage(leaves[0]);
      return;
    }
    map.easeTo({ center, zoom });
  });
  map.on('click', 'sites-point', (e: MapLayerMouseEvent) => {
    // A stacked marker (sites at one point, stack.ts) and symbols drawn over each other are listed, not guessed.
    const ids = new Set<string>();
    for (const f of map.queryRenderedFeatures(e.point, { layers: ['sites-point'] }) as MapGeoJSONFeature[])
      for (const id of heldIds(f.properties ?? {})) ids.add(id);
    const found = [...ids].map((id) => allSites.find((s) => s.properties.id === id)).filter((s): s is SiteFeature => Boolean(s));
    const first = found[0];
    if (!first) return;
    if (found.length > 1) {
      if (explorer) explorer.showMany(found);
      else showStackPopup(map, e.lngLat, found, plan ? (site) => pickSite(el, site) : undefined);
    } else if (plan) pickSite(el, first);
    else if (!explorer) openSitePage(first);
    else explorer.select(first.properties.id, { fly: false });
  });
  // A bus line opens its panel, unless a site was hit too: the site is the smaller target.
  map.on('click', 'transit-line', (e: MapLayerMouseEvent) => {
    const entry = String(e.features?.[0]?.properties?.entry ?? '');
    if (!explorer?.showLine || !entry.startsWith('transit/')) return;
    if (map.queryRenderedFeatures(e.point, { layers: ['sites-point', 'sites-cluster'] }).length) return;
    explorer.showLine(entry.slice('transit/'.length));
  });
  for (const layer of ['sites-cluster', 'sites-point', ...(explorer?.showLine ? ['transit-line'] : [])]) {
    map.on('mouseenter', layer, () => {
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', layer, () => {
      map.getCanvas().style.cursor = '';
    });
  }
  explorer?.attach(map);
}

/** The plain notice and the static map with the list, as on a browser without WebGL. */
function fallBack(el: HTMLElement, text: string): void {
  notice(el, text);
  el.dataset.mapState = 'fallback';
}

function workerFailed(el: HTMLElement, problem: WorkerProblem, url: string): void {
  console.warn(explainProblem(problem, url));
  fallBack(el, ui.map.workerFailed);
}

function sourceLoaded(map: MapLibreMap, id: string): boolean {
  try {
    return map.isSourceLoaded(id);
  } catch {
    return false;
  }
}

function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.append(link);
  });
}

/** On the planner's map a site is picked, not opened: the page hears `map:site` with its id. */
function pickSite(el: HTMLElement, site: SiteFeature | undefined): void {
  if (site) el.dispatchEvent(new CustomEvent('map:site', { detail: { id: site.properties.id }, bubbles: true }));
}

function openSitePage(site: SiteFeature | undefined): void {
  if (site) window.location.assign(entryPagePath('sites', site.properties.id, pageLocale()));
}
