/**
 * The full map page's controls: layers, filters, the synchronised list, the detail panel,
 * "near me" and the URL. Every rule lives in state.ts and filter.ts; this file wires the DOM.
 */

import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { km } from '../../geo/distance.ts';
import { navigationLinks } from '../../geo/navigate.ts';
import { pageLocale, ui } from '../../i18n/client.ts';
import { entryPagePath } from '../../pack/urls.ts';
import { addToPlanButton } from '../../routes/client/add.ts';
import { filterSites, inView } from '../filter.ts';
import { stackSites } from '../stack.ts';
import { type Known, LAYERS, type LayerName, type MapState, parseState, serializeState, withChosenLayers } from '../state.ts';
import { LAYER_GROUPS, SMALL_AREAS } from '../style.ts';
import type { SiteFeature } from '../types.ts';
import { filterView } from '../view.ts';
import type { ClientConfig } from './controller.ts';
import { fillRegionOptions } from './region-options.ts';
import { markSelected } from './selected.ts';
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
  const lines = config.transit ?? [];
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
  const viewOfFilters = () =>
    filterView(
      state,
      visible.map((s) => s.geometry.coordinates),
      config.partnershipBounds ?? {},
    );

  const writeForm = () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="layer"]')) input.checked = state.layers.includes(input.value as LayerName);
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) input.checked = state.kinds.includes(input.value);
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
  const readForm = (): MapState => {
    const data = new FormData(form);
    const str = (k: string) => (data.get(k) as string) || undefined;
    return {
      ...state,
      layers: (data.getAll('layer') as string[]).filter((l): l is LayerName => (LAYERS as readonly string[]).includes(l)),
      kinds: data.getAll('kind') as string[],
      region: str('region'),
      band: str('band'),
      partnership: str('p'),
    };
  };

  const updateList = () => {
    const bounds = map?.getBounds().toArray().flat() as [number, number, number, number] | undefined;
    const limitToView = Boolean(inViewOnly?.checked && bounds && map?.loaded());
    const shown = new Set(visible.filter((s) => !limitToView || inView(s, bounds as [number, number, number, number])).map((s) => s.properties.id));
    // The rows drawn so far (site-list.ts draws a long list in slices and calls refreshList after each).
    for (const li of list.querySelectorAll<HTMLLIElement>('li[data-site-id]')) li.hidden = !shown.has(li.dataset.siteId as string);
    count.textContent = ui.map.count(shown.size, all.length);
    const empty = $<HTMLElement>('#site-list-empty');
    if (empty) empty.hidden = shown.size > 0;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) {
      const n = filterSites(all, { ...state, kinds: [input.value] }).length;
      const badge = form.querySelector<HTMLElement>(`[data-kind-count="${input.value}"]`);
      if (badge) badge.textContent = String(n);
    }
    if (restriction) restriction.hidden = state.sites.length === 0;
    if (findStatus) findStatus.textContent = state.q ? ui.map.found(shown.size) : '';
  };

  const applyLayers = () => {
    if (!map) return;
    for (const group of LAYERS) {
      for (const id of LAYER_GROUPS[group]) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', state.layers.includes(group) ? 'visible' : 'none');
    }
    const only = (layers: string[], key: string, value: string | undefined) => {
      for (const id of layers)
        if (map?.getLayer(id))
          map.setFilter(
            id,
            value ? ['all', ['==', ['get', 'overlay'], overlayOf(id)], ['==', ['get', key], value]] : ['==', ['get', 'overlay'], overlayOf(id)],
          );
    };
    only(['belt-band', 'belt-member'], 'band', state.band);
    only(['partnership-member', 'partnership-label'], 'entry', state.partnership ? `partnerships/${state.partnership}` : undefined);
    if (map.getLayer('partnership-link'))
      map.setFilter('partnership-link', [
        'all',
        ['==', ['get', 'overlay'], 'partnership-link'],
        state.partnership ? ['==', ['get', 'entry'], `partnerships/${state.partnership}`] : true,
      ]);
    for (const id of ['partnership-area', 'partnership-outline']) {
      map.setFilter(id, [
        'all',
        ['==', ['get', 'overlay'], 'partnership-area'],
        state.partnership ? ['==', ['get', 'entry'], `partnerships/${state.partnership}`] : SMALL_AREAS,
      ]);
    }
  };

  const apply = (how: 'push' | 'replace' | 'none') => {
    visible = filterSites(all, state);
    (map?.getSource('sites') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: stackSites(visible) });
    applyLayers();
    if (map) markSelected(map, state.site ? byId.get(state.site) : undefined);
    updateList();
    renderPanel();
    const url = `${window.location.pathname}${serializeState(state)}`;
    if (how === 'push' && url !== `${window.location.pathname}${window.location.search}`) history.pushState(null, '', url);
    if (how === 'replace') history.replaceState(null, '', url);
  };

  /** The panel shows what the state opens: a site, else a bus line (`?line=`), else nothing. */
  let shown: string | undefined;
  const renderPanel = () => {
    const site = state.site ? byId.get(state.site) : undefined;
    const line = site ? undefined : lines.find((l) => l.id === state.line);
    highlightLine(map, line?.id);
    const key = site ? `site:${site.properties.id}` : line ? `line:${line.id}` : undefined;
    // Unchanged, it stays as it is (focus inside it included); so does a stack's list until something else is chosen.
    if (key === shown) return;
    shown = key;
    detail.hidden = !key;
    detail.replaceChildren();
    if (site) renderSite(site);
    if (line) {
      detail.replaceChildren(closeButton(), ...linePanel(line, (id) => byId.get(id)?.properties.title));
      opened();
    }
  };

  const renderSite = (site: SiteFeature) => {
    const p = site.properties;
    const h = el('h2', p.title);
    h.tabIndex = -1;
    h.id = 'site-detail-title';
    const close = closeButton();
    const kind = ui.siteKinds[p.kind as keyof typeof ui.siteKinds] ?? p.kind;
    const meta = el('p', `${kind} · ${p.regions.join(' ⇄ ')}${p.approximate ? ` · ${ui.map.approximate}` : ''}`);
    meta.className = 'meta';
    const links = el('ul');
    links.className = 'detail-links';
    links.append(li(link(entryPagePath('sites', p.id, pageLocale()), ui.map.openPage)));
    // "加入我的行程": the plan kept on this device (src/routes/client/add.ts); its status says how many stops it has.
    const R = ui.routes;
    links.append(li(addToPlanButton(p.id, R.addToPlan, { added: R.added, present: R.present, full: R.full, view: R.viewPlan })));
    const routes = p.routes.split('|').filter(Boolean);
    const extra: HTMLElement[] = [];
    if (routes.length) {
      extra.push(el('h3', ui.map.routesThrough));
      const ul = el('ul');
      for (const r of routes) ul.append(li(link(entryPagePath('routes', r, pageLocale()), config.routes[r] ?? r)));
      extra.push(ul);
    }
    const [lon, lat] = site.geometry.coordinates as [number, number];
    extra.push(el('h3', ui.map.navigate));
    const nav = el('ul');
    nav.className = 'inline-list';
    for (const n of navigationLinks({ lon, lat, name: p.title })) nav.append(li(link(n.href, ui.apps[n.app], true)));
    extra.push(nav);
    const summary = el('p', p.summary);
    // The map data are the pack's Chinese text; on English pages they say so, for screen readers.
    if (pageLocale() !== 'zh-CN') for (const e of [h, summary]) e.lang = 'zh-CN';
    detail.append(close, h, meta, summary, links, ...extra);
    opened();
  };
  /** Tells the page (the phone's sheet) that the panel holds something new to show. */
  const opened = () => page.dispatchEvent(new CustomEvent('map:detail'));

  const closeButton = () => {
    const close = el('button', ui.map.close);
    close.type = 'button';
    close.className = 'detail-close';
    close.addEventListener('click', () => closeDetail());
    return close;
  };
  /** Remembers what opened the panel, unless the panel itself did (a site picked from its list). */
  const noteOpener = () => {
    const active = document.activeElement as HTMLElement | null;
    if (active && active !== document.body && !detail.contains(active)) opener = active;
    else if (!opener?.isConnected) opener = map?.getCanvas();
  };
  const closeDetail = () => {
    if (state.site || state.line) {
      state = { ...state, site: undefined, line: undefined };
      apply('push');
    }
    shown = undefined;
    detail.hidden = true;
    detail.replaceChildren();
    const back = opener?.isConnected && opener.offsetParent !== null ? opener : map?.getCanvas();
    opener = undefined;
    back?.focus();
  };

  const showLine = (id: string) => {
    if (!known.lines.has(id)) return;
    noteOpener();
    state = { ...state, site: undefined, line: id };
    apply('push');
    detail.querySelector<HTMLElement>('h2')?.focus();
  };

  const showMany = (sites: SiteFeature[]) => {
    noteOpener();
    if (state.site || state.line) {
      state = { ...state, site: undefined, line: undefined };
      apply('push');
    }
    detail.hidden = false;
    detail.replaceChildren();
    const h = el('h2', ui.map.sameSpot(sites.length));
    h.tabIndex = -1;
    const ul = el('ul');
    for (const s of sites) {
      const b = el('button', s.properties.title);
      b.type = 'button';
      b.addEventListener('click', () => select(s.properties.id, { fly: false }));
      ul.append(li(b));
    }
    detail.append(closeButton(), h, ul);
    opened();
    h.focus();
  };

  const select = (id: string | undefined, opts: { fly?: boolean } = {}) => {
    if (id) noteOpener();
    state = { ...state, site: id, line: undefined };
    apply('push');
    const site = id ? byId.get(id) : undefined;
    if (site && map && opts.fly !== false) map.flyTo({ center: site.geometry.coordinates as [number, number], zoom: Math.max(map.getZoom(), 13) });
    if (site) document.getElementById('site-detail-title')?.focus();
  };

  form.addEventListener('change', (e) => {
    const prev = state;
    state = withChosenLayers(prev, { ...readForm(), site: state.site });
    if (state.layers !== prev.layers) writeForm();
    apply('push');
    // A filter moves the view to what it selects; a layer switch leaves the view alone.
    if ((e.target as HTMLInputElement | null)?.name !== 'layer') {
      const b = viewOfFilters();
      if (b && map) map.fitBounds(b, { padding: 48, maxZoom: 13 });
    }
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
      state = { ...state, kinds: [], region: undefined, band: undefined, partnership: undefined, sites: [] };
      writeForm();
      apply('push');
    });
  });
  inViewOnly?.addEventListener('change', updateList);
  let typing: number | undefined;
  const runFind = () => {
    window.clearTimeout(typing);
    const q = find?.value.trim() || undefined;
    if (q === state.q) return;
    state = { ...state, q };
    apply('replace');
    // A found site is where the reader wants to look: the map frames what the text keeps.
    const b = q && visible.length ? viewOfFilters() : undefined;
    if (b && map) map.fitBounds(b, { padding: 48, maxZoom: 13 });
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
    state = { ...state, sites: [] };
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
  // Text typed before the explorer was ready counts; a shared link's `?q=` fills the box otherwise.
  if (find?.value.trim() && !state.q) state = { ...state, q: find.value.trim() };
  writeForm();
  visible = filterSites(all, state);
  updateList();
  renderPanel();

  return {
    state,
    initialView: () => {
      if (state.center && state.zoom !== undefined) return { center: state.center, zoom: state.zoom };
      // A shared link with a filter (`?p=tongwulang`) opens on what it selects, not on the pack's core.
      const bounds = viewOfFilters();
      return bounds ? { bounds } : undefined;
    },
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
        state = { ...state, center: [c.lng, c.lat], zoom: m.getZoom() };
        history.replaceState(null, '', `${window.location.pathname}${serializeState(state)}`);
        updateList();
      });
    },
  };
}

function overlayOf(layerId: string): string {
  return layerId.startsWith('belt-') ? layerId : 'partnership-member';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}
function li(child: Node): HTMLLIElement {
  const node = el('li');
  node.append(child);
  return node;
}
function link(href: string, text: string, external = false): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  if (external) a.rel = 'external noopener';
  return a;
}

/** "Near me" only on a click; the position is used in this page and goes nowhere. */
function setupNearMe(page: HTMLElement, sites: SiteFeature[], go: (site?: SiteFeature, bounds?: [number, number, number, number]) => void) {
  const button = page.querySelector<HTMLButtonElement>('#near-me');
  const status = page.querySelector<HTMLElement>('#near-status');
  const district = page.querySelector<HTMLSelectElement>('#district');
  district?.addEventListener('change', () => {
    const key = district.value;
    const inside = sites.filter((s) => s.properties.regionKeys.includes(`|${key}|`));
    if (!inside.length) return;
    const xs = inside.map((s) => s.geometry.coordinates[0] as number);
    const ys = inside.map((s) => s.geometry.coordinates[1] as number);
    go(undefined, [Math.min(...xs) - 0.01, Math.min(...ys) - 0.01, Math.max(...xs) + 0.01, Math.max(...ys) + 0.01]);
  });
  if (!button || !status) return;
  button.hidden = !('geolocation' in navigator);
  button.addEventListener('click', () => {
    status.textContent = ui.map.locating;
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const here: [number, number] = [pos.coords.longitude, pos.coords.latitude];
        let best: SiteFeature | undefined;
        let bestKm = Number.POSITIVE_INFINITY;
        for (const s of sites) {
          const d = km(here, s.geometry.coordinates as [number, number]);
          if (d < bestKm) {
            bestKm = d;
            best = s;
          }
        }
        status.textContent = best ? ui.map.nearest(bestKm.toFixed(1)) : '';
        go(best);
      },
      () => {
        status.textContent = ui.map.locateFailed;
        district?.focus();
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  });
}
