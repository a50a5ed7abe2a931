/**
 * Where a map opens: the pack's core, not every site. Pure rules, shared by the build (the
 * static overview and the live map's config) and the browser (filters that move the view).
 */
import type { Position } from 'geojson';
import { km } from '../geo/distance.ts';
import type { Bounds } from './types.ts';

/** The static overview's size; a pack's `{ center, zoom }` is framed at it. */
export const OVERVIEW_SIZE = { width: 960, height: 600 } as const;

/** Fewer sites than this are all core: with three points there is no "far" to speak of. */
const MIN_SITES = 4;
/** A core never narrower than this, so a tight knot of sites still shows its surroundings. */
const MIN_RADIUS_KM = 10;
/** How many median distances from the centre a site may be and still belong to the core. */
const SPREAD = 3;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/**
 * Which points are the core: those within 3 × the median distance (at least 10 km) of the
 * coordinate-wise median. The median ignores a far minority, so outliers (宁波, 宁海, 虹桥
 * beside the 平湖–金山 knot) neither move the centre nor widen the radius.
 * Returns the indices of the core points, in input order.
 */
export function corePoints(points: readonly Position[]): number[] {
  const all = points.map((_, i) => i);
  if (points.length < MIN_SITES) return all;
  const centre: [number, number] = [median(points.map((p) => p[0] as number)), median(points.map((p) => p[1] as number))];
  const d = points.map((p) => km(centre, [p[0] as number, p[1] as number]));
  const radius = Math.max(MIN_RADIUS_KM, SPREAD * median(d));
  return all.filter((i) => (d[i] as number) <= radius);
}

/** The box around some points, grown so a single point still shows its surroundings (degrees). */
export function pointsBounds(points: readonly Position[], minSpanDeg = 0.02): Bounds | undefined {
  if (!points.length) return undefined;
  const xs = points.map((p) => p[0] as number);
  const ys = points.map((p) => p[1] as number);
  let [w, s, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const padX = Math.max(0, (minSpanDeg - (e - w)) / 2);
  const padY = Math.max(0, (minSpanDeg - (n - s)) / 2);
  [w, s, e, n] = [w - padX, s - padY, e + padX, n + padY];
  return [round(w), round(s), round(e), round(n)];
}

/**
 * The box a Web-Mercator view of `width`×`height` pixels shows around a centre at a zoom,
 * so a pack's `{ center, zoom }` can also frame the static overview.
 */
export function viewBounds(center: [number, number], zoom: number, width: number, height: number): Bounds {
  const worldPx = 512 * 2 ** zoom;
  const x = (lon: number) => ((lon + 180) / 360) * worldPx;
  const y = (lat: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * worldPx;
  const lon = (px: number) => (px / worldPx) * 360 - 180;
  const lat = (py: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / worldPx))) * 180) / Math.PI;
  const [cx, cy] = [x(center[0]), y(center[1])];
  return [round(lon(cx - width / 2)), round(lat(cy + height / 2)), round(lon(cx + width / 2)), round(lat(cy - height / 2))];
}

export function contains(b: Bounds, p: Position): boolean {
  const [lon, lat] = p as [number, number];
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** The box around two boxes. */
export function union(a: Bounds | undefined, b: Bounds | undefined): Bounds | undefined {
  if (!a || !b) return a ?? b;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/**
 * Where a filter moves the view: to what it selects. A partnership brings its members' places
 * (it may have no site in the pack, as 通武廊 in the default one); kinds, a region or a band
 * bring the matching sites, and so does a text in the find box. No filter, no move: undefined.
 */
export function filterView(
  filters: { kinds: readonly string[]; region?: string; band?: string; partnership?: string; q?: string },
  matching: readonly Position[],
  partnershipBounds: Readonly<Record<string, Bounds>>,
): Bounds | undefined {
  const filtered = filters.kinds.length > 0 || Boolean(filters.region || filters.band || filters.partnership || filters.q?.trim());
  if (!filtered) return undefined;
  const own = filters.partnership ? partnershipBounds[filters.partnership] : undefined;
  return union(own, pointsBounds(matching));
}
