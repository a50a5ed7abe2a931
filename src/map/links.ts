/** The full-map link of an entry's map: it opens on the same thing, with the same state. */
import { type Locale, sitePath } from '../site/paths.ts';
import { defaultLayers, type MapState, serializeState } from './state.ts';

export function fullMapHref(collection: string, id: string, locale?: Locale): string {
  const state: MapState = { layers: defaultLayers(collection === 'partnerships' ? id : undefined), kinds: [], sites: [] };
  if (collection === 'sites') state.site = id;
  if (collection === 'partnerships') state.partnership = id;
  if (collection === 'routes') state.layers = [...state.layers, 'routes'];
  if (collection === 'transit') state.line = id;
  return `${sitePath('map/', locale)}${serializeState(state)}`;
}
