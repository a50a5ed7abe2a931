/**
 * From which zoom each basemap feature shows. One table for the tiles (a feature is left out of
 * tiles below its zoom, which keeps the first view light) and for the style's layer minzooms.
 */
import type { BasemapRole } from '../../pack/schemas.ts';

/** The finest tiles the build writes; MapLibre overzooms beyond, as the data hold no more detail. */
export const TILE_MAXZOOM = 10;

/** Place ranks: 1 capital, 2–3 city, 4–5 county, 6+ town (GeoNames' order, which other data can be mapped to). */
export const PLACE_ZOOM = { city: 6, county: 8, town: 10 } as const;

export const ROLE_MINZOOM: Record<BasemapRole, number> = {
  land: 0,
  water: 0,
  lake: 0,
  river: 0,
  urban: 5,
  road: 5,
  railway: 7,
  'province-boundary': 0,
  boundary: 7,
  'town-boundary': 10,
  place: PLACE_ZOOM.city,
};

/** Minor roads join at 8: at 5–7 only the motorway net reads as a net. */
export const MINOR_ROAD_ZOOM = 8;

export function placeZoom(rank: number | undefined): number {
  if (rank === undefined || rank <= 3) return PLACE_ZOOM.city;
  if (rank <= 5) return PLACE_ZOOM.county;
  return PLACE_ZOOM.town;
}

export function featureMinzoom(role: BasemapRole, props: { rank?: number; class?: string }): number {
  if (role === 'place') return placeZoom(props.rank);
  if (role === 'road' && props.class === 'minor') return MINOR_ROAD_ZOOM;
  return ROLE_MINZOOM[role];
}

/** Pixels across a water or urban area must span before it is drawn: smaller, it is confetti, not information. */
export const AREA_MIN_PIXELS = 8;

/**
 * The zoom from which an area of `m2` square metres at latitude `lat` spans AREA_MIN_PIXELS
 * (512 px tiles, as MapLibre draws): ponds appear close up, lakes early.
 */
export function areaZoom(m2: number, lat: number): number {
  const side = Math.sqrt(Math.max(m2, 1));
  const metresPerPixelAtZ0 = (40_075_016 * Math.cos((lat * Math.PI) / 180)) / 512;
  return Math.max(0, Math.ceil(Math.log2((AREA_MIN_PIXELS * metresPerPixelAtZ0) / side)));
}
