/**
 * The parts of a GTFS feed a transit entry needs. stop_times.txt and shapes.txt are by far the largest
 * files of a real feed, so only the rows of the chosen routes' trips and shapes are kept.
 */
import Papa from 'papaparse';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import { SaidError } from './said-error.ts';
import { decodeText } from './text-decode.ts';
import { GTFS_LIMITS, unzipSafe } from './unzip-safe.ts';

export type Row = Record<string, string>;

export interface Feed {
  agency: Row[];
  routes: Row[];
  /** Trips of every route; small even in big feeds. */
  trips: Row[];
  stops: Map<string, Row>;
  /** stop_times of the trips asked for, by trip_id, in stop_sequence order. */
  stopTimes: Map<string, Row[]>;
  /** Shape points of the shapes asked for, by shape_id, in sequence order: [lon, lat]. */
  shapes: Map<string, [number, number][]>;
  frequencies: Row[];
  calendar: Map<string, Row>;
}

export const REQUIRED = ['routes.txt', 'trips.txt', 'stop_times.txt', 'stops.txt'] as const;

/** Files of a zipped feed by base name; some feeds zip a folder, so the folder part is dropped. */
export function feedFilesFromZip(bytes: Uint8Array, m: ImportMessages, what = 'GTFS zip'): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const [path, data] of unzipSafe(bytes, (name) => name.toLowerCase().endsWith('.txt'), GTFS_LIMITS, what, m)) {
    const name = path.split('/').pop()?.toLowerCase();
    if (name && !out.has(name)) out.set(name, data);
  }
  return out;
}

/** GTFS is UTF-8 by the spec; a feed exported on Chinese Windows may be GBK, and a byte of neither stops the import. */
function text(files: ReadonlyMap<string, Uint8Array>, name: string): string {
  const bytes = files.get(name);
  if (!bytes) return '';
  try {
    return decodeText(bytes).text;
  } catch (err) {
    throw new Error(`${name}: ${(err as Error).message}`);
  }
}

function table(files: ReadonlyMap<string, Uint8Array>, name: string, keep?: (row: Row) => boolean): Row[] {
  const rows: Row[] = [];
  Papa.parse<Row>(text(files, name), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
    step: (result) => {
      if (!keep || keep(result.data)) rows.push(result.data);
    },
  });
  return rows;
}

/** Reads the feed; `routeIds` limits stop_times and shapes to those routes (all routes' trips are still listed). */
export function readFeed(files: ReadonlyMap<string, Uint8Array>, routeIds: readonly string[], m: ImportMessages): Feed {
  const missing = REQUIRED.filter((f) => !files.has(f));
  if (missing.length) throw new SaidError(m.archive.noFeed(missing));
  const trips = table(files, 'trips.txt');
  const wanted = new Set(routeIds);
  const tripIds = new Set(trips.filter((t) => wanted.has(t.route_id ?? '')).map((t) => t.trip_id ?? ''));
  const shapeIds = new Set(trips.filter((t) => tripIds.has(t.trip_id ?? '') && t.shape_id).map((t) => t.shape_id as string));

  const stopTimes = new Map<string, Row[]>();
  for (const row of table(files, 'stop_times.txt', (r) => tripIds.has(r.trip_id ?? ''))) {
    const list = stopTimes.get(row.trip_id as string) ?? [];
    list.push(row);
    stopTimes.set(row.trip_id as string, list);
  }
  for (const list of stopTimes.values()) list.sort((a, b) => Number(a.stop_sequence) - Number(b.stop_sequence));

  const shapes = new Map<string, [number, number][]>();
  if (shapeIds.size) {
    const points = table(files, 'shapes.txt', (r) => shapeIds.has(r.shape_id ?? ''));
    points.sort((a, b) => Number(a.shape_pt_sequence) - Number(b.shape_pt_sequence));
    for (const p of points) {
      const list = shapes.get(p.shape_id as string) ?? [];
      list.push([Number(p.shape_pt_lon), Number(p.shape_pt_lat)]);
      shapes.set(p.shape_id as string, list);
    }
  }
  return {
    agency: table(files, 'agency.txt'),
    routes: table(files, 'routes.txt'),
    trips,
    stops: new Map(table(files, 'stops.txt').map((s) => [s.stop_id as string, s])),
    stopTimes,
    shapes,
    frequencies: table(files, 'frequencies.txt', (r) => tripIds.has(r.trip_id ?? '')),
    calendar: new Map(table(files, 'calendar.txt').map((c) => [c.service_id as string, c])),
  };
}
