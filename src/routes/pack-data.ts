/**
 * What the route pages and the planner need from a loaded pack: sites, bus lines with the ride between
 * their stops, and curated routes as itineraries (legs along the route's drawn geometry where there is one).
 * Types only from the pack loader: no Node modules here.
 */

import type { Geometry } from 'geojson';
import { pathLines } from '../data/route-model.ts';
import type { MapData } from '../map/types.ts';
import type { Pack, PackEntry } from '../pack/load.ts';
import type { Route } from '../pack/schemas.ts';
import { type Locale, sitePath } from '../site/paths.ts';
import { buildItinerary } from './itinerary.ts';
import { legsAlong } from './legs-along.ts';
import { emptyPlan, serializePlan } from './plan-url.ts';
import type { Itinerary, LegPath, LonLat, Mode, PlanData, PlanSite, TransitLineInfo, TransitStopInfo } from './types.ts';

type PackLike = Pick<Pack, 'entries' | 'geometries' | 'config'>;

export function planSite(entry: PackEntry<'sites'>): PlanSite {
  const d = entry.data;
  return {
    id: entry.id,
    title: d.title,
    ...(d.titleEn ? { titleEn: d.titleEn } : {}),
    ...(d.summaryEn ? { summaryEn: d.summaryEn } : {}),
    kind: d.kind,
    lon: d.location.lon,
    lat: d.location.lat,
    provinces: [...new Set(d.regions.map((r) => r.province))],
    summary: d.summary,
    ...(d.address ? { address: d.address } : {}),
    ...(d.opening ? { opening: d.opening } : {}),
    ...(d.booking ? { booking: d.booking } : {}),
    approximate: d.location.precision.startsWith('approximate'),
  };
}

/** A route's or line's drawn path, unless the pack marks it schematic (straight legs someone drew). */
export function drawnLines(pack: PackLike, entry: string): LonLat[][] | undefined {
  const features = pack.geometries.get(entry);
  if (!features?.length || features.some((f) => f.properties?.schematic === true)) return undefined;
  const lines = pathLines(features);
  return lines.length ? lines : undefined;
}

export function transitLines(pack: PackLike): TransitLineInfo[] {
  const sites = new Map(pack.entries.sites.map((s) => [s.id, s]));
  return pack.entries.transit.map((t) => {
    const stops: TransitStopInfo[] = [];
    for (const s of t.data.stops) {
      const site = s.site ? sites.get(s.site) : undefined;
      const point = s.location ?? site?.data.location;
      if (!point) continue;
      stops.push({ name: s.name ?? site?.data.title ?? s.site ?? '', lon: point.lon, lat: point.lat, side: s.side, ...(s.site ? { site: s.site } : {}) });
    }
    const drawn = drawnLines(pack, `transit/${t.id}`);
    const ride = stops.map((_a, i) =>
      stops.map((_b, j) => {
        if (i === j) return { km: 0, straight: true };
        const [lo, hi] = i < j ? [i, j] : [j, i];
        const pts = stops.slice(lo, hi + 1).map((s) => [s.lon, s.lat] as LonLat);
        const legs = legsAlong(pts, drawn);
        return { km: legs.reduce((n, l) => n + l.km, 0), straight: legs.some((l) => l.straight) };
      }),
    );
    return { id: t.id, title: t.data.title, ...(t.data.frequency ? { frequency: t.data.frequency } : {}), stops, ride };
  });
}

export function planData(pack: PackLike, context: { border?: LonLat[][]; outlines?: LonLat[][] } = {}): PlanData {
  return {
    sites: pack.entries.sites.map(planSite),
    transit: transitLines(pack),
    border: context.border ?? [],
    outlines: context.outlines ?? [],
    attribution: [...pack.config.attribution],
  };
}

export interface RouteItineraryOptions {
  mode?: Mode;
  start?: number;
}

/** A curated route: its stops, legs along its drawn geometry where both ends lie on it, straight otherwise. */
export function routeLegs(pack: PackLike, id: string, route: Route): LegPath[] {
  const sites = new Map(pack.entries.sites.map((s) => [s.id, s.data.location]));
  const points = route.stops.map((s) => sites.get(s.site)).map((p) => [p?.lon ?? 0, p?.lat ?? 0] as LonLat);
  return legsAlong(points, drawnLines(pack, `routes/${id}`));
}

export function routeItinerary(pack: PackLike, id: string, o: RouteItineraryOptions = {}): Itinerary {
  const entry = pack.entries.routes.find((r) => r.id === id);
  if (!entry) throw new Error(`no route ${id}`);
  const sites = new Map(pack.entries.sites.map((s) => [s.id, s]));
  const stops = entry.data.stops.map((s) => {
    const site = sites.get(s.site);
    if (!site) throw new Error(`route ${id}: no site ${s.site}`);
    return { site: planSite(site), ...(s.minutes !== undefined ? { minutes: s.minutes } : {}), ...(s.note ? { note: s.note } : {}) };
  });
  return buildItinerary({
    stops,
    legs: routeLegs(pack, id, entry.data),
    mode: o.mode ?? entry.data.modes[0] ?? 'car',
    transit: transitLines(pack),
    ...(o.start !== undefined ? { start: o.start } : {}),
  });
}

/** The planner link that opens a curated route for editing: its stops with their stays, and its mode. */
export function plannerHref(route: Route, locale?: Locale): string {
  const plan = emptyPlan();
  plan.stops = route.stops.map((x) => (x.minutes === undefined ? { id: x.site } : { id: x.site, minutes: x.minutes }));
  plan.mode = route.modes[0] ?? plan.mode;
  return `${sitePath('plan/', locale)}${serializePlan(plan)}`;
}

/** The sketch's context from the map data: the provincial border's lines and the county outlines' rings. */
export function sketchContext(data: Pick<MapData, 'overlays' | 'basemap'>): { border: LonLat[][]; outlines: LonLat[][] } {
  const lines = (g: Geometry): LonLat[][] => {
    switch (g.type) {
      case 'LineString':
        return [g.coordinates as LonLat[]];
      case 'MultiLineString':
      case 'Polygon':
        return g.coordinates as LonLat[][];
      case 'MultiPolygon':
        return g.coordinates.flat() as LonLat[][];
      default:
        return [];
    }
  };
  return {
    border: data.overlays.features.filter((f) => f.properties.overlay === 'border').flatMap((f) => lines(f.geometry)),
    outlines: data.basemap.features.filter((f) => f.properties.role === 'boundary').flatMap((f) => lines(f.geometry)),
  };
}
