/**
 * The full map's detail panel for a site (its kind and places, its page, "加入我的行程", the routes through it,
 * the way there) and for several sites at one spot. Renders only; the explorer decides when.
 */
import { navigationLinks } from '../../geo/navigate.ts';
import { pageLocale, ui } from '../../i18n/client.ts';
import { entryPagePath } from '../../pack/urls.ts';
import { addToPlanButton } from '../../routes/client/add.ts';
import type { SiteDetails } from '../site-details.ts';
import type { SiteFeature } from '../types.ts';

/**
 * A site's panel, below the close button; `routeTitles` names the routes by id. Its summary and the way in (address,
 * opening hours, booking) come from `details`, a file of their own, and take their place below the kind once there.
 */
export function sitePanel(site: SiteFeature, routeTitles: Readonly<Record<string, string>>, details: Promise<SiteDetails | undefined>): HTMLElement[] {
  const p = site.properties;
  const h = el('h2', p.title);
  h.tabIndex = -1;
  h.id = 'site-detail-title';
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
    for (const r of routes) ul.append(li(link(entryPagePath('routes', r, pageLocale()), routeTitles[r] ?? r)));
    extra.push(ul);
  }
  const [lon, lat] = site.geometry.coordinates as [number, number];
  extra.push(el('h3', ui.map.navigate));
  const nav = el('ul');
  nav.className = 'inline-list';
  for (const n of navigationLinks({ lon, lat, name: p.title })) nav.append(li(link(n.href, ui.apps[n.app], true)));
  extra.push(nav);
  const summary = el('p', '');
  summary.className = 'detail-summary';
  summary.hidden = true;
  // The map data are the pack's Chinese text; on English pages they say so, for screen readers.
  const zh = (...els: Element[]) => {
    if (pageLocale() !== 'zh-CN') for (const e of els) e.setAttribute('lang', 'zh-CN');
  };
  zh(h);
  // Without them (the file failed, or is not saved offline) the panel still names the site and links its page.
  details.then(
    (d) => {
      if (!d) return;
      summary.textContent = d.summary;
      summary.hidden = false;
      const visit = visitFacts(d);
      if (visit.childElementCount) summary.after(visit);
      zh(summary, ...visit.querySelectorAll('dd'));
    },
    () => undefined,
  );
  return [h, meta, summary, links, ...extra];
}

/** Address, opening hours and booking, where the pack gives them; nothing at all where it gives none. */
function visitFacts(d: SiteDetails): HTMLDListElement {
  const dl = el('dl');
  dl.className = 'facts detail-visit';
  for (const field of ['address', 'opening', 'booking'] as const) {
    const value = d[field];
    if (value) dl.append(el('dt', ui.fields[field]), el('dd', value));
  }
  return dl;
}

/** The panel of sites at one spot, below the close button: a heading and one button per site, which calls `pick`. */
export function stackPanel(sites: readonly SiteFeature[], pick: (id: string) => void): { heading: HTMLHeadingElement; nodes: HTMLElement[] } {
  const h = el('h2', ui.map.sameSpot(sites.length));
  h.tabIndex = -1;
  const ul = el('ul');
  for (const s of sites) {
    const b = el('button', s.properties.title);
    b.type = 'button';
    b.addEventListener('click', () => pick(s.properties.id));
    ul.append(li(b));
  }
  return { heading: h, nodes: [h, ul] };
}

/** The panel's close button, first in every panel. */
export function closeButton(close: () => void): HTMLButtonElement {
  const b = el('button', ui.map.close);
  b.type = 'button';
  b.className = 'detail-close';
  b.addEventListener('click', () => close());
  return b;
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
