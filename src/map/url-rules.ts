/**
 * How a map's URL is read: one set of rules for the full map's state (state.ts) and the widgets' parameters
 * (src/embed/params.ts), so that a link means the same on both and a hostile value is refused the same way.
 */

/** Items a list parameter keeps at most (`kind=`, `sites=`, `layers=`). */
export const MAX_LIST = 200;
/** The zooms a URL may ask for. */
export const ZOOM_RANGE = [0, 20] as const;

/** A plain decimal in range; anything else (`1e3`, `0x10`, `NaN`, `Infinity`, blank) is undefined. */
export function decimal(raw: string | null | undefined, min: number, max: number): number | undefined {
  const v = raw?.trim();
  if (!v || !/^-?\d+(\.\d+)?$/.test(v)) return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

/** A comma-separated list: items trimmed, blanks dropped, cut to MAX_LIST. */
export function listOf(raw: string | null | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .slice(0, MAX_LIST)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `lon,lat`: exactly two decimals, each in range. */
export function lonLat(raw: string | null | undefined): [number, number] | undefined {
  const parts = raw?.split(',') ?? [];
  if (parts.length !== 2) return undefined;
  const lon = decimal(parts[0], -180, 180);
  const lat = decimal(parts[1], -85, 85);
  return lon !== undefined && lat !== undefined ? [lon, lat] : undefined;
}
