/**
 * The full map page's controls: layers, filters, the synchronised list, the detail panel,
 * "near me" and the URL. What they decide is explorer-state.ts's (with state.ts, filter.ts,
 * layer-filters.ts and nearby.ts); this file reads the page, renders, and binds the events.
 */

import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { ui } from '../../i18n/client.ts';
import {
  changeFit,
  findFit,
  flyTarget,
  formState,
  historyStep,
  initialView,
  listView,
  panelFor,
  stateUrl,
  withLine,
  withoutDetail,
  withoutFilters,
  withoutRestriction,
  withQuery,
  withSite,
  withTypedQuery,
  withView,
} from '../explorer-state.ts';
import { filterSites } from '../filter.ts';
import { layerFilters, layerVisibility } from '../layer-filters.ts';
import type { SiteDetails } from '../site-details.ts';
import { stackSites } from '../stack.ts';
import { type Known, type LayerName, type MapState, parseState } from '../state.ts';
import type { Bounds, SiteFeature } from '../types.ts';
import type { ClientConfig } from './controller.ts';
import { setupNearMe } from './near-me.ts';
import { fillRegionOptions } from './region-options.ts';
import { markSelected } from './selected.ts';
import { closeButton, sitePanel, stackPanel } from './site-panel.ts';
import { highlightLine, linePanel, renderLineButtons } from './transit-panel.ts';

export async function createExplorer(root: HTMLElement, config: ClientConfig, sitesPromise: Promise<{ features: SiteFeature[] }>) {
  const page = root.closest<HTMLElement>('[data-map-page]') ?? document.body;
  const $ = <T extends Element>(sel: string) => page.querySelector<T>(sel);
  const form = $<HTMLFormElement>('#map-filters') as HTMLFormElement;
  const list = $<HTMLOListElement>('#site-list') as HTMLOListElement;
  const count = $<HTMLElement>('#map-count') as HTMLElement;
  const detail = $<HTMLElement>('#site-detail') as HTMLElement;
  const inViewOnly = $<HTMLInputElement>('#in-view-only');
  const restriction = $<HTMLElement>('#sites-restriction');
  const find = $<HTMLInputElement>('#map-find');
  const findStatus = $<HTMLElement>('#map-find-status');
  const all = (await sitesPromise).features;
  fillRegionOptions(page, all);
  const byId = new Map(all.map((s) => [s.properties.id, s]));
  const options = (name: string) =>
    new Set(
      [...form.querySelectorAll<HTMLInputElement | HTMLOptionElement>(`[name="${name}"] option, input[name="${name}"]`)].map((o) => o.value).filter(Boolean),
    );
  const kindInputs = () => form.querySelectorAll<HTMLInputElement>('input[name="kind"]');
  const lines = config.transit ?? [];
  const partnershipBounds = config.partnershipBounds ?? {};
  const known: Known = {
    kinds: options('kind'),
    regions: options('region'),
    bands: options('band'),
    partnerships: options('p'),
    sites: new Set(byId.keys()),
    lines: new Set(lines.map((l) => l.id)),
  };

  let state: MapState = parseState(window.location.search, known);
  let map: MapLibreMap | undefined;
  let visible: SiteFeature[] = [];
  /** What opened the detail panel, to hand focus back to on closing (never <body>). */
  let opener: HTMLElement | undefined;

  const writeForm = () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="layer"]')) input.checked = state.layers.includes(input.value as LayerName);
    for (const input of kindInputs()) input.checked = state.kinds.includes(input.value);
    for (const [name, value] of [
      ['region', state.region],
      ['band', state.band],
      ['p', state.partnership],
    ] as const) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      if (select) select.value = value ?? '';
    }
    if (find && find.value.trim() !== (state.q ?? '')) find.value = state.q ?? '';
  };

  const updateList = () => {
    // The list follows the view only once there is a drawn map to follow.
    const view = inViewOnly?.checked && map?.loaded() ? (map.getBounds().toArray().flat() as Bounds) : undefined;
    const rows = listView(
      all,
      visible,
      state,
      [...kindInputs()].map((i) => i.value),
      view,
    );
    // The rows drawn so far (site-list.ts draws a long list in slices and calls refreshList after each).
    for (const li of list.querySelectorAll<HTMLLIElement>('li[data-site-id]')) li.hidden = !rows.shown.has(li.dataset.siteId as string);
    count.textContent = ui.map.count(rows.shown.size, rows.total);
    const empty = $<HTMLElement>('#site-list-empty');
    if (empty) empty.hidden = rows.shown.size > 0;
    for (const [kind, n] of rows.kindCounts) {
      const badge = form.querySelector<HTMLElement>(`[data-kind-count="${kind}"]`);
      if (badge) badge.textContent = String(n);
    }
    if (restriction) restriction.hidden = !rows.restricted;
    if (findStatus) findStatus.textContent = rows.found !== undefined ? ui.map.found(rows.found) : '';
  };

  const applyLayers = () => {
    if (!map) return;
    for (const [id, visibility] of layerVisibility(state.layers)) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility);
    for (const [id, filter] of Object.entries(layerFilters(state))) if (map.getLayer(id)) map.setFilter(id, filter);
  };

  const apply = (how: 'push' | 'replace' | 'none') => {
    visible = filterSites(all, state);
    (map?.getSource('sites') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: stackSites(visible) });
    applyLayers();
    if (map) markSelected(map, state.site ? byId.get(state.site) : undefined);
    updateList();
    renderPanel();
    const url = stateUrl(window.location.pathname, state);
    const step = historyStep(how, `${window.location.pathname}${window.location.search}`, url);
    if (step === 'push') history.pushState(null, '', url);
    if (step === 'replace') history.replaceState(null, '', url);
  };
  const frame = (bounds: Bounds | undefined) => {
    if (bounds && map) map.fitBounds(bounds, { padding: 48, maxZoom: 13 });
  };

  /** What panels show of a site beyond the map's data, fetched when the first panel opens; asked again after a failure. */
  let details: Promise<Record<string, SiteDetails>> | undefined;
  const detailsOf = (id: string) => {
    if (!details) {
      details = fetch(new URL(config.urls.details, window.location.href)).then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<Record<string, SiteDetails>>;
      });
      details.catch(() => {
        details = undefined;
      });
    }
    return details.then((all) => all[id]);
  };

  /** The panel's key while it shows a site or a line (explorer-state.ts panelFor); undefined when empty or a stack's. */
  let shown: string | undefined;
  const renderPanel = () => {
    const panel = panelFor(state, byId, lines);
    highlightLine(map, panel.kind === 'line' ? panel.line.id : undefined);
    // Unchanged, it stays as it is (focus inside it included); so does a stack's list until something else is chosen.
    if (panel.key === shown) return;
    shown = panel.key;
    detail.hidden = !panel.key;
    detail.replaceChildren();
    if (panel.kind === 'site') detail.append(closeButton(closeDetail), ...sitePanel(panel.site, config.routes ?? {}, detailsOf(panel.site.properties.id)));
    if (panel.kind === 'line') detail.append(closeButton(closeDetail), ...linePanel(panel.line, (id) => byId.get(id)?.properties.title));
    if (panel.kind !== 'none') opened();
  };
  /** Tells the page (the phone's sheet) that the panel holds something new to show. */
  const opened = () => page.dispatchEvent(new CustomEvent('map:detail'));

  /** Remembers what opened the panel, unless the panel itself did (a site picked from its list). */
  const noteOpener = () => {
    const active = document.activeElement as HTMLElement | null;
    if (active && active !== document.body && !detail.contains(active)) opener = active;
    else if (!opener?.isConnected) opener = map?.getCanvas();
  };
  /** Empties the panel, and records the step when a site or a line was open. */
  const clearDetail = () => {
    const next = withoutDetail(state);
    if (next === state) return;
    state = next;
    apply('push');
  };
  const closeDetail = () => {
    clearDetail();
    shown = undefined;
    detail.hidden = true;
    detail.replaceChildren();
    const back = opener?.isConnected && opener.offsetParent !== null ? opener : map?.getCanvas();
    opener = undefined;
    back?.focus();
  };

  const showLine = (id: string) => {
    const next = withLine(state, id, known.lines);
    if (!next) return;
    noteOpener();
    state = next;
    apply('push');
    detail.querySelector<HTMLElement>('h2')?.focus();
  };

  const showMany = (sites: SiteFeature[]) => {
    noteOpener();
    clearDetail();
    detail.hidden = false;
    const stack = stackPanel(sites, (id) => select(id, { fly: false }));
    detail.replaceChildren(closeButton(closeDetail), ...stack.nodes);
    opened();
    stack.heading.focus();
  };

  const select = (id: string | undefined, opts: { fly?: boolean } = {}) => {
    if (id) noteOpener();
    state = withSite(state, id);
    apply('push');
    const site = id ? byId.get(id) : undefined;
    if (site && map && opts.fly !== false) map.flyTo(flyTarget(site, map.getZoom()));
    if (site) document.getElementById('site-detail-title')?.focus();
  };

  let typing: number | undefined;
  form.addEventListener('change', (e) => {
    window.clearTimeout(typing);
    // Text typed in the find box and not searched yet counts too: writeForm would otherwise put the old text back.
    state = withQuery(formState(state, new FormData(form)), find?.value);
    // Choosing a partnership may have switched its layer on: the form shows what the state holds.
    writeForm();
    apply('push');
    frame(changeFit((e.target as HTMLInputElement | null)?.name, state, visible, partnershipBounds));
  });
  page.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !detail.hidden) {
      e.preventDefault();
      closeDetail();
    }
  });
  renderLineButtons($<HTMLElement>('#transit-lines'), lines, showLine);
  form.addEventListener('reset', () => {
    window.setTimeout(() => {
      state = withoutFilters(state);
      writeForm();
      apply('push');
    });
  });
  inViewOnly?.addEventListener('change', updateList);
  const runFind = () => {
    window.clearTimeout(typing);
    const next = withQuery(state, find?.value);
    if (next === state) return;
    state = next;
    apply('replace');
    frame(findFit(state, visible, partnershipBounds));
  };
  find?.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(runFind, 250);
  });
  find?.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') runFind();
    if (e.key === 'Escape' && find.value) {
      // Esc empties the box first; a second Esc closes the panel as anywhere else.
      e.preventDefault();
      e.stopPropagation();
      find.value = '';
      runFind();
    }
  });
  restriction?.querySelector('button')?.addEventListener('click', () => {
    state = withoutRestriction(state);
    apply('push');
  });
  list.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-select]');
    if (button) select(button.dataset.select);
  });
  window.addEventListener('popstate', () => {
    state = parseState(window.location.search, known);
    writeForm();
    apply('none');
    if (map && state.center && state.zoom !== undefined) map.jumpTo({ center: state.center, zoom: state.zoom });
  });
  setupNearMe(page, all, (site, bounds) => {
    if (bounds) map?.fitBounds(bounds, { padding: 40 });
    if (site) select(site.properties.id);
  });

  // Controls that need script are not shown in the no-JS page (.needs-js), which shows the list alone.
  // Text typed before the explorer was ready counts; a shared link's `?q=` fills the box otherwise (writeForm).
  state = withTypedQuery(state, find?.value);
  writeForm();
  visible = filterSites(all, state);
  updateList();
  renderPanel();

  return {
    state,
    initialView: () => initialView(state, visible, partnershipBounds),
    visibleSites: () => visible,
    refreshList: updateList,
    select,
    showMany,
    showLine,
    attach(m: MapLibreMap) {
      map = m;
      m.on('load', () => apply('none'));
      m.on('moveend', () => {
        const c = m.getCenter();
        state = withView(state, [c.lng, c.lat], m.getZoom());
        history.replaceState(null, '', stateUrl(window.location.pathname, state));
        updateList();
      });
    },
  };
}
