/**
 * Bus lines on the full map: the "公交线路" buttons in the side panel (the way in without a
 * pointer), the line's panel with its stops, and the line drawn wider while it is open.
 * Renders only; the explorer decides when.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { pageLocale, ui } from '../../i18n/client.ts';
import { entryPagePath } from '../../pack/urls.ts';
import type { TransitLine } from '../types.ts';

/** Fills the side panel's list of lines; a click on one calls `open` with its id. */
export function renderLineButtons(box: HTMLElement | null, lines: readonly TransitLine[], open: (id: string) => void): void {
  if (!box || !lines.length) return;
  const ul = document.createElement('ul');
  ul.className = 'transit-lines';
  for (const line of lines) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'link-button';
    b.dataset.transit = line.id;
    b.append(swatch(line.colour), document.createTextNode(line.title));
    b.addEventListener('click', () => open(line.id));
    const li = document.createElement('li');
    li.append(b);
    ul.append(li);
  }
  box.append(ul);
  box.hidden = false;
}

/** The line's panel: its name in its colour, whether the drawing is schematic, its stops in order. */
export function linePanel(line: TransitLine, siteTitle: (id: string) => string | undefined): HTMLElement[] {
  const h = document.createElement('h2');
  h.id = 'site-detail-title';
  h.tabIndex = -1;
  h.append(swatch(line.colour), document.createTextNode(line.title));
  const out: HTMLElement[] = [h];
  if (line.schematic) {
    const note = document.createElement('p');
    note.className = 'meta';
    note.textContent = ui.map.transitSchematic;
    out.push(note);
  }
  const heading = document.createElement('h3');
  heading.textContent = ui.map.transitStops;
  const ol = document.createElement('ol');
  ol.className = 'transit-stops';
  for (const stop of line.stops) {
    const li = document.createElement('li');
    const name = stop.site ? (siteTitle(stop.site) ?? stop.name) : stop.name;
    if (stop.site) {
      const a = document.createElement('a');
      a.href = entryPagePath('sites', stop.site, pageLocale());
      a.textContent = name ?? stop.site;
      if (pageLocale() !== 'zh-CN') a.lang = 'zh-CN';
      li.append(a);
    } else {
      const span = document.createElement('span');
      span.textContent = name ?? ui.map.stopUnnamed;
      if (name && pageLocale() !== 'zh-CN') span.lang = 'zh-CN';
      else span.className = 'muted';
      li.append(span);
    }
    // The side is a place name from the pack: Chinese on English pages too, and marked so.
    const side = document.createElement('span');
    side.textContent = stop.side;
    if (pageLocale() !== 'zh-CN') side.lang = 'zh-CN';
    li.append(document.createTextNode(' · '), side);
    ol.append(li);
  }
  const link = document.createElement('a');
  link.href = entryPagePath('transit', line.id, pageLocale());
  link.textContent = ui.map.transitOpen;
  const p = document.createElement('p');
  p.append(link);
  out.push(heading, ol, p);
  return out;
}

/** Draws the open line wider than the others; none open, all alike. */
export function highlightLine(map: MapLibreMap | undefined, id: string | undefined): void {
  if (!map?.getLayer('transit-line')) return;
  map.setPaintProperty('transit-line', 'line-width', id ? ['case', ['==', ['get', 'entry'], `transit/${id}`], 6.5, 3.5] : 3.5);
}

function swatch(colour: string): HTMLElement {
  const s = document.createElement('span');
  s.className = 'line-swatch';
  s.style.background = colour;
  s.setAttribute('aria-hidden', 'true');
  return s;
}
