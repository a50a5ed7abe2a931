import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, type Known, type MapState, parseState, serializeState, withChosenLayers } from './state.ts';

const known: Known = {
  kinds: new Set(['village', 'town']),
  regions: new Set(['浙江省', '浙江省/嘉兴市/平湖市']),
  bands: new Set(['qicai/red']),
  partnerships: new Set(['pinghu-jinshan']),
  sites: new Set(['zhuanjiaowan', 'shantang']),
  lines: new Set(['langxia-2']),
};

describe('map URL state', () => {
  it('round-trips a full state', () => {
    const state: MapState = {
      center: [121.12345, 30.75],
      zoom: 11.5,
      layers: ['sites', 'transit'],
      kinds: ['village'],
      region: '浙江省/嘉兴市/平湖市',
      band: 'qicai/red',
      partnership: 'pinghu-jinshan',
      site: 'shantang',
      line: 'langxia-2',
      sites: ['zhuanjiaowan', 'shantang'],
      q: '明月 山塘',
    };
    expect(parseState(serializeState(state), known)).toEqual(state);
  });

  it('leaves defaults out of the URL and reads an empty URL as the defaults', () => {
    const empty = parseState('', known);
    expect(empty).toEqual({
      center: undefined,
      zoom: undefined,
      layers: [...DEFAULT_LAYERS],
      kinds: [],
      region: undefined,
      band: undefined,
      partnership: undefined,
      site: undefined,
      line: undefined,
      sites: [],
      q: undefined,
    });
    expect(serializeState(empty)).toBe('');
  });

  it('keeps "no layers" apart from "default layers"', () => {
    expect(parseState('?layers=', known).layers).toEqual([]);
  });

  it.each(['?c=NaN,30&z=10', '?c=121,95&z=10', '?c=1e999,30&z=3', '?c=121,30&z=-4', '?c=121,30&z=Infinity', '?c=<script>,30&z=1'])(
    'ignores a bad view in %s',
    (q) => {
      const s = parseState(q, known);
      expect(s.center === undefined || s.zoom === undefined).toBe(true);
    },
  );

  it('drops unknown or hostile values instead of echoing them', () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    const q = new URLSearchParams({
      kind: `village,${hostile},museum`,
      region: hostile,
      band: 'x',
      p: 'javascript:alert(1)',
      site: '../../etc',
      line: 'no-such-line',
      sites: `shantang,${hostile}`,
      layers: `sites,${hostile}`,
    });
    const s = parseState(q, known);
    expect(s.kinds).toEqual(['village']);
    expect(s.layers).toEqual(['sites']);
    expect(s.sites).toEqual(['shantang']);
    expect([s.region, s.band, s.partnership, s.site, s.line]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(serializeState(s)).not.toContain('onerror');
  });

  it('caps very long lists and find texts, and drops a blank find text', () => {
    const s = parseState(`?kind=${'village,'.repeat(100_000)}`, known);
    expect(s.kinds).toEqual(['village']);
    expect(parseState(`?q=${'山'.repeat(1000)}`, known).q).toHaveLength(60);
    expect(parseState('?q=%20%20', known).q).toBeUndefined();
  });

  it('keeps partnership areas off by default and switches them on with a chosen partnership', () => {
    expect(parseState('', known).layers).not.toContain('partnerships');
    const chosen = parseState('?p=pinghu-jinshan', known);
    expect(chosen.layers).toContain('partnerships');
    expect(serializeState(chosen)).toBe('?p=pinghu-jinshan');
    const before = parseState('', known);
    expect(withChosenLayers(before, { ...before, partnership: 'pinghu-jinshan' }).layers).toContain('partnerships');
    // Switching the layer off again while the partnership stays chosen is respected.
    const off = { ...chosen, layers: chosen.layers.filter((l) => l !== 'partnerships') };
    expect(withChosenLayers(chosen, off).layers).not.toContain('partnerships');
  });
});
