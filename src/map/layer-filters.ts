/**
 * Which map layers the full map's state shows, and what each draws: a chosen band keeps the belt to that band,
 * a chosen partnership keeps the partnership layers to it (its large area included). Plain expressions, handed to
 * MapLibre by client/explorer.ts.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { LAYERS, type LayerName, type MapState } from './state.ts';
import { LAYER_GROUPS, SMALL_AREAS } from './style.ts';

/** Every switchable layer id, `visible` when its group is among the state's layers, else `none`. */
export function layerVisibility(layers: readonly LayerName[]): [id: string, visibility: 'visible' | 'none'][] {
  return LAYERS.flatMap((group) => LAYER_GROUPS[group].map((id): [string, 'visible' | 'none'] => [id, layers.includes(group) ? 'visible' : 'none']));
}

/** The filter of each layer a band or a partnership narrows, for a state (none chosen: what the style starts with). */
export function layerFilters(state: Pick<MapState, 'band' | 'partnership'>): Record<string, ExpressionSpecification> {
  const entry = state.partnership ? `partnerships/${state.partnership}` : undefined;
  // A layer drawing one overlay kind, kept to the features whose `key` is `value` when one is chosen.
  const only = (overlay: string, key: string, value: string | undefined): ExpressionSpecification =>
    value ? ['all', ['==', ['get', 'overlay'], overlay], ['==', ['get', key], value]] : ['==', ['get', 'overlay'], overlay];
  const area: ExpressionSpecification = ['all', ['==', ['get', 'overlay'], 'partnership-area'], entry ? ['==', ['get', 'entry'], entry] : SMALL_AREAS];
  return {
    'belt-band': only('belt-band', 'band', state.band),
    'belt-member': only('belt-member', 'band', state.band),
    'partnership-member': only('partnership-member', 'entry', entry),
    // The partnership's name is drawn from its member points.
    'partnership-label': only('partnership-member', 'entry', entry),
    'partnership-link': ['all', ['==', ['get', 'overlay'], 'partnership-link'], entry ? ['==', ['get', 'entry'], entry] : true],
    'partnership-area': area,
    'partnership-outline': area,
  };
}
