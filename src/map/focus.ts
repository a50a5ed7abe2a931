/** The area a focused map opens on: the entry's own features, with a little room around them. */
import type { Feature } from 'geojson';
import { type Bounds, contentBounds } from '../geo/bounds.ts';
import { mapLookup } from './lookup.ts';
import type { MapData } from './types.ts';

/** The view around one site: room around its point, then the margin of every focus. */
export function siteFocusBounds(site: Feature): Bounds {
  return withMargin(contentBounds([site], 0.06) as Bounds);
}

/** A little margin so edge points are not on the frame. */
function withMargin(b: Bounds): Bounds {
  const dx = (b[2] - b[0]) * 0.08;
  const dy = (b[3] - b[1]) * 0.08;
  return [b[0] - dx, b[1] - dy, b[2] + dx, b[3] + dy];
}

export function focusBounds(data: MapData, focus: string | undefined): Bounds {
  if (!focus) return data.bounds;
  const [collection, id] = focus.split('/');
  const lookup = mapLookup(data);
  const site = collection === 'sites' && id !== undefined ? lookup.site(id) : undefined;
  const features: Feature[] =
    collection === 'sites' ? (site ? [site] : []) : lookup.overlaysOf(focus).filter((f) => f.properties.overlay !== 'partnership-area');
  // A site, or a person whose places may all be one point, needs room around it; a line brings its own.
  const b = contentBounds(features, collection === 'sites' || collection === 'people' ? 0.06 : 0.03);
  return b ? withMargin(b) : data.bounds;
}
