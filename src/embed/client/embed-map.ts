/**
 * The widget's side of a map inside someone else's page: parameters from the URL (checked by
 * params.ts), a small card for the picked site, the optional list, legend and search, the
 * "open the full map" link carrying the same state, and the postMessage protocol (messages.ts).
 */

import type { Map as MapLibreMap } from 'maplibre-gl';
import { pageLocale, ui } from '../../i18n/client.ts';
import type { MapController } from '../../map/client/controller.ts';
import { markSelected } from '../../map/client/selected.ts';
import { filterSites } from '../../map/filter.ts';
import { siteFocusBounds } from '../../map/focus.ts';
import { stackSites } from '../../map/stack.ts';
import { serializeState } from '../../map/state.ts';
import type { SiteFeature } from '../../map/types.ts';
import { entryPagePath } from '../../pack/urls.ts';
import { sitePath } from '../../site/paths.ts';
import { widgetEntryId } from '../kinds.ts';
import { outgoing, parseIncoming } from '../messages.ts';
import { parseEmbedParams, plainText } from '../params.ts';
import { fitBounds, fullMapState, heightChanged, knownFromSites, matchesTitle, openingView, widgetFilters, widgetLayers } from '../widget-state.ts';

export async function createEmbed(el: HTMLElement, sitesPromise: Promise<{ features: SiteFeature[] }>): Promise<MapController> {
  const root = el.closest<HTMLElement>('[data-embed-root]') ?? document.body;
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const all = (await sitesPromise).features;
  const byId = new Map(all.map((s) => [s.properties.id, s]));
  const known = knownFromSites(all);
  const { params, ignored } = parseEmbedParams(window.location.search, known);
  let focus = el.dataset.focus;
  // The one page of every site's widget: the site its address names (site-widget.ts), if the pack has it.
  const siteWidget = el.dataset.focusFrom === 'sites';
  const focused = siteWidget && focus ? byId.get(focus.slice('sites/'.length)) : undefined;
  let missing: string | undefined;
  if (siteWidget && !focused) {
    const asked = widgetEntryId('site', window.location.pathname, window.location.search);
    delete el.dataset.focus;
    focus = undefined;
    missing = asked ? ui.embed.noSuchSite(plainText(asked, 40)) : ui.embed.noSite;
  }
  if (focused) nameWidget(el, shownTitle(focused));

  const notice = $('[data-embed-notice]');
  const notes = [ignored.length ? ui.embed.ignored(ignored.join('、')) : undefined, missing].filter(Boolean);
  if (notice && notes.length) {
    notice.textContent = notes.join(' ');
    notice.hidden = false;
  }
  const title = $('[data-embed-title]');
  if (title && params.title) {
    title.textContent = params.title;
    title.hidden = false;
  }
  if (params.accent) root.style.setProperty('--accent', params.accent);
  // With a height (the loader always gives one) the map has that height and the frame grows with
  // what is below it; without, the map fills the frame the host page sized.
  if (params.height) el.style.height = `${params.height}px`;

  const layers = widgetLayers(params, focus);
  const filters = widgetFilters(params);
  let query = '';
  let visible = filterSites(all, filters);
  let selected = params.site;
  let map: MapLibreMap | undefined;

  const fullLink = $<HTMLAnchorElement>('[data-embed-full]');
  const updateFullLink = () => {
    if (!fullLink) return;
    const c = map?.getCenter();
    const view = { center: c ? ([c.lng, c.lat] as [number, number]) : params.center, zoom: map?.getZoom() ?? params.zoom };
    fullLink.href = `${sitePath('map/', pageLocale())}${serializeState(fullMapState(layers, filters, selected, view))}`;
  };

  const post = (message: Parameters<typeof outgoing>[0]) => {
    if (window.parent !== window) window.parent.postMessage(outgoing(message), '*');
  };
  const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

  const card = $('[data-embed-card]');
  const renderCard = () => {
    if (!card) return;
    const site = selected ? byId.get(selected) : undefined;
    card.replaceChildren();
    card.hidden = !site;
    if (!site) return;
    const h = document.createElement('h2');
    h.textContent = shownTitle(site);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = `${ui.siteKinds[site.properties.kind as keyof typeof ui.siteKinds] ?? ''} · ${site.properties.regions.join(' ⇄ ')}`;
    const a = document.createElement('a');
    a.href = entryPagePath('sites', site.properties.id, pageLocale());
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = ui.map.openPage;
    card.append(h, meta, a);
  };

  const list = $<HTMLOListElement>('[data-embed-list]');
  const renderList = () => {
    if (!list || !params.list) return;
    list.hidden = false;
    list.replaceChildren(
      ...visible.map((s) => {
        const li = document.createElement('li');
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'link-button';
        b.textContent = shownTitle(s);
        b.addEventListener('click', () => select(s.properties.id));
        li.append(b);
        return li;
      }),
    );
  };
  const legend = $('[data-embed-legend]');
  if (legend && params.legend) legend.hidden = false;
  const search = $<HTMLInputElement>('[data-embed-search]');
  if (search && params.search) {
    search.closest<HTMLElement>('label')?.removeAttribute('hidden');
    search.addEventListener('input', () => {
      query = search.value.trim();
      apply();
    });
  }

  const apply = () => {
    visible = filterSites(all, filters).filter((s) => matchesTitle(s, query));
    (map?.getSource('sites') as { setData?(d: unknown): void } | undefined)?.setData?.({ type: 'FeatureCollection', features: stackSites(visible) });
    renderList();
    updateFullLink();
  };

  const select = (id: string | undefined, opts: { fly?: boolean } = {}) => {
    selected = id;
    if (map) markSelected(map, id ? byId.get(id) : undefined);
    renderCard();
    updateFullLink();
    const site = id ? byId.get(id) : undefined;
    if (site) {
      if (map && opts.fly !== false) map.flyTo({ center: site.geometry.coordinates as [number, number], zoom: Math.max(map.getZoom(), 12) });
      post({ type: 'site-selected', site: { id: site.properties.id, title: site.properties.title } });
    }
  };

  window.addEventListener('message', (e) => {
    if (e.source !== window.parent || window.parent === window) return;
    const m = parseIncoming(e.data, known.sites);
    if (m?.type === 'select-site') select(m.id);
    if (m?.type === 'set-view') map?.jumpTo({ center: m.center, zoom: m.zoom });
  });

  renderList();
  renderCard();
  updateFullLink();

  return {
    state: { layers },
    initialView: () => openingView(params) ?? (focused ? { bounds: siteFocusBounds(focused) } : undefined),
    visibleSites: () => visible,
    select,
    showMany(sites) {
      if (!card) return;
      card.hidden = false;
      const h = document.createElement('h2');
      h.textContent = ui.map.sameSpot(sites.length);
      const ul = document.createElement('ul');
      for (const s of sites) {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'link-button';
        b.textContent = shownTitle(s);
        b.addEventListener('click', () => select(s.properties.id, { fly: false }));
        const li = document.createElement('li');
        li.append(b);
        ul.append(li);
      }
      card.replaceChildren(h, ul);
    },
    attach(m) {
      map = m;
      m.on('load', () => {
        if (selected) markSelected(m, byId.get(selected));
        const bounds = fitBounds(params, filters, visible);
        if (bounds) m.fitBounds(bounds, { padding: 30, maxZoom: 13, duration: 0 });
        m.once('idle', () => post({ type: 'ready', height: height() }));
      });
      m.on('moveend', updateFullLink);
      let last = 0;
      new ResizeObserver(() => {
        const h = height();
        if (heightChanged(last, h)) {
          last = h;
          post({ type: 'resize', height: h });
        }
      }).observe(document.documentElement);
    },
  };
}

/** A site widget is named for its site, as its own page was: the page title, the hidden heading, the map region. */
function nameWidget(el: HTMLElement, title: string): void {
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = title;
  const rest = document.title.split(' · ').slice(1);
  document.title = [title, ...rest].join(' · ');
  el.setAttribute('aria-label', title);
  el.querySelector('img.map-overview')?.setAttribute('alt', ui.map.overviewAlt(title));
}

/** A site's name in the widget's language: its English title on an English widget where the pack gives one. */
function shownTitle(site: SiteFeature): string {
  return (pageLocale() === 'en' && site.properties.titleEn) || site.properties.title;
}
