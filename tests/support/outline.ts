/** A rectangular outline from longitude w to e (latitudes 30–31.5), for the fact checks' tests. */
import type { Outline } from '../../src/pack/facts/outlines.ts';

export const boxOutline = (levels: Partial<Outline>, w = 120.5, e = 121.15): Outline => ({
  feature: {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, 30],
          [e, 30],
          [e, 31.5],
          [w, 31.5],
          [w, 30],
        ],
      ],
    },
  },
  bbox: [w, 30, e, 31.5],
  label: '',
  ...levels,
});
