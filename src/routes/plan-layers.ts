/**
 * The layers that draw the planner's route (itinerary-geojson.ts) above the interactive map's own: legs dashed
 * where straight, numbered stops. Pure; plan-map.ts hands them to MapLibre.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { MAP_COLOURS as C } from '../map/palette.ts';
import { FONT } from '../map/style.ts';

export const PLAN_SOURCE = 'plan';
export const PLAN_LAYERS = ['plan-line', 'plan-stop', 'plan-stop-number'] as const;

export function planLayers(source = PLAN_SOURCE): LayerSpecification[] {
  return [
    {
      id: 'plan-line',
      type: 'line',
      source,
      filter: ['==', ['get', 'role'], 'leg'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': C.route,
        'line-width': 4,
        'line-dasharray': ['case', ['==', ['get', 'straight'], true], ['literal', [2, 2]], ['literal', [1, 0]]] as never,
      },
    },
    {
      id: 'plan-stop',
      type: 'circle',
      source,
      filter: ['==', ['get', 'role'], 'stop'],
      // White with a thick ring: told apart from the map's red cluster circles.
      paint: { 'circle-radius': 13, 'circle-color': '#ffffff', 'circle-stroke-color': C.route, 'circle-stroke-width': 3.5 },
    },
    {
      id: 'plan-stop-number',
      type: 'symbol',
      source,
      filter: ['==', ['get', 'role'], 'stop'],
      layout: {
        'text-field': ['to-string', ['get', 'order']],
        'text-font': FONT,
        'text-size': 13,
        'text-allow-overlap': true,
        'symbol-sort-key': ['get', 'order'],
      },
      paint: { 'text-color': C.route },
    },
  ];
}
