import { describe, expect, it } from 'vitest';
import {
  changeFit,
  findFit,
  flyTarget,
  formState,
  historyStep,
  initialView,
  listView,
  panelFor,
  stateUrl,
  withLine,
  withoutDetail,
  withoutFilters,
  withoutRestriction,
  withQuery,
  withSite,
  withTypedQuery,
  withView,
} from './explorer-state.ts';
import { filterSites } from './filter.ts';
import { DEFAULT_LAYERS, type Known, type MapState, parseState } from './state.ts';
import type { SiteFeature, TransitLine } from './types.ts';

const site = (
  id: string,
  kind: string,
  [lon, lat]: [number, number],
  regions: string[],
  more: { bands?: string[]; partnerships?: string[] } = {},
): SiteFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: {
    id,
    title: id,
    kind,
    places: [regions],
    regions: [regions.join('')],
    regionKeys: `|${regions.map((_, i) => regions.slice(0, i + 1).join('/')).join('|')}|`,
    bands: more.bands?.length ? `|${more.bands.join('|')}|` : '',
    partnerships: more.partnerships?.length ? `|${more.partnerships.join('|')}|` : '',
    routes: '',
    approximate: false,
  },
});
const shantang = site('shantang', 'village', [121.13, 30.78], ['浙江省', '嘉兴市', '平湖市', '广陈镇'], { partnerships: ['pinghu-jinshan'] });
const zhuanjiaowan = site('zhuanjiaowan', 'red-heritage', [121.05, 30.66], ['浙江省', '嘉兴市', '平湖市', '独山港镇'], { bands: ['qicai/red'] });
const langxia = site('langxia-zhen', 'town', [121.17, 30.8], ['上海市', '金山区', '廊下镇'], { partnerships: ['pinghu-jinshan'] });
const sites = [shantang, zhuanjiaowan, langxia];
const byId = new Map(sites.map((s) => [s.properties.id, s]));
const line: TransitLine = { id: 'langxia-2', title: '廊下2路', colour: '#c00', schematic: true, stops: [{ site: 'shantang', side: '浙江' }] };
const known: Known = {
  kinds: new Set(['village', 'red-heritage', 'town']),
  regions: new Set(['浙江省/嘉兴市/平湖市']),
  bands: new Set(['qicai/red']),
  partnerships: new Set(['pinghu-jinshan']),
  sites: new Set(byId.keys()),
  lines: new Set([line.id]),
};
const start: MapState = parseState('', known);

describe('formState', () => {
  it('starts from the default layers', () => {
    expect(start.layers).toEqual([...DEFAULT_LAYERS]);
  });

  const form = (pairs: [string, string][]) => {
    const data = new FormData();
    for (const [k, v] of pairs) data.append(k, v);
    return data;
  };

  it('reads the layers, kinds, region, band and partnership, and keeps the rest of the state', () => {
    const prev: MapState = { ...start, center: [121, 30.7], zoom: 11, site: 'shantang', q: '山塘', sites: ['shantang'] };
    const next = formState(
      prev,
      form([
        ['layer', 'sites'],
        ['layer', 'not-a-layer'],
        ['layer', 'transit'],
        ['kind', 'village'],
        ['kind', 'town'],
        ['region', '浙江省/嘉兴市/平湖市'],
        ['band', ''],
        ['p', ''],
      ]),
    );
    expect(next).toEqual({
      ...prev,
      layers: ['sites', 'transit'],
      kinds: ['village', 'town'],
      region: '浙江省/嘉兴市/平湖市',
      band: undefined,
      partnership: undefined,
    });
  });

  it('switches the partnership layer on when a partnership is chosen, and only then', () => {
    const chosen = formState(
      start,
      form([
        ['layer', 'sites'],
        ['p', 'pinghu-jinshan'],
      ]),
    );
    expect(chosen.layers).toEqual(['sites', 'partnerships']);
    // Switching it off again with the partnership still chosen is the reader's to do.
    expect(
      formState(
        chosen,
        form([
          ['layer', 'sites'],
          ['p', 'pinghu-jinshan'],
        ]),
      ).layers,
    ).toEqual(['sites']);
  });

  it('reads an empty form as no layers and no filters', () => {
    expect(formState(start, [])).toMatchObject({ layers: [], kinds: [], region: undefined, band: undefined, partnership: undefined });
  });
});

describe('steps of the state', () => {
  const open: MapState = {
    ...start,
    kinds: ['village'],
    region: '浙江省/嘉兴市/平湖市',
    band: 'qicai/red',
    partnership: 'pinghu-jinshan',
    sites: ['shantang'],
    site: 'shantang',
    zoom: 12,
    center: [121, 30.7],
  };

  it('reset clears every filter and the restriction, and keeps the layers, the view, the open site and the text', () => {
    expect(withoutFilters({ ...open, q: 'x' })).toEqual({ ...open, q: 'x', kinds: [], region: undefined, band: undefined, partnership: undefined, sites: [] });
    expect(withoutRestriction(open)).toEqual({ ...open, sites: [] });
  });

  it('opens a site or a line, never both', () => {
    expect(withSite({ ...start, line: 'langxia-2' }, 'shantang')).toMatchObject({ site: 'shantang', line: undefined });
    expect(withSite(open, undefined)).toMatchObject({ site: undefined, line: undefined });
    expect(withLine(open, 'langxia-2', known.lines)).toMatchObject({ site: undefined, line: 'langxia-2', kinds: ['village'] });
    expect(withLine(open, 'no-such-line', known.lines)).toBeUndefined();
  });

  it('closes the panel, returning the same state when nothing was open (no history step)', () => {
    expect(withoutDetail(open)).toEqual({ ...open, site: undefined });
    expect(withoutDetail({ ...start, line: 'langxia-2' }).line).toBeUndefined();
    const closed = { ...open, site: undefined };
    expect(withoutDetail(closed)).toBe(closed);
  });

  it('takes the find box’s trimmed text, returning the same state when it says what the state holds', () => {
    const found = withQuery(start, '  山塘 ');
    expect(found.q).toBe('山塘');
    expect(withQuery(found, '山塘  ')).toBe(found);
    expect(withQuery(found, '   ').q).toBeUndefined();
    expect(withQuery(start, '')).toBe(start);
    expect(withQuery(start, undefined)).toBe(start);
  });

  it('counts text typed before the page was ready, unless the link says what to find', () => {
    expect(withTypedQuery(start, ' 廊下 ').q).toBe('廊下');
    const linked = { ...start, q: '山塘' };
    expect(withTypedQuery(linked, '廊下')).toBe(linked);
    expect(withTypedQuery(start, '  ')).toBe(start);
  });

  it('puts the map’s view in the state and its URL', () => {
    const moved = withView(open, [121.2, 30.8], 10.5);
    expect(moved).toEqual({ ...open, center: [121.2, 30.8], zoom: 10.5 });
    expect(stateUrl('/map/', moved)).toMatch(/^\/map\/\?c=121\.20000%2C30\.80000&z=10\.50&/);
    expect(parseState(stateUrl('/map/', moved).slice('/map/'.length), known)).toEqual(moved);
    expect(stateUrl('/en/map/', start)).toBe('/en/map/');
  });
});

describe('panelFor', () => {
  it('shows the open site, else the open line, else nothing', () => {
    expect(panelFor({ site: 'shantang', line: 'langxia-2' }, byId, [line])).toEqual({ kind: 'site', key: 'site:shantang', site: shantang });
    expect(panelFor({ line: 'langxia-2' }, byId, [line])).toEqual({ kind: 'line', key: 'line:langxia-2', line });
    expect(panelFor({}, byId, [line])).toEqual({ kind: 'none' });
  });

  it('falls back past a site or a line the map does not have', () => {
    expect(panelFor({ site: 'gone', line: 'langxia-2' }, byId, [line]).kind).toBe('line');
    expect(panelFor({ line: 'gone' }, byId, [line])).toEqual({ kind: 'none' });
  });
});

describe('listView', () => {
  const kinds = ['village', 'red-heritage', 'town'];

  it('lists the filtered sites, out of every site of the pack', () => {
    const state = { ...start, partnership: 'pinghu-jinshan' };
    const v = listView(sites, filterSites(sites, state), state, kinds);
    expect([...v.shown].sort()).toEqual(['langxia-zhen', 'shantang']);
    expect(v.total).toBe(3);
    expect(v.restricted).toBe(false);
    expect(v.found).toBeUndefined();
  });

  it('keeps to the map’s view when given one', () => {
    const v = listView(sites, sites, start, kinds, [121.1, 30.7, 121.2, 30.9]);
    expect([...v.shown].sort()).toEqual(['langxia-zhen', 'shantang']);
    expect(v.total).toBe(3);
  });

  it('counts each kind under the other filters, whichever kinds are chosen', () => {
    const state = { ...start, kinds: ['village'], partnership: 'pinghu-jinshan' };
    const v = listView(sites, filterSites(sites, state), state, kinds);
    expect(Object.fromEntries(v.kindCounts)).toEqual({ village: 1, 'red-heritage': 0, town: 1 });
    expect([...v.shown]).toEqual(['shantang']);
  });

  it('says when the list is restricted to sites from search, and how many the find box found, view included', () => {
    const state = { ...start, sites: ['shantang', 'zhuanjiaowan'], q: '浙江' };
    const v = listView(sites, filterSites(sites, state), state, kinds, [121.1, 30.7, 121.2, 30.9]);
    expect(v.restricted).toBe(true);
    expect(v.found).toBe(1);
    expect(listView(sites, [], { ...start, q: 'nothing' }, kinds).found).toBe(0);
  });
});

describe('historyStep', () => {
  it('pushes a step that changes the address, and nothing when it does not', () => {
    expect(historyStep('push', '/map/', '/map/?kind=village')).toBe('push');
    expect(historyStep('push', '/map/?kind=village', '/map/?kind=village')).toBeUndefined();
  });
  it('replaces for typing and moving the map, and leaves the history alone going Back', () => {
    expect(historyStep('replace', '/map/', '/map/?q=x')).toBe('replace');
    expect(historyStep('replace', '/map/', '/map/')).toBe('replace');
    expect(historyStep('none', '/map/', '/map/?q=x')).toBeUndefined();
  });
});

describe('where the view goes', () => {
  const bounds = { 'pinghu-jinshan': [121, 30.6, 121.4, 30.9] as [number, number, number, number] };

  it('a filter frames what it selects; a layer switch stays', () => {
    const state = { ...start, kinds: ['village'] };
    const visible = filterSites(sites, state);
    expect(changeFit('kind', state, visible, {})).toEqual([121.12, 30.77, 121.14, 30.79]);
    expect(changeFit('layer', state, visible, {})).toBeUndefined();
    expect(changeFit('kind', start, sites, {})).toBeUndefined();
    expect(changeFit('p', { ...start, partnership: 'pinghu-jinshan' }, [], bounds)).toEqual(bounds['pinghu-jinshan']);
  });

  it('the find box frames what it found, and stays when it found nothing or was emptied', () => {
    const state = { ...start, q: '山塘' };
    expect(findFit(state, [shantang], {})).toEqual([121.12, 30.77, 121.14, 30.79]);
    expect(findFit(state, [], {})).toBeUndefined();
    expect(findFit({ ...start, kinds: ['village'] }, [shantang], {})).toBeUndefined();
  });

  it('opens on the URL’s view, else on what a shared filter selects, else on the pack’s own', () => {
    const viewed = { ...start, center: [121, 30] as [number, number], zoom: 9, partnership: 'pinghu-jinshan' };
    expect(initialView(viewed, sites, bounds)).toEqual({ center: [121, 30], zoom: 9 });
    expect(initialView({ ...start, partnership: 'pinghu-jinshan' }, [], bounds)).toEqual({ bounds: bounds['pinghu-jinshan'] });
    expect(initialView({ ...start, zoom: 9 }, sites, bounds)).toBeUndefined();
    expect(initialView(start, sites, bounds)).toBeUndefined();
  });

  it('flies to a chosen site at street zoom at least', () => {
    expect(flyTarget(shantang, 9)).toEqual({ center: [121.13, 30.78], zoom: 13 });
    expect(flyTarget(shantang, 15.5)).toEqual({ center: [121.13, 30.78], zoom: 15.5 });
  });
});
