/**
 * Chosen GTFS routes to transit entries: stops in the order of a representative trip, frequency from the
 * timetable, and the path from shapes.txt, or the stop sequence drawn straight and marked as such.
 */

import type { Feature } from 'geojson';
import { metres } from '../geo/distance.ts';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import { packMessages } from '../pack/messages/index.ts';
import { type SourceRef, transitSchema } from '../pack/schemas.ts';
import { describeZodIssues } from '../pack/zod-problems.ts';
import { checkPoint } from './coordinates.ts';

import { tidyGeometry } from './geometry-tidy.ts';
import { expiredServices, frequencyText, gtfsSeconds, type ServiceTrips } from './gtfs-frequency.ts';
import type { Feed, Row } from './gtfs-read.ts';
import { mixedText } from './mixed-text.ts';
import { note, type Plan } from './plan.ts';
import { areaAt } from './regions.ts';
import { freeId, slugify } from './slug.ts';
import type { ImportOptions, PackIndex } from './types.ts';

/** A stop this close to a site of the same name is that site. */
const SITE_RADIUS = 300;

const ROUTE_TYPES: Record<string, string> = {
  '0': '有轨电车',
  '1': '地铁',
  '2': '铁路',
  '3': '公交',
  '4': '轮渡',
  '5': '缆车',
  '6': '索道',
  '7': '缆索铁路',
  '11': '无轨电车',
  '12': '单轨',
};

export function routeTypeLabel(type: string | undefined): string {
  const t = type ?? '';
  if (ROUTE_TYPES[t]) return ROUTE_TYPES[t] as string;
  const n = Number(t);
  if (n >= 700 && n < 800) return '公交';
  if (n >= 100 && n < 200) return '铁路';
  return '公共交通';
}

export function routeTitle(route: Row): string {
  const short = route.route_short_name?.trim() ?? '';
  const long = route.route_long_name?.trim() ?? '';
  return [short, long].filter(Boolean).join(' ') || (route.route_id ?? '');
}

/** A one-line list of the feed's routes, for choosing --route. */
export function listRoutes(feed: Feed, m: ImportMessages): string[] {
  const trips = new Map<string, number>();
  for (const t of feed.trips) trips.set(t.route_id ?? '', (trips.get(t.route_id ?? '') ?? 0) + 1);
  return feed.routes.map((r) => m.read.routeLine(r.route_id ?? '', routeTitle(r), routeTypeLabel(r.route_type), trips.get(r.route_id ?? '') ?? 0));
}

/**
 * The trip whose stop pattern is most common in the main direction (direction_id 0, or none given);
 * ties go to the longer pattern, then the first trip id, so the choice is the same on every run.
 */
export function representativeTrip(trips: readonly Row[], stopTimes: ReadonlyMap<string, Row[]>): { trip: Row; direction: string } | undefined {
  const withStops = trips.filter((t) => (stopTimes.get(t.trip_id ?? '')?.length ?? 0) >= 2);
  if (!withStops.length) return undefined;
  const directions = [...new Set(withStops.map((t) => t.direction_id || '0'))].sort();
  const direction = directions[0] as string;
  const patterns = new Map<string, Row[]>();
  for (const t of withStops.filter((t) => (t.direction_id || '0') === direction)) {
    const key = (stopTimes.get(t.trip_id as string) ?? []).map((s) => s.stop_id).join('>');
    patterns.set(key, [...(patterns.get(key) ?? []), t]);
  }
  const [, group] = [...patterns].sort(([ka, a], [kb, b]) => b.length - a.length || kb.split('>').length - ka.split('>').length || ka.localeCompare(kb))[0] as [
    string,
    Row[],
  ];
  const trip = [...group].sort((a, b) => (a.trip_id ?? '').localeCompare(b.trip_id ?? ''))[0] as Row;
  return { trip, direction };
}

export function planGtfs(feed: Feed, index: PackIndex, options: ImportOptions, plan: Plan, fileName: string, today: string): void {
  const { m } = options;
  const taken = new Set(index.files.transit.keys());
  const titles = new Map<string, string>();
  for (const [title, refs] of index.titles) for (const ref of refs) if (ref.startsWith('transit/')) titles.set(title, ref.slice('transit/'.length));
  const agencies = new Map(feed.agency.map((a) => [a.agency_id ?? '', a.agency_name ?? '']));
  const onlyAgency = feed.agency.length === 1 ? feed.agency[0]?.agency_name : undefined;

  for (const routeId of options.routes) {
    plan.total++;
    const at = m.at.gtfsRoute(routeId);
    const skip = (field: string, said: { message: string; hint?: string }) => plan.skipped.push({ at, field, ...said });
    const route = feed.routes.find((r) => r.route_id === routeId);
    if (!route) {
      skip(
        'route_id',
        m.gtfs.noRoute(
          routeId,
          feed.routes.map((r) => r.route_id ?? ''),
        ),
      );
      continue;
    }
    const trips = feed.trips.filter((t) => t.route_id === routeId);
    const rep = representativeTrip(trips, feed.stopTimes);
    if (!rep) {
      skip('trips', m.gtfs.noTrips());
      continue;
    }
    const title = routeTitle(route);
    const times = feed.stopTimes.get(rep.trip.trip_id as string) ?? [];

    const stops: Record<string, unknown>[] = [];
    const path: [number, number][] = [];
    let broken = false;
    for (const st of times) {
      const stop = feed.stops.get(st.stop_id ?? '');
      const name = stop?.stop_name;
      const lon = Number(stop?.stop_lon);
      const lat = Number(stop?.stop_lat);
      if (!stop || !name || !stop.stop_lon || !stop.stop_lat || !Number.isFinite(lon) || !Number.isFinite(lat)) {
        skip(m.at.stop(st.stop_id ?? ''), stop ? m.gtfs.stopIncomplete() : m.gtfs.stopMissing());
        broken = true;
        break;
      }
      const checked = checkPoint(lon, lat, options.crs, index.serviceArea, m);
      if (!checked.ok) {
        skip(m.at.stop(st.stop_id ?? '', name), checked);
        broken = true;
        break;
      }
      const side = options.side ?? areaAt(index.areas, checked.wgs84[0], checked.wgs84[1])?.region.province;
      if (!side) {
        skip(m.at.stop(st.stop_id ?? '', name), m.gtfs.noSide());
        broken = true;
        break;
      }
      const site = index.sites.find((s) => s.title === name && metres(s.wgs84, checked.wgs84) <= SITE_RADIUS);
      if (site) {
        stops.push({ site: site.id, side });
        note(plan, m.notes.transitLinked);
      } else {
        stops.push({ name, side, location: { lon, lat, precision: options.precision, ...(options.crs !== 'wgs84' ? { crs: options.crs } : {}) } });
      }
      path.push([lon, lat]);
    }
    if (broken) continue;

    const sources: SourceRef[] = options.sources;
    if (sources.length === 0) {
      skip('sources', m.gtfs.noSource());
      continue;
    }

    const sameDirection = trips.filter((t) => (t.direction_id || '0') === rep.direction);
    const services = new Map<string, ServiceTrips>();
    for (const t of sameDirection) {
      const first = gtfsSeconds((feed.stopTimes.get(t.trip_id ?? '') ?? [])[0]?.departure_time);
      const s = services.get(t.service_id ?? '') ?? { serviceId: t.service_id ?? '', departures: [], frequencies: [] };
      if (first !== undefined) s.departures.push(first);
      s.frequencies.push(...feed.frequencies.filter((f) => f.trip_id === t.trip_id));
      services.set(s.serviceId, s);
    }
    const last = times[times.length - 1];
    const towards = (rep.trip.trip_headsign || feed.stops.get(last?.stop_id ?? '')?.stop_name || '').replace(/^to\s+/i, '');
    const frequency = frequencyText([...services.values()], feed.calendar, `往 ${towards} 方向`);
    const expired = expiredServices([...services.keys()], feed.calendar, today);
    if (expired.length) note(plan, m.notes.expired(expired.join(', ')));

    const agency = agencies.get(route.agency_id ?? '') || onlyAgency || '';
    const names = times.map((t) => feed.stops.get(t.stop_id ?? '')?.stop_name ?? '');
    const summary = mixedText(
      ...(agency ? [agency, '运营的'] : []),
      `${routeTypeLabel(route.route_type)}线路`,
      title,
      `，${names[0]} — ${names[names.length - 1]}，共 ${names.length} 站（据 GTFS 数据 ${fileName}）。`,
    );
    if (route.route_type !== '3' && !(Number(route.route_type) >= 700 && Number(route.route_type) < 800)) {
      note(plan, m.notes.notBus(route.route_type ?? '', routeTypeLabel(route.route_type)));
    }

    const data: Record<string, unknown> = { title, summary, operatorCity: options.operatorCity, frequency, stops, sources };
    const checked = transitSchema.safeParse(data);
    if (!checked.success) {
      for (const i of describeZodIssues(checked.error, data, transitSchema, packMessages(m.lang))) skip(i.path.join('.'), i);
      continue;
    }

    const shape = rep.trip.shape_id ? feed.shapes.get(rep.trip.shape_id) : undefined;
    const existing = titles.get(title);
    if (existing && !options.force) {
      skip('title', m.gtfs.inPack(existing, index.files.transit.get(existing) ?? ''));
      continue;
    }
    const id = existing ?? freeId(slugify(title) ?? slugify(routeId) ?? 'line', taken);
    taken.add(id);
    const ref = `transit/${id}`;
    const geoTarget = index.geometryFiles.get(ref);
    const feature: Feature =
      shape && shape.length >= 2
        ? {
            type: 'Feature',
            properties: { entry: ref, source: fileName, shape_id: rep.trip.shape_id },
            geometry: tidyGeometry({ type: 'LineString', coordinates: shape }),
          }
        : {
            type: 'Feature',
            properties: {
              entry: ref,
              source: fileName,
              schematic: true,
              note: m.gtfs.schematic,
            },
            geometry: { type: 'LineString', coordinates: path },
          };
    if (!shape) note(plan, m.notes.noShape);
    const geometryOk = !geoTarget || (options.force && [...(index.geoFileEntries.get(geoTarget) ?? [])].every((r) => r === ref));
    if (!geometryOk) skip('geometry', m.gtfs.geometryThere(ref, geoTarget ?? ''));
    plan.entries.push({
      collection: 'transit',
      id,
      at,
      data,
      body: '',
      generated: ['summary'],
      ...(geometryOk ? { geometry: { features: [feature], ...(options.crs !== 'wgs84' ? { crs: options.crs as 'gcj02' | 'bd09' } : {}) } } : {}),
      action: existing ? 'replace' : 'new',
      ...(existing ? { target: index.files.transit.get(existing) as string } : {}),
      ...(geoTarget && geometryOk ? { geoTarget } : {}),
      show: { title, what: routeTypeLabel(route.route_type), where: m.gtfs.where(stops.length, rep.trip.trip_id ?? '') },
    });
  }
}
