import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/support/dist.ts';
import { loadPack } from '../pack/load.ts';
import { buildMapData } from './data.ts';
import { layerFilters, layerVisibility } from './layer-filters.ts';
import { DEFAULT_LAYERS, type MapState } from './state.ts';
import { buildStyle, LAYER_GROUPS } from './style.ts';
import type { OverlayFeature } from './types.ts';

const overlays = buildMapData(loadPack(ROOT)).overlays.features;
const style = buildStyle({
  urls: { basemap: 'http://127.0.0.1/b/{z}/{x}/{y}.pbf', overlays: 'http://127.0.0.1/o.geojson' },
  basemap: { kind: 'offline' },
  layers: DEFAULT_LAYERS,
});

/** What a layer draws of the pack's overlays under a filter: `overlay entry band` of each feature it keeps. */
const kept = (filter: unknown, features: readonly OverlayFeature[] = overlays) => {
  const f = featureFilter(filter as never, 'filter');
  return features
    .filter((x) => f.filter({ zoom: 10 }, { type: 'Point', properties: x.properties }))
    .map((x) => `${x.properties.overlay} ${x.properties.entry}${x.properties.band ? ` ${x.properties.band}` : ''}`);
};
const styleFilter = (id: string) => (style.layers.find((l) => l.id === id) as { filter?: unknown } | undefined)?.filter;
const none: Pick<MapState, 'band' | 'partnership'> = {};

describe('layerVisibility', () => {
  it('shows the layers of the chosen groups and hides every other switchable layer', () => {
    const v = new Map(layerVisibility(['sites', 'partnerships']));
    expect([...v.keys()].sort()).toEqual(Object.values(LAYER_GROUPS).flat().sort());
    for (const id of [...LAYER_GROUPS.sites, ...LAYER_GROUPS.partnerships]) expect(v.get(id)).toBe('visible');
    for (const id of [...LAYER_GROUPS.belt, ...LAYER_GROUPS.transit, ...LAYER_GROUPS.border, ...LAYER_GROUPS.routes]) expect(v.get(id)).toBe('none');
    expect(layerVisibility([]).every(([, vis]) => vis === 'none')).toBe(true);
  });
});

describe('layerFilters', () => {
  it('names only layers the full map draws', () => {
    for (const id of Object.keys(layerFilters(none))) expect(styleFilter(id), id).toBeDefined();
  });

  it('with no band or partnership chosen, draws what the style starts with: every band, link and member, only the small areas', () => {
    for (const [id, filter] of Object.entries(layerFilters(none))) expect(kept(filter), id).toEqual(kept(styleFilter(id)));
    const areas = kept(layerFilters(none)['partnership-area']);
    expect(areas).toContain('partnership-area partnerships/tongwulang');
    expect(areas).not.toContain('partnership-area partnerships/g60-dangjian-gongjian');
    expect(kept(layerFilters(none)['partnership-link']).length).toBeGreaterThan(3);
  });

  it('keeps the belt to a chosen band', () => {
    const belt = overlays.filter((f) => f.properties.overlay === 'belt-member');
    const band = belt[0]?.properties.band as string;
    const filters = layerFilters({ band });
    expect(kept(filters['belt-member'])).toEqual([`belt-member belts/qicai-shifandai ${band}`]);
    const other: OverlayFeature = { ...(belt[0] as OverlayFeature), properties: { ...(belt[0] as OverlayFeature).properties, band: 'qicai-shifandai/other' } };
    expect(kept(filters['belt-member'], [other])).toEqual([]);
    expect(kept(filters['belt-band'], [{ ...other, properties: { ...other.properties, overlay: 'belt-band', band } }])).toHaveLength(1);
    // A band leaves the partnerships alone.
    expect(kept(filters['partnership-member'])).toEqual(kept(layerFilters(none)['partnership-member']));
  });

  it('keeps every partnership layer to a chosen partnership, its large area included', () => {
    const g60 = layerFilters({ partnership: 'g60-dangjian-gongjian' });
    expect(kept(g60['partnership-area'])).toEqual(['partnership-area partnerships/g60-dangjian-gongjian']);
    expect(kept(g60['partnership-outline'])).toEqual(['partnership-area partnerships/g60-dangjian-gongjian']);
    expect(kept(g60['partnership-link'])).toEqual([]);
    const members = kept(g60['partnership-member']);
    expect(members).toHaveLength(9);
    expect(new Set(members)).toEqual(new Set(['partnership-member partnerships/g60-dangjian-gongjian']));
    expect(kept(g60['partnership-label'])).toEqual(members);
    const linked = layerFilters({ partnership: 'pinghu-jinshan' });
    expect(kept(linked['partnership-link'])).toEqual(['partnership-link partnerships/pinghu-jinshan']);
    expect(kept(linked['partnership-area'])).toEqual([]);
    // A partnership leaves the belt alone.
    expect(kept(linked['belt-member'])).toEqual(kept(layerFilters(none)['belt-member']));
  });
});
