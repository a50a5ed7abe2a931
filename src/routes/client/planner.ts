/**
 * The planner island (/plan/): keeps the plan (URL + local storage), and renders it with the same pure
 * modules as the curated route pages — itinerary.ts, render.ts, sketch.ts, export.ts, order.ts. Reordering
 * by drag (pointer events, so touch works) and by keyboard (buttons, and arrow keys on the handle).
 */

import { km } from '../../geo/distance.ts';
import { pageLocale, ui } from '../../i18n/client.ts';
import { entryPagePath } from '../../pack/urls.ts';
import { escapeMarkup as esc } from '../../security/escape.ts';
import { sitePath } from '../../site/paths.ts';
import { EXPORT_TYPES, type ExportFormat, exportFile, itineraryExport } from '../export.ts';
import { clock, distanceLabel, timeValue } from '../format.ts';
import { buildItinerary } from '../itinerary.ts';
import { planFeatures } from '../itinerary-geojson.ts';
import { MAX_STOPS } from '../limits.ts';
import { bestOrder } from '../order.ts';
import { addStop, emptyPlan, HERE, type Plan, type PlanStop, parsePlan, serializePlan } from '../plan-url.ts';
import { qrSvg } from '../qr.ts';
import { itineraryRenderer } from '../render.ts';
import { itinerarySvg } from '../sketch.ts';
import { loadStored, store } from '../storage.ts';
import { BUDGETS } from '../time.ts';
import type { Itinerary, LonLat, PlanData, PlanSite } from '../types.ts';
import type { PlanMapElement } from './plan-map.ts';
import { fillQrCodes, setupShare } from './share.ts';

const P = ui.plan;
const locale = pageLocale();
const { itineraryListHtml, qrPlaceholder, summaryHtml } = itineraryRenderer(ui);
/** A site's name in the page's language: its English title on English pages when it has one. */
const name = (s: PlanSite) => (locale === 'en' && s.titleEn) || s.title;
const R = ui.routes;
const PLAN_KEYS = ['s', 'from', 'to', 'm', 'b', 't', 'd'];

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
  const byId = new Map(data.sites.map((s) => [s.id, s]));
  const known = new Set(byId.keys());
  const site = (id: string) => byId.get(id) as PlanSite;

  // The URL wins when it carries a plan (a shared link, a QR code); otherwise this device's stored plan.
  const params = new URLSearchParams(window.location.search);
  const fromUrl = parsePlan(params, known);
  const start = PLAN_KEYS.some((k) => params.has(k)) ? fromUrl : parsePlan(loadStored(), known);
  let plan: Plan = start.plan;
  const problems: string[] = [];
  if (fromUrl.unknown.length) problems.push(P.unknown(fromUrl.unknown.slice(0, 10).join('、')));
  if (fromUrl.malformed) problems.push(P.malformed(fromUrl.malformed));
  if (fromUrl.overLimit) problems.push(P.overLimit(fromUrl.overLimit, MAX_STOPS));

  const list = q<HTMLOListElement>('[data-plan-stops]');
  const settings = q<HTMLFormElement>('[data-plan-settings]');
  const live = q<HTMLElement>('[data-plan-live]');
  const orderResult = q<HTMLElement>('[data-plan-order-result]');
  const undoButton = q<HTMLButtonElement>('[data-plan-undo]');
  const mapEl = root.querySelector<PlanMapElement>('[data-map="plan"]');
  const share = setupShare(q<HTMLElement>('[data-share]'));
  let undo: PlanStop[] | undefined;
  let optionsFor = '';

  const say = (text: string) => {
    live.textContent = '';
    // A fresh text node, so the same words twice are announced twice.
    window.setTimeout(() => {
      live.textContent = text;
    }, 50);
  };
  const budgetMinutes = () => (plan.budget === 'half' ? BUDGETS.half : plan.budget === 'day' ? BUDGETS.day : plan.budget);
  const itinerary = (): Itinerary =>
    buildItinerary({
      stops: plan.stops.map((s) => ({ site: site(s.id), ...(s.minutes !== undefined ? { minutes: s.minutes } : {}) })),
      mode: plan.mode,
      transit: data.transit,
      start: plan.start,
      ...(budgetMinutes() !== undefined ? { budget: budgetMinutes() } : {}),
    });

  const renderStops = (it: Itinerary) => {
    list.innerHTML = it.stops
      .map((s) => {
        const t = esc(name(s.site));
        return (
          `<li class="plan-stop" data-id="${esc(s.site.id)}">` +
          `<button type="button" class="plan-handle" data-handle aria-label="${esc(P.handle(name(s.site)))}" aria-describedby="plan-reorder-hint">⠿</button>` +
          `<span class="stop-num" aria-hidden="true">${s.order}</span>` +
          `<a class="plan-stop-title" href="${esc(entryPagePath('sites', s.site.id, pageLocale()))}">${t}</a>` +
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
    const f = settings.elements;
    for (const r of settings.querySelectorAll<HTMLInputElement>('input[name="m"]')) r.checked = r.value === plan.mode;
    (f.namedItem('t') as HTMLInputElement).value = timeValue(plan.start);
    (f.namedItem('d') as HTMLInputElement).value = plan.date ?? '';
    const b = typeof plan.budget === 'number' ? 'custom' : (plan.budget ?? '');
    for (const r of settings.querySelectorAll<HTMLInputElement>('input[name="b"]')) r.checked = r.value === b;
    const hours = f.namedItem('hours') as HTMLInputElement;
    if (typeof plan.budget === 'number') hours.value = String(plan.budget / 60);
    hours.disabled = b !== 'custom';
    // The start and end choices follow the stops; rebuilt only when those change, so focus stays.
    const signature = plan.stops.map((s) => s.id).join(',');
    const from = f.namedItem('from') as HTMLSelectElement;
    const to = f.namedItem('to') as HTMLSelectElement;
    if (signature !== optionsFor) {
      optionsFor = signature;
      const options = plan.stops.map((s) => `<option value="${esc(s.id)}">${esc(name(site(s.id)))}</option>`).join('');
      from.innerHTML = `<option value="">${esc(P.fromFirst)}</option><option value="${HERE}">${esc(P.fromHere)}</option>${options}`;
      to.innerHTML = `<option value="">${esc(P.toNone)}</option>${options}`;
    }
    from.value = plan.from ?? '';
    to.value = plan.to ?? '';
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
    q<HTMLElement>('[data-plan-date]').textContent = plan.date ?? '';
    q<HTMLElement>('[data-plan-start]').textContent = clock(plan.start, locale);
    if (mapEl) {
      mapEl.planFeatures = planFeatures(it);
      mapEl.dispatchEvent(new Event('plan:change'));
    }
  };

  const render = (focus?: { id: string; sel: string }) => {
    const query = serializePlan(plan);
    history.replaceState(history.state, '', `${window.location.pathname}${query}`);
    store(query.slice(1));
    const it = itinerary();
    renderStops(it);
    renderSettings();
    renderItinerary(it);
    share.update(window.location.href);
    q<HTMLElement>('[data-plan-qr]').innerHTML = qrSvg(window.location.href, R.qrRoute);
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-plan-export], [data-print], [data-plan-optimise]')) b.disabled = it.stops.length === 0;
    if (focus) list.querySelector<HTMLElement>(`li[data-id="${focus.id}"] ${focus.sel}`)?.focus();
  };

  const add = (id: string, how: 'form' | 'map' = 'form') => {
    if (!known.has(id)) return;
    const result = addStop(plan, id);
    const title = name(site(id));
    if (result === 'added') say(how === 'map' ? P.pickedFromMap(title) : P.addedOne(title, plan.stops.length));
    else say(result === 'present' ? R.present : R.full.replace('{n}', String(MAX_STOPS)));
    clearOrderResult();
    render();
  };

  const move = (id: string, to: number, sel: string) => {
    const from = plan.stops.findIndex((s) => s.id === id);
    if (from < 0 || to < 0 || to >= plan.stops.length || to === from) return;
    const [stop] = plan.stops.splice(from, 1);
    if (stop) plan.stops.splice(to, 0, stop);
    clearOrderResult();
    render({ id, sel });
    say(P.moved(name(site(id)), to + 1));
  };

  const clearOrderResult = () => {
    orderResult.textContent = '';
    undo = undefined;
    undoButton.hidden = true;
  };

  q<HTMLFormElement>('[data-plan-add]').addEventListener('submit', (e) => {
    e.preventDefault();
    add(q<HTMLSelectElement>('#plan-site').value);
  });
  document.addEventListener('map:site', (e) => add(String((e as CustomEvent<{ id: string }>).detail?.id), 'map'));

  list.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const id = button?.closest<HTMLElement>('li')?.dataset.id;
    if (!button || !id) return;
    const at = plan.stops.findIndex((s) => s.id === id);
    if (button.dataset.action === 'up') move(id, at - 1, at - 1 === 0 ? '[data-action="down"]' : '[data-action="up"]');
    if (button.dataset.action === 'down') move(id, at + 1, at + 1 === plan.stops.length - 1 ? '[data-action="up"]' : '[data-action="down"]');
    if (button.dataset.action === 'remove') {
      plan.stops.splice(at, 1);
      if (plan.from === id) delete plan.from;
      if (plan.to === id) delete plan.to;
      clearOrderResult();
      render();
      const next = list.querySelectorAll<HTMLElement>('[data-handle]')[Math.min(at, plan.stops.length - 1)];
      (next ?? q<HTMLSelectElement>('#plan-site')).focus();
      say(P.removed(name(site(id))));
    }
  });
  list.addEventListener('change', (e) => {
    const input = (e.target as Element).closest<HTMLInputElement>('input[data-stay]');
    const id = input?.closest<HTMLElement>('li')?.dataset.id;
    const stop = plan.stops.find((s) => s.id === id);
    if (!input || !id || !stop) return;
    const n = Math.round(Number(input.value));
    if (Number.isFinite(n) && n >= 0 && n <= 600) stop.minutes = n;
    render({ id, sel: 'input[data-stay]' });
  });
  list.addEventListener('keydown', (e) => {
    const handle = (e.target as Element).closest<HTMLElement>('[data-handle]');
    const id = handle?.closest<HTMLElement>('li')?.dataset.id;
    if (!handle || !id || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const at = plan.stops.findIndex((s) => s.id === id);
    move(id, e.key === 'ArrowUp' ? at - 1 : at + 1, '[data-handle]');
  });
  setupDrag(list, (ids) => {
    const moved = ids.find((id, i) => plan.stops[i]?.id !== id);
    const byStop = new Map(plan.stops.map((s) => [s.id, s]));
    plan.stops = ids.map((id) => byStop.get(id)).filter((s): s is PlanStop => Boolean(s));
    clearOrderResult();
    const dragged = list.querySelector<HTMLElement>('li.is-dragging')?.dataset.id ?? moved;
    render(dragged ? { id: dragged, sel: '[data-handle]' } : undefined);
    if (dragged) say(P.moved(name(site(dragged)), plan.stops.findIndex((s) => s.id === dragged) + 1));
  });

  settings.addEventListener('change', () => {
    const f = new FormData(settings);
    const mode = f.get('m');
    if (mode === 'walk' || mode === 'bike' || mode === 'car' || mode === 'bus') plan.mode = mode;
    const t = /^(\d\d):(\d\d)$/.exec(String(f.get('t') ?? ''));
    if (t) plan.start = Number(t[1]) * 60 + Number(t[2]);
    const d = String(f.get('d') ?? '');
    const reparsed = parsePlan(`?d=${encodeURIComponent(d)}`, known).plan.date;
    if (reparsed) plan.date = reparsed;
    else delete plan.date;
    const b = String(f.get('b') ?? '');
    if (b === 'half' || b === 'day') plan.budget = b;
    else if (b === 'custom') {
      const hours = Number(f.get('hours') ?? (settings.elements.namedItem('hours') as HTMLInputElement).value);
      plan.budget = Number.isFinite(hours) && hours >= 0.5 && hours <= 24 ? Math.round(hours * 60) : BUDGETS.day;
    } else delete plan.budget;
    const from = String(f.get('from') ?? '');
    if (from === HERE || plan.stops.some((s) => s.id === from)) plan.from = from;
    else delete plan.from;
    const to = String(f.get('to') ?? '');
    if (to && to !== plan.from && plan.stops.some((s) => s.id === to)) plan.to = to;
    else delete plan.to;
    render();
  });

  q<HTMLButtonElement>('[data-plan-optimise]').addEventListener('click', async () => {
    if (plan.stops.length < 2) return;
    let start: number | LonLat = plan.from && plan.from !== HERE ? plan.stops.findIndex((s) => s.id === plan.from) : 0;
    let here: LonLat | undefined;
    if (plan.from === HERE) {
      orderResult.textContent = P.locating;
      here = await locate();
      if (here) start = here;
      else orderResult.textContent = P.locateFailed;
    }
    const end = plan.to ? plan.stops.findIndex((s) => s.id === plan.to) : undefined;
    const points = plan.stops.map((s) => [site(s.id).lon, site(s.id).lat] as LonLat);
    const r = bestOrder(points, { start, ...(end !== undefined && end >= 0 ? { end } : {}) });
    undo = plan.stops.slice();
    plan.stops = r.order.map((i) => plan.stops[i] as PlanStop);
    const words =
      r.savedKm > 0.05
        ? P.saved(distanceLabel(r.savedKm, locale), distanceLabel(r.inputKm, locale), distanceLabel(r.km, locale))
        : r.savedKm < -0.05
          ? P.longer(distanceLabel(-r.savedKm, locale))
          : P.noGain(distanceLabel(r.km, locale));
    const first = plan.stops[0];
    const fromHere = here && first ? ` ${P.fromHereKm(distanceLabel(km(here, [site(first.id).lon, site(first.id).lat]), locale))}` : '';
    render();
    orderResult.textContent = `${here === undefined && plan.from === HERE ? `${P.locateFailed} ` : ''}${words}${fromHere}`;
    undoButton.hidden = false;
  });
  undoButton.addEventListener('click', () => {
    if (!undo) return;
    plan.stops = undo;
    clearOrderResult();
    render();
    q<HTMLButtonElement>('[data-plan-optimise]').focus();
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-plan-export]')) {
    button.addEventListener('click', () => {
      const format = button.dataset.planExport as ExportFormat;
      const it = itinerary();
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
      const url = URL.createObjectURL(new Blob([file], { type: EXPORT_TYPES[format] }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `plan.${format}`;
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  }
  q<HTMLButtonElement>('[data-plan-clear]').addEventListener('click', () => {
    plan = emptyPlan();
    clearOrderResult();
    render();
    say(P.cleared);
  });

  document.querySelector<HTMLElement>('[data-plan-needs-js]')?.setAttribute('hidden', '');
  root.hidden = false;
  if (fromUrl.add) add(fromUrl.add);
  else render();
  if (problems.length) {
    const notice = q<HTMLElement>('[data-plan-notice]');
    notice.textContent = problems.join(' ');
    notice.hidden = false;
  }
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

/**
 * Drag a stop by its handle (mouse, pen or touch); `done` gets the new order of ids. The moves are heard on
 * the document: moving the item in the list would end a pointer capture on the handle.
 */
function setupDrag(list: HTMLOListElement, done: (ids: string[]) => void): void {
  list.addEventListener('pointerdown', (e) => {
    const handle = (e.target as Element).closest<HTMLElement>('[data-handle]');
    const item = handle?.closest<HTMLLIElement>('li');
    if (!handle || !item || e.button !== 0) return;
    e.preventDefault();
    const pointer = e.pointerId;
    item.classList.add('is-dragging');
    const before = [...list.children].map((li) => (li as HTMLElement).dataset.id as string);
    const onMove = (ev: PointerEvent) => {
      if (ev.pointerId !== pointer) return;
      const over = document.elementFromPoint(ev.clientX, ev.clientY)?.closest<HTMLLIElement>('li');
      if (!over || over === item || over.parentElement !== list) return;
      const box = over.getBoundingClientRect();
      if (ev.clientY > box.top + box.height / 2) over.after(item);
      else over.before(item);
    };
    const finish = (ev: PointerEvent, commit: boolean) => {
      if (ev.pointerId !== pointer) return;
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerup', onUp);
      document.removeEventListener('pointercancel', onCancel);
      const after = [...list.children].map((li) => (li as HTMLElement).dataset.id as string);
      if (commit && after.join() !== before.join()) done(after);
      else {
        item.classList.remove('is-dragging');
        if (!commit) for (const id of before) list.append(list.querySelector(`li[data-id="${id}"]`) as Node);
      }
    };
    const onUp = (ev: PointerEvent) => finish(ev, true);
    const onCancel = (ev: PointerEvent) => finish(ev, false);
    document.addEventListener('pointermove', onMove);
    document.addEventListener('pointerup', onUp);
    document.addEventListener('pointercancel', onCancel);
  });
}
