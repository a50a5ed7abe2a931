import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/support/dist.ts';
import { buildMapData } from '../map/data.ts';
import { filterSites } from '../map/filter.ts';
import { serializeState } from '../map/state.ts';
import type { SiteFeature } from '../map/types.ts';
import { loadPack } from '../pack/load.ts';
import { parseEmbedParams } from './params.ts';
import { fitBounds, fullMapState, heightChanged, knownFromSites, matchesTitle, openingView, widgetFilters, widgetLayers } from './widget-state.ts';

const sites = buildMapData(loadPack(ROOT)).sites.features;
const known = knownFromSites(sites);
const widget = (query: string) => parseEmbedParams(query, known).params;
const site = (id: string, title: string, lon: number, lat: number) =>
  ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, title } }) as unknown as SiteFeature;

describe('knownFromSites', () => {
  it('lets a widget name every site, kind, region (ancestors included), band and partnership the sites carry', () => {
    expect(known.sites.size).toBe(sites.length);
    expect(known.partnerships.has('pinghu-jinshan')).toBe(true);
    expect(known.regions.has('浙江省')).toBe(true);
    expect(known.regions.has('上海市/金山区')).toBe(true);
    expect([...known.bands].every((b) => b.includes('/'))).toBe(true);
  });

  it('so a parameter naming something the sites do not carry is ignored and reported', () => {
    const { params, ignored } = parseEmbedParams('?p=no-such-partnership&region=火星', known);
    expect(params.partnership).toBeUndefined();
    expect(ignored).toEqual(['region', 'p']);
  });
});

describe('widgetLayers', () => {
  it('uses the layers asked for', () => {
    expect(widgetLayers(widget('?layers=sites,border&p=pinghu-jinshan'))).toEqual(['sites', 'border']);
  });

  it('adds the routes for a route widget and the areas for a partnership widget', () => {
    expect(widgetLayers(widget(''), 'routes/mingyue-shantang-half-day')).toContain('routes');
    expect(widgetLayers(widget('?p=pinghu-jinshan'))).toContain('partnerships');
    expect(widgetLayers(widget(''))).not.toContain('partnerships');
  });
});

describe('the sites a widget shows', () => {
  it('follows the same filter rule as the full map', () => {
    const params = widget('?p=pinghu-jinshan');
    const shown = filterSites(sites, widgetFilters(params));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(sites.length);
    expect(shown.every((s) => s.properties.partnerships.includes('|pinghu-jinshan|'))).toBe(true);
  });

  it('keeps, for the search box, the titles holding the words as typed', () => {
    expect(matchesTitle(site('a', '明月山塘', 121, 30), '山塘')).toBe(true);
    expect(matchesTitle(site('a', '明月山塘', 121, 30), '山 塘')).toBe(false);
    expect(matchesTitle(site('a', '明月山塘', 121, 30), '')).toBe(true);
  });
});

describe('the opening view', () => {
  it('is the centre and zoom given when the widget is told not to fit', () => {
    expect(openingView(widget('?c=121.1,30.8&z=11&fit=0'))).toEqual({ center: [121.1, 30.8], zoom: 11 });
  });

  it('is left to fitting when it may fit or lacks a zoom', () => {
    expect(openingView(widget('?c=121.1,30.8&z=11&fit=1'))).toBeUndefined();
    expect(openingView(widget('?c=121.1,30.8'))).toBeUndefined();
  });

  it('fits the bounds of what a filtered widget shows, and nothing for an unfiltered one', () => {
    const two = [site('a', '甲', 121.0, 30.7), site('b', '乙', 121.2, 30.9)];
    expect(fitBounds(widget('?p=pinghu-jinshan'), widgetFilters(widget('?p=pinghu-jinshan')), two)).toEqual([121.0, 30.7, 121.2, 30.9]);
    expect(fitBounds(widget(''), widgetFilters(widget('')), two)).toBeUndefined();
    expect(fitBounds(widget('?p=pinghu-jinshan'), widgetFilters(widget('?p=pinghu-jinshan')), [])).toBeUndefined();
  });
});

describe('fullMapState', () => {
  it('opens the full map on the widget’s layers, filters, site and current view', () => {
    const params = widget('?p=pinghu-jinshan&kind=memorial');
    const state = fullMapState(widgetLayers(params), widgetFilters(params), 'mingyue-shantang', { center: [121.1, 30.8], zoom: 12 });
    const query = new URLSearchParams(serializeState(state));
    expect(query.get('p')).toBe('pinghu-jinshan');
    expect(query.get('site')).toBe('mingyue-shantang');
    expect(query.get('c')).toBe('121.10000,30.80000');
    // A partnership's default layers (its areas on) go without saying; chosen layers are carried.
    expect(query.has('layers')).toBe(false);
    const chosen = widget('?layers=sites');
    expect(new URLSearchParams(serializeState(fullMapState(widgetLayers(chosen), widgetFilters(chosen), undefined, {}))).get('layers')).toBe('sites');
  });
});

describe('heightChanged', () => {
  it('ignores a change of a pixel or two, so the frame does not resize in a loop', () => {
    expect(heightChanged(420, 422)).toBe(false);
    expect(heightChanged(420, 417)).toBe(true);
  });
});
