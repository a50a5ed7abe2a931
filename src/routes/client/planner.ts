/**
 * The planner island (/plan/): binds planner-state.ts to the page. Each control turns into one action; after
 * it the page is drawn from the new state with the same pure modules as the curated route pages (render.ts,
 * sketch.ts, export.ts), the plan written to the URL and local storage, and the live region told what changed.
 * Reordering by drag (drag-order.ts, pointer events so touch works) and by keyboard (buttons, arrow keys on
 * the handle).
 */

import { pageLocale, ui } from '../../i18n/client.ts';
import { CLEARED_EVENT } from '../../offline/client/clear-data.ts';
import { entryPagePath } from '../../pack/urls.ts';
import { escapeMarkup as esc } from '../../security/escape.ts';
import { sitePath } from '../../site/paths.ts';
import { EXPORT_TYPES, type ExportFormat, exportFile, itineraryExport } from '../export.ts';
import { clock } from '../format.ts';
import { planFeatures } from '../itinerary-geojson.ts';
import { HERE } from '../plan-url.ts';
import {
  initialPlanner,
  type PlannerAction,
  type PlannerState,
  plannerButtons,
  plannerContext,
  plannerItinerary,
  plannerStep,
  plannerWords,
  planQuery,
  settingsValues,
} from '../planner-state.ts';
import { qrSvg } from '../qr.ts';
import { itineraryRenderer } from '../render.ts';
import { itinerarySvg } from '../sketch.ts';
import { loadStored, store } from '../storage.ts';
import type { Itinerary, LonLat, PlanData } from '../types.ts';
import { setupDrag } from './drag-order.ts';
import type { PlanMapElement } from './plan-map.ts';
import { fillQrCodes, setupShare } from './share.ts';

const P = ui.plan;
const R = ui.routes;
const locale = pageLocale();
const { itineraryListHtml, qrPlaceholder, summaryHtml } = itineraryRenderer(ui);
const words = plannerWords(ui);
const name = words.siteName;

export async function startPlanner(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-planner]');
  if (!root) return;
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel) as T;
  let data: PlanData;
  try {
    data = (await (await fetch(sitePath('plan/data.json'))).json()) as PlanData;
  } catch {
    return; // The page keeps saying the planner cannot run.
  }
  const ctx = plannerContext(data);
  const start = initialPlanner(window.location.search, loadStored(), ctx);
  let state: PlannerState = start.state;

  const list = q<HTMLOListElement>('[data-plan-stops]');
  const settings = q<HTMLFormElement>('[data-plan-settings]');
  const live = q<HTMLElement>('[data-plan-live]');
  const orderResult = q<HTMLElement>('[data-plan-order-result]');
  const undoButton = q<HTMLButtonElement>('[data-plan-undo]');
  const optimiseButton = q<HTMLButtonElement>('[data-plan-optimise]');
  const siteSelect = q<HTMLSelectElement>('#plan-site');
  const mapEl = root.querySelector<PlanMapElement>('[data-map="plan"]');
  const share = setupShare(q<HTMLElement>('[data-share]'));
  let optionsFor = '';
  // The order note is written only when it is a new one: a status region reads out every write.
  let orderShown = state.order;

  const say = (text: string) => {
    live.textContent = '';
    // A fresh text node, so the same words twice are announced twice.
    window.setTimeout(() => {
      live.textContent = text;
    }, 50);
  };

  const renderStops = (it: Itinerary) => {
    list.innerHTML = it.stops
      .map((s) => {
        const t = esc(name(s.site));
        return (
          `<li class="plan-stop" data-id="${esc(s.site.id)}">` +
          `<button type="button" class="plan-handle" data-handle aria-label="${esc(P.handle(name(s.site)))}" aria-describedby="plan-reorder-hint">⠿</button>` +
          `<span class="stop-num" aria-hidden="true">${s.order}</span>` +
          `<a class="plan-stop-title" href="${esc(entryPagePath('sites', s.site.id, locale))}">${t}</a>` +
          `<label class="plan-stay">${esc(P.stay)} <input type="number" min="0" max="600" step="5" inputmode="numeric" value="${s.minutes}" data-stay aria-label="${esc(P.stayLabel(name(s.site)))}"> ${esc(P.minutes)}</label>` +
          `<span class="plan-stop-buttons">` +
          `<button type="button" data-action="up" aria-label="${esc(`${P.up}${ui.punct.colon}${name(s.site)}`)}"${s.order === 1 ? ' disabled' : ''}>${esc(P.up)}</button>` +
          `<button type="button" data-action="down" aria-label="${esc(`${P.down}${ui.punct.colon}${name(s.site)}`)}"${s.order === it.stops.length ? ' disabled' : ''}>${esc(P.down)}</button>` +
          `<button type="button" data-action="remove" aria-label="${esc(`${P.remove}${ui.punct.colon}${name(s.site)}`)}">${esc(P.remove)}</button>` +
          `</span></li>`
        );
      })
      .join('');
    q<HTMLElement>('[data-plan-empty]').hidden = it.stops.length > 0;
  };

  const renderSettings = () => {
    const v = settingsValues(state);
    const f = settings.elements;
    for (const r of settings.querySelectorAll<HTMLInputElement>('input[name="m"]')) r.checked = r.value === v.mode;
    (f.namedItem('t') as HTMLInputElement).value = v.time;
    (f.namedItem('d') as HTMLInputElement).value = v.date;
    for (const r of settings.querySelectorAll<HTMLInputElement>('input[name="b"]')) r.checked = r.value === v.budget;
    const hours = f.namedItem('hours') as HTMLInputElement;
    if (v.hours !== undefined) hours.value = v.hours;
    hours.disabled = v.budget !== 'custom';
    // The start and end choices follow the stops; rebuilt only when those change, so focus stays.
    const from = f.namedItem('from') as HTMLSelectElement;
    const to = f.namedItem('to') as HTMLSelectElement;
    if (v.stops.join(',') !== optionsFor) {
      optionsFor = v.stops.join(',');
      const options = v.stops.map((id) => `<option value="${esc(id)}">${esc(name(ctx.site(id)))}</option>`).join('');
      from.innerHTML = `<option value="">${esc(P.fromFirst)}</option><option value="${HERE}">${esc(P.fromHere)}</option>${options}`;
      to.innerHTML = `<option value="">${esc(P.toNone)}</option>${options}`;
    }
    from.value = v.from;
    to.value = v.to;
  };

  const renderItinerary = (it: Itinerary) => {
    const has = it.stops.length > 0;
    q<HTMLElement>('[data-plan-summary]').innerHTML = has ? summaryHtml(it) : '';
    const stops = q<HTMLElement>('[data-plan-itinerary]');
    stops.innerHTML = has ? itineraryListHtml(it, { qr: qrPlaceholder, idPrefix: 'plan-stop' }) : `<p>${esc(P.empty)}</p>`;
    fillQrCodes(stops);
    q<HTMLElement>('[data-plan-sketch]').innerHTML = has
      ? itinerarySvg(it, {
          width: 640,
          height: 420,
          title: `${P.sketch}${ui.punct.colon}${P.planTitle(it.stops.length)}`,
          border: data.border,
          outlines: data.outlines,
        })
      : '';
    q<HTMLElement>('[data-plan-date]').textContent = state.plan.date ?? '';
    q<HTMLElement>('[data-plan-start]').textContent = clock(state.plan.start, locale);
    if (mapEl) {
      mapEl.planFeatures = planFeatures(it);
      mapEl.dispatchEvent(new Event('plan:change'));
    }
  };

  const renderOrder = () => {
    if (state.order !== orderShown) {
      orderShown = state.order;
      orderResult.textContent = words.order(state);
    }
    undoButton.hidden = !plannerButtons(state).canUndo;
  };

  const render = (focus?: { id: string; sel: string }) => {
    const query = planQuery(state);
    history.replaceState(history.state, '', `${window.location.pathname}${query.url}`);
    store(query.stored);
    const it = plannerItinerary(state, ctx);
    renderStops(it);
    renderSettings();
    renderItinerary(it);
    renderOrder();
    share.update(window.location.href);
    q<HTMLElement>('[data-plan-qr]').innerHTML = qrSvg(window.location.href, R.qrRoute);
    const { hasStops } = plannerButtons(state);
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-plan-export], [data-print], [data-plan-optimise]')) b.disabled = !hasStops;
    if (focus) list.querySelector<HTMLElement>(`li[data-id="${focus.id}"] ${focus.sel}`)?.focus();
  };

  /** One step of the state; false when it changed nothing (and nothing was drawn). */
  const update = (action: PlannerAction, focus?: { id: string; sel: string }): boolean => {
    const step = plannerStep(state, action, ctx);
    if (step.state === state) return false;
    state = step.state;
    render(focus);
    if (step.say) say(words.announcement(step.say));
    return true;
  };
  const at = (id: string) => state.plan.stops.findIndex((s) => s.id === id);

  q<HTMLFormElement>('[data-plan-add]').addEventListener('submit', (e) => {
    e.preventDefault();
    update({ type: 'add', id: siteSelect.value });
  });
  document.addEventListener('map:site', (e) => update({ type: 'add', id: String((e as CustomEvent<{ id: string }>).detail?.id), via: 'map' }));

  list.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const id = button?.closest<HTMLElement>('li')?.dataset.id;
    if (!button || !id) return;
    const i = at(id);
    const last = state.plan.stops.length - 1;
    // Focus stays on the button pressed, or on the other one when the stop reached the end it moved to.
    if (button.dataset.action === 'up') update({ type: 'move', id, to: i - 1 }, { id, sel: i - 1 === 0 ? '[data-action="down"]' : '[data-action="up"]' });
    if (button.dataset.action === 'down') update({ type: 'move', id, to: i + 1 }, { id, sel: i + 1 === last ? '[data-action="up"]' : '[data-action="down"]' });
    if (button.dataset.action === 'remove' && update({ type: 'remove', id })) {
      const next = list.querySelectorAll<HTMLElement>('[data-handle]')[Math.min(i, state.plan.stops.length - 1)];
      (next ?? siteSelect).focus();
    }
  });
  list.addEventListener('change', (e) => {
    const input = (e.target as Element).closest<HTMLInputElement>('input[data-stay]');
    const id = input?.closest<HTMLElement>('li')?.dataset.id;
    if (input && id) update({ type: 'stay', id, value: input.value }, { id, sel: 'input[data-stay]' });
  });
  list.addEventListener('keydown', (e) => {
    const handle = (e.target as Element).closest<HTMLElement>('[data-handle]');
    const id = handle?.closest<HTMLElement>('li')?.dataset.id;
    if (!handle || !id || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    update({ type: 'move', id, to: e.key === 'ArrowUp' ? at(id) - 1 : at(id) + 1 }, { id, sel: '[data-handle]' });
  });
  setupDrag(list, (ids) => {
    const dragged = list.querySelector<HTMLElement>('li.is-dragging')?.dataset.id ?? ids.find((id, i) => state.plan.stops[i]?.id !== id);
    update({ type: 'reorder', ids, ...(dragged ? { dragged } : {}) }, dragged ? { id: dragged, sel: '[data-handle]' } : undefined);
  });

  settings.addEventListener('change', () => {
    const f = new FormData(settings);
    const field = (k: string) => String(f.get(k) ?? '');
    // A disabled field is not in the form's data: the custom hours are read from the field itself.
    const hours = String(f.get('hours') ?? (settings.elements.namedItem('hours') as HTMLInputElement).value);
    update({ type: 'settings', form: { m: field('m'), t: field('t'), d: field('d'), b: field('b'), hours, from: field('from'), to: field('to') } });
  });

  optimiseButton.addEventListener('click', async () => {
    if (state.plan.stops.length < 2) return;
    let here: LonLat | undefined;
    if (state.plan.from === HERE) {
      state = plannerStep(state, { type: 'locating' }, ctx).state;
      renderOrder();
      here = await locate();
    }
    update({ type: 'optimise', ...(here ? { here } : {}) });
  });
  undoButton.addEventListener('click', () => {
    if (update({ type: 'undo' })) optimiseButton.focus();
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-plan-export]')) {
    button.addEventListener('click', () => {
      const format = button.dataset.planExport as ExportFormat;
      const it = plannerItinerary(state, ctx);
      const file = exportFile(
        itineraryExport(it, {
          id: 'plan',
          title: P.planTitle(it.stops.length),
          summary: P.planSummary,
          url: window.location.href,
          origin: window.location.origin,
          attribution: data.attribution,
          text: ui.data,
        }),
        format,
      );
      download(file, EXPORT_TYPES[format], `plan.${format}`);
    });
  }
  q<HTMLButtonElement>('[data-plan-clear]').addEventListener('click', () => update({ type: 'clear' }));
  // "清除本机保存的数据" empties the plan on screen and in the address too, not only in storage.
  window.addEventListener(CLEARED_EVENT, () => update({ type: 'clear' }));

  document.querySelector<HTMLElement>('[data-plan-needs-js]')?.setAttribute('hidden', '');
  root.hidden = false;
  if (!(start.add && update({ type: 'add', id: start.add }))) render();
  if (start.problems.length) {
    const notice = q<HTMLElement>('[data-plan-notice]');
    notice.textContent = words.problems(start.problems);
    notice.hidden = false;
  }
}

/** Hands a file to the browser as a download. */
function download(file: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([file], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The reader's position, asked for only now; it stays in this page. */
function locate(): Promise<LonLat | undefined> {
  if (!('geolocation' in navigator)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve([p.coords.longitude, p.coords.latitude]),
      () => resolve(undefined),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  });
}
