/**
 * Coordinate cells as people type them (121.05, １２１．０５, 121.05°E, 东经121°3′, 121°03'00"), checked
 * against the pack's service area after conversion to WGS-84, with swapped pairs recognised.
 */
import { CRS_LABELS, round6, toWgs84 } from '../pack/crs.ts';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import { CRS_VALUES } from '../pack/schemas.ts';

export type Crs = (typeof CRS_VALUES)[number];
export type Bbox = readonly [number, number, number, number];

/** Decimal degrees from a cell, or undefined when it is not a coordinate. S and W make it negative. */
export function parseDegrees(cell: string): number | undefined {
  // Word processors curl the quotes of 121°05'30": ’ and ” are minutes and seconds too.
  let s = cell
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[”“]/g, '"');
  if (!s) return undefined;
  let sign = 1;
  if (/^(东经|北纬)/.test(s)) s = s.slice(2);
  else if (/^(西经|南纬)/.test(s)) {
    s = s.slice(2);
    sign = -1;
  } else if (/^[NSEW](?=\d)/i.test(s)) {
    if (/^[SW]/i.test(s)) sign = -1;
    s = s.slice(1);
  }
  const hemi = /[NSEW]$/i.exec(s)?.[0];
  if (hemi) {
    s = s.slice(0, -1);
    if (/[SW]/i.test(hemi)) sign = -sign;
  }
  if (/^[+-]?\d+(\.\d+)?°?$/.test(s)) return sign * Number(s.replace('°', ''));
  const dms = /^([+-]?\d+(?:\.\d+)?)(?:°|度)(?:(\d+(?:\.\d+)?)(?:'|′|分))?(?:(\d+(?:\.\d+)?)(?:"|″|''|′′|秒))?$/.exec(s);
  if (!dms) return undefined;
  const [, d, m, sec] = dms;
  const deg = Number(d);
  const value = Math.abs(deg) + Number(m ?? 0) / 60 + Number(sec ?? 0) / 3600;
  return round6(sign * Math.sign(deg || 1) * value);
}

/** "121.05,30.66" or "121.05 30.66" as pickers copy them: longitude first, as 高德, 百度 and GeoJSON write it. */
export function parsePair(cell: string): [number, number] | undefined {
  const parts = cell
    .normalize('NFKC')
    .trim()
    .split(/\s*[,;\s]\s*/);
  if (parts.length !== 2) return undefined;
  const lon = parseDegrees(parts[0] as string);
  const lat = parseDegrees(parts[1] as string);
  return lon === undefined || lat === undefined ? undefined : [lon, lat];
}

export function parseCrs(value: string | undefined): Crs | undefined {
  if (value === undefined) return undefined;
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[-_\s]/g, '');
  if (v === 'wgs84' || v === 'gps' || v === 'epsg4326' || v === 'cgcs2000') return 'wgs84';
  if (v === 'gcj02' || v === '高德' || v === '腾讯' || v === '火星坐标') return 'gcj02';
  if (v === 'bd09' || v === 'bd09ll' || v === '百度') return 'bd09';
  return (CRS_VALUES as readonly string[]).includes(v) ? (v as Crs) : undefined;
}

export type PointCheck =
  | { ok: true; lon: number; lat: number; wgs84: [number, number]; crs: Crs }
  | { ok: false; field: 'lon' | 'lat' | 'coordinates'; message: string; hint?: string };

const inside = ([w, s, e, n]: Bbox, lon: number, lat: number) => lon >= w && lon <= e && lat >= s && lat <= n;

/**
 * The numbers as given (kept in the entry with their crs, so the build converts and logs it), and the
 * WGS-84 point used for every check. A pair whose swap lands in the service area is called swapped.
 */
export function checkPoint(lon: number, lat: number, crs: Crs, area: Bbox, m: ImportMessages): PointCheck {
  const swappedInside = () => {
    if (Math.abs(lat) > 180 || Math.abs(lon) > 90) return false;
    const [x, y] = crs === 'wgs84' ? [lat, lon] : toWgs84([lat, lon], crs);
    return inside(area, x, y);
  };
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    if (swappedInside()) {
      return { ok: false, field: 'lat', ...m.point.swappedOutOfRange(lon, lat) };
    }
    return { ok: false, field: lat < -90 || lat > 90 ? 'lat' : 'lon', ...m.point.outOfRange(lon, lat) };
  }
  const wgs84 = crs === 'wgs84' ? ([lon, lat] as [number, number]) : toWgs84([lon, lat], crs);
  if (inside(area, wgs84[0], wgs84[1])) return { ok: true, lon, lat, wgs84, crs };
  if (swappedInside()) {
    return { ok: false, field: 'lat', ...m.point.swappedOutside(lon, lat) };
  }
  const shown = crs === 'wgs84' ? `(${lon}, ${lat})` : m.point.converted(CRS_LABELS[crs], lon, lat, wgs84[0], wgs84[1]);
  return { ok: false, field: 'coordinates', ...m.point.outside(shown, area) };
}
