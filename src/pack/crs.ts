import gcoord from 'gcoord';
import type { CRS_VALUES } from './schemas.ts';

type Crs = (typeof CRS_VALUES)[number];
export const CRS_LABELS = { wgs84: 'WGS-84', gcj02: 'GCJ-02', bd09: 'BD-09' } as const;
const FROM = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/** Converts a [lon, lat] pair to WGS-84 with gcoord; GCJ-02 and BD-09 are only defined inside China. */
export function toWgs84(position: [number, number], crs: Crs): [number, number] {
  if (crs === 'wgs84') return position;
  const [lon, lat] = gcoord.transform(position, FROM[crs], gcoord.WGS84) as [number, number];
  return [round6(lon), round6(lat)];
}

/** Six decimals is about 0.1 m: finer digits only add bytes. */
export function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
