/**
 * The itinerary as HTML: the one renderer of the curated route pages (at build, `set:html`) and the planner
 * (in the browser). Every text is escaped here; no inline script or style is ever written.
 */
import { navigationLinks } from '../geo/navigate.ts';
import type { UiStrings } from '../i18n/zh-CN.ts';
import { entryPagePath } from '../pack/urls.ts';
import { escapeMarkup } from '../security/escape.ts';
import { localized } from '../site/localized.ts';
import type { Locale } from '../site/paths.ts';
import { busMinutes } from './bus.ts';
import { clock as clockIn, distanceLabel as distanceIn, duration as durationIn } from './format.ts';
import { DEFAULT_STAY_MINUTES, DETOUR_FACTOR, ROUND_MINUTES, SAME_SPOT_KM, SPEEDS_KMH, travelKm, WALK_INSTEAD_KM, WALK_TO_BUS_KM } from './time.ts';
import type { BusLeg, Itinerary, ItineraryLeg, ItineraryStop, Mode } from './types.ts';

export interface RenderOptions {
  /** Markup of a QR code for a site-relative path; a placeholder the page's script fills by default. */
  qr?: (path: string, label: string) => string;
  /** Heading level of each stop's title. */
  level?: 2 | 3 | 4;
  /** Prefix of element ids, so two itineraries can share a page. */
  idPrefix?: string;
  /** Controls the planner adds to each stop (already escaped markup). */
  stopExtra?: (stop: ItineraryStop, index: number) => string;
}

/**
 * The renderer in one language: `ui` gives the words, and its `lang` the numbers' units and the links' language tree.
 * A factory rather than a module of functions, so that the planner's bundle carries only the page's dictionary.
 */
export function itineraryRenderer(ui: UiStrings) {
  const locale = ui.lang as Locale;
  const R = ui.routes;
  const clock = (m: number) => clockIn(m, locale);
  const duration = (m: number) => durationIn(m, locale);
  const distanceLabel = (km: number) => distanceIn(km, locale);

  /** A QR placeholder: the share script draws the code for the page's own origin. */
  function qrPlaceholder(path: string, label: string): string {
    return `<span class="qr" data-qr="${escapeMarkup(path)}" data-qr-label="${escapeMarkup(label)}"><span class="qr-needs-js">${escapeMarkup(R.qrNeedsJs)}</span></span>`;
  }

  const modeName = (m: Mode) => ui.modes[m];
  /** Every distance shown is the one the times are worked out from: a straight line counts × DETOUR_FACTOR. */
  const legKm = (leg: ItineraryLeg) => travelKm(leg.km, leg.straight);

  function summaryHtml(it: Itinerary): string {
    const t = it.totals;
    const items = [
      R.stops(it.stops.length),
      R.totalKm(distanceLabel(it.legs.reduce((n, l) => n + legKm(l), 0))),
      R.travel(modeName(it.mode), duration(t.travelMinutes)),
      R.stay(duration(t.stayMinutes)),
      R.day(duration(t.dayMinutes), clock(it.start), clock(t.end)),
    ];
    let out = `<ul class="itinerary-totals">${items.map((i) => `<li>${escapeMarkup(i)}</li>`).join('')}</ul>`;
    if (it.budget) {
      const b = it.budget;
      const text = b.fits
        ? R.budgetFits(it.stops.length)
        : b.fitting > 0
          ? R.budgetFitsSome(b.fitting, it.stops.length, duration(b.overBy))
          : R.budgetNone(duration(b.overBy));
      out += `<p class="itinerary-budget${b.fits ? '' : ' itinerary-budget--over'}"><strong>${escapeMarkup(R.budget(duration(b.minutes)))}</strong> ${escapeMarkup(text)}</p>`;
    }
    return out;
  }

  function busHtml(bus: BusLeg): string {
    const m = bus.minutes;
    // A bus stop at the door is no walk: nothing to say about 0 m in 0 minutes.
    const walk = (km: number) => (km < SAME_SPOT_KM ? undefined : distanceLabel(travelKm(km, true)));
    const to = walk(bus.board.walkKm);
    const from = walk(bus.alight.walkKm);
    const steps = [
      to ? R.busBoard(to, duration(m.walkTo), bus.board.name) : R.busBoardHere(bus.board.name),
      R.busRide(distanceLabel(travelKm(bus.rideKm, bus.rideStraight)), duration(m.ride), bus.rideStraight),
      from ? R.busAlight(bus.alight.name, from, duration(m.walkFrom)) : R.busAlightHere(bus.alight.name),
    ];
    const freq = bus.line.frequency ? `${R.busFrequency(bus.line.frequency)} ${R.busNoWait}` : R.busNoFrequency;
    return (
      `<div class="leg-bus"><p class="leg-bus-line"><strong><a href="${escapeMarkup(entryPagePath('transit', bus.line.id, locale))}">${escapeMarkup(R.busTake(bus.line.title))}</a></strong>` +
      `${bus.crossesBorder ? ` <span class="leg-crossing">${escapeMarkup(R.crossing(bus.board.side, bus.alight.side))}</span>` : ''}</p>` +
      `<ol class="leg-bus-steps">${steps.map((s) => `<li>${escapeMarkup(s)}</li>`).join('')}</ol>` +
      `<p class="leg-bus-frequency">${escapeMarkup(freq)}</p></div>`
    );
  }

  function crossingText(leg: ItineraryLeg): string | undefined {
    if (!leg.crossesBorder) return undefined;
    if (leg.bus?.crossesBorder) return undefined; // said on the bus line
    const a = leg.fromProvinces.join('/');
    const b = leg.toProvinces.join('/');
    return R.crossing(a, b);
  }

  function legHtml(leg: ItineraryLeg, dayMode: Mode): string {
    const parts: string[] = [];
    if (leg.minutes === 0 && leg.km < 0.05) parts.push(R.sameSpot);
    else {
      parts.push(leg.straight ? R.straightKm(distanceLabel(legKm(leg)), DETOUR_FACTOR) : R.alongKm(distanceLabel(leg.km)));
      parts.push(R.byMode(modeName(leg.bus ? 'bus' : leg.mode), duration(leg.bus ? busMinutes(leg.bus) : leg.minutes)));
    }
    // A short leg of a bus day is walked, and says so.
    const walked = dayMode === 'bus' && leg.mode === 'walk' && leg.minutes > 0 ? `<p class="leg-note">${escapeMarkup(R.walkInstead)}</p>` : '';
    const crossing = crossingText(leg);
    return (
      `<div class="itin-leg${leg.straight ? ' itin-leg--straight' : ''}"><p class="itin-leg-head">` +
      `<span class="itin-leg-to">${escapeMarkup(R.legTo(leg.to + 1))}</span>${escapeMarkup(ui.punct.colon)}${escapeMarkup(parts.join(' · '))}` +
      `${crossing ? ` <span class="leg-crossing">${escapeMarkup(crossing)}</span>` : ''}</p>` +
      walked +
      `${leg.bus ? busHtml(leg.bus) : ''}` +
      `${leg.noBus ? `<p class="leg-note">${escapeMarkup(R.noBus)}</p>` : ''}</div>`
    );
  }

  // A stop's map apps and its printed QR code are for the way there, not for finding it: data-pagefind-ignore keeps
  // them out of the search index, where 地图 would find every route.
  function navHtml(stop: ItineraryStop): string {
    const links = navigationLinks({ lon: stop.site.lon, lat: stop.site.lat, name: stop.site.title });
    return (
      `<div class="stop-nav" data-pagefind-ignore><p class="stop-nav-label">${escapeMarkup(R.navigate)}</p><ul class="inline-list">` +
      links.map((l) => `<li><a href="${escapeMarkup(l.href)}" rel="external noopener" data-app="${l.app}">${escapeMarkup(ui.apps[l.app])}</a></li>`).join('') +
      '</ul></div>'
    );
  }

  function stopHtml(stop: ItineraryStop, o: RenderOptions = {}, index = stop.order - 1): string {
    const s = stop.site;
    const h = `h${o.level ?? 3}`;
    const href = entryPagePath('sites', s.id, locale);
    const kind = ui.siteKinds[s.kind as keyof typeof ui.siteKinds] ?? s.kind;
    const stay = stop.minutesStated ? R.stayStated(duration(stop.minutes)) : R.stayDefault(duration(stop.minutes));
    const text = localized(s, locale);
    // The pack's own words (notes, address, opening hours) stay Chinese on English pages, and say so.
    const zh = locale === 'zh-CN' ? '' : ' lang="zh-CN"';
    const lang = (l: string | undefined) => (l ? ` lang="${escapeMarkup(l)}"` : '');
    const facts: string[] = [];
    if (s.address) facts.push(`<dt>${escapeMarkup(ui.fields.address)}</dt><dd${zh}>${escapeMarkup(s.address)}</dd>`);
    if (s.opening) facts.push(`<dt>${escapeMarkup(ui.fields.opening)}</dt><dd${zh}>${escapeMarkup(s.opening)}</dd>`);
    if (s.booking) facts.push(`<dt>${escapeMarkup(ui.fields.booking)}</dt><dd${zh}>${escapeMarkup(s.booking)}</dd>`);
    const qr = (o.qr ?? qrPlaceholder)(href, R.qrStop(text.title));
    return (
      `<${h} class="itin-stop-title"><span class="stop-num" aria-hidden="true">${stop.order}</span>` +
      `<a href="${escapeMarkup(href)}"${lang(text.titleLang)}>${escapeMarkup(text.title)}</a></${h}>` +
      `<p class="itin-stop-meta"><span class="stop-kind">${escapeMarkup(kind)}</span> · <span class="stop-time">${escapeMarkup(R.stopTime(clock(stop.arrive), clock(stop.depart)))}</span> · <span class="stop-stay">${escapeMarkup(stay)}</span>` +
      `${stop.overBudget ? ` <strong class="stop-over">${escapeMarkup(R.overBudget)}</strong>` : ''}</p>` +
      `${stop.note ? `<p class="stop-note"><strong>${escapeMarkup(R.see)}</strong>${escapeMarkup(ui.punct.colon)}${zh ? `<span${zh}>${escapeMarkup(stop.note)}</span>` : escapeMarkup(stop.note)}</p>` : ''}` +
      `<p class="stop-summary"${lang(text.summaryLang)}>${escapeMarkup(text.summary)}</p>` +
      `${facts.length ? `<dl class="facts stop-facts">${facts.join('')}</dl>` : ''}` +
      `${s.approximate ? `<p class="stop-approx">${escapeMarkup(R.approximate)}</p>` : ''}` +
      navHtml(stop) +
      `<figure class="stop-qr print-only" data-pagefind-ignore>${qr}<figcaption>${escapeMarkup(R.qrStop(text.title))}</figcaption></figure>` +
      `${o.stopExtra ? o.stopExtra(stop, index) : ''}`
    );
  }

  /** Stops in order, each followed by the leg to the next. */
  function itineraryListHtml(it: Itinerary, o: RenderOptions = {}): string {
    const id = (n: number) => `${o.idPrefix ?? 'stop'}-${n}`;
    const items = it.stops.map((stop, i) => {
      const leg = it.legs[i];
      return `<li class="itin-stop${stop.overBudget ? ' itin-stop--over' : ''}" id="${id(stop.order)}" data-site="${escapeMarkup(stop.site.id)}">${stopHtml(stop, o, i)}${leg ? legHtml(leg, it.mode) : ''}</li>`;
    });
    return `<ol class="itinerary-list">${items.join('')}</ol>`;
  }

  /** The assumptions behind every estimate, stated on the page. */
  function assumptionsHtml(modes: readonly Mode[]): string {
    const speeds = modes.map((m) => R.speed(modeName(m), SPEEDS_KMH[m])).join(ui.punct.list);
    const items = [
      R.speeds(speeds),
      R.detour(DETOUR_FACTOR),
      R.defaultStay(DEFAULT_STAY_MINUTES),
      R.rounding(ROUND_MINUTES),
      R.navigateHint,
      ...(modes.includes('bus') ? [R.busRule(WALK_TO_BUS_KM * 1000, WALK_INSTEAD_KM)] : []),
      R.estimateOnly,
    ];
    return `<ul class="itinerary-assumptions">${items.map((i) => `<li>${escapeMarkup(i)}</li>`).join('')}</ul>`;
  }

  return { qrPlaceholder, summaryHtml, legHtml, stopHtml, itineraryListHtml, assumptionsHtml };
}
