/**
 * The /map/ list, drawn in the browser from /map/sites.geojson rather than written into the page: at 10,000 sites
 * the list alone made the page half a megabyte. Sorted by title as the pinyin-aware Chinese collation has it; each
 * entry links to the site's page and has the "在地图上查看" button the explorer listens to.
 */
import { pageLocale, ui } from '../../i18n/client.ts';
import { entryPagePath } from '../../pack/urls.ts';
import type { SiteFeature } from '../types.ts';

/** Rows drawn at once; the rest follow in slices between frames, so a pack of thousands never blocks a tap. */
const FIRST = 60;
const SLICE = 250;
const collator = new Intl.Collator('zh-CN');

/** Draws the list; `drawn` runs after each slice, so the explorer can apply its filters to the new rows. */
export function renderSiteList(list: HTMLOListElement, sites: readonly SiteFeature[], drawn: () => void = () => undefined): void {
  const locale = pageLocale();
  const english = locale === 'en';
  const zh = english ? 'zh-CN' : undefined;
  const sorted = [...sites].sort((a, b) => collator.compare(a.properties.title, b.properties.title));
  const row = (s: SiteFeature) => {
    const p = s.properties;
    const title = english && p.titleEn ? p.titleEn : p.title;
    const titleLang = english && !p.titleEn ? zh : undefined;
    const li = document.createElement('li');
    li.dataset.siteId = p.id;
    li.dataset.kind = p.kind;
    const a = document.createElement('a');
    a.href = entryPagePath('sites', p.id, locale);
    a.textContent = title;
    if (titleLang) a.lang = titleLang;
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.append(`${ui.siteKinds[p.kind as keyof typeof ui.siteKinds] ?? p.kind} · `);
    const regions = document.createElement('span');
    if (zh) regions.lang = zh;
    regions.textContent = p.regions.join(' ⇄ ');
    meta.append(regions);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.dataset.select = p.id;
    button.textContent = ui.map.showOnMap;
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.append(ui.punct.colon);
    const inner = document.createElement('span');
    if (titleLang) inner.lang = titleLang;
    inner.textContent = title;
    name.append(inner);
    button.append(name);
    li.append(a, meta, button);
    return li;
  };
  list.replaceChildren(...sorted.slice(0, FIRST).map(row));
  drawn();
  const more = (from: number) => {
    if (from >= sorted.length) return;
    list.append(...sorted.slice(from, from + SLICE).map(row));
    drawn();
    setTimeout(() => more(from + SLICE));
  };
  setTimeout(() => more(FIRST));
}
