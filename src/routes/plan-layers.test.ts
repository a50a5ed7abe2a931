import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { planSite } from '../../tests/fixtures/plan-site.ts';
import { buildStyle } from '../map/style.ts';
import { buildItinerary } from './itinerary.ts';
import { planFeatures } from './itinerary-geojson.ts';
import { PLAN_LAYERS, PLAN_SOURCE, planLayers } from './plan-layers.ts';

const site = planSite;

describe('the plan on the interactive map', () => {
  it('is a valid addition to the map style', () => {
    const base = buildStyle({ urls: { basemap: 'https://x/b.geojson', overlays: 'https://x/o.geojson' }, basemap: { kind: 'offline' }, layers: ['sites'] });
    const style = {
      ...base,
      sources: { ...base.sources, [PLAN_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } },
      layers: [...base.layers, ...planLayers()],
    };
    expect(validateStyleMin(style)).toEqual([]);
    expect(planLayers().map((l) => l.id)).toEqual([...PLAN_LAYERS]);
  });

  it('draws each leg once, flagged straight, and each stop with its number', () => {
    const it_ = buildItinerary({ stops: [{ site: site('a', 121, 30.7) }, { site: site('b', 121.1, 30.7) }, { site: site('c', 121.1, 30.8) }], mode: 'car' });
    const fc = planFeatures(it_);
    expect(fc.features.filter((f) => f.properties?.role === 'leg').map((f) => f.properties?.straight)).toEqual([true, true]);
    expect(
      fc.features
        .filter((f) => f.properties?.role === 'stop')
        .map((f) => f.properties?.order)
        .sort(),
    ).toEqual([1, 2, 3]);
  });

  it('draws no leg between stops at one spot', () => {
    const it_ = buildItinerary({ stops: [{ site: site('a', 121, 30.7) }, { site: site('a2', 121, 30.7) }], mode: 'car' });
    expect(planFeatures(it_).features.filter((f) => f.properties?.role === 'leg')).toEqual([]);
  });
});
