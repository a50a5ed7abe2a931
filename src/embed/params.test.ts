import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../tests/fixtures/hostile.ts';
import { parseIncoming, parseOutgoing } from './messages.ts';
import { parseEmbedParams, serializeEmbedParams } from './params.ts';

const known = {
  sites: new Set(['zhuanjiaowan', 'shantang']),
  kinds: new Set(['village', 'red-heritage']),
  regions: new Set(['浙江省/嘉兴市/平湖市']),
  bands: new Set(['qicai/red']),
  partnerships: new Set(['pinghu-jinshan']),
};

describe('parseEmbedParams', () => {
  it('reads a well-formed widget', () => {
    const { params, ignored } = parseEmbedParams(
      '?layers=sites,belt&kind=village&region=浙江省/嘉兴市/平湖市&band=qicai/red&p=pinghu-jinshan&c=121.1,30.7&z=11&site=shantang&list=1&legend=true&height=480&title=平湖红色地图&accent=#B71C1C',
      known,
    );
    expect(ignored).toEqual([]);
    expect(params).toMatchObject({
      layers: ['sites', 'belt'],
      kinds: ['village'],
      region: '浙江省/嘉兴市/平湖市',
      band: 'qicai/red',
      partnership: 'pinghu-jinshan',
      center: [121.1, 30.7],
      zoom: 11,
      fit: false,
      site: 'shantang',
      list: true,
      legend: true,
      height: 480,
      title: '平湖红色地图',
      accent: '#b71c1c',
    });
  });

  it('round-trips through the generator', () => {
    const { params } = parseEmbedParams('?kind=village,red-heritage&c=121.1,30.7&z=11&list=1&title=标题', known);
    expect(parseEmbedParams(serializeEmbedParams(params), known).params).toEqual(params);
  });

  it('drops unknown parameters silently', () => {
    expect(parseEmbedParams('?utm_source=x&foo=<b>', known)).toEqual(parseEmbedParams('', known));
  });

  it.each(['layers', 'kind', 'region', 'band', 'p', 'c', 'z', 'fit', 'site', 'lang', 'list', 'legend', 'search', 'height', 'title', 'accent'])(
    'ignores every hostile value of %s, names the parameter, and keeps nothing of it',
    (name) => {
      for (const value of HOSTILE) {
        const { params, ignored } = parseEmbedParams(new URLSearchParams({ [name]: value }), known);
        const text = JSON.stringify(params);
        // A title is shown as text, so words may stay; markup and direction tricks may not.
        expect(text).not.toMatch(name === 'title' ? /<|>|\u202e/ : /<|>|javascript:|onerror|onload|\u202e/);
        expect([...(params.title ?? '')].every((ch) => (ch.codePointAt(0) ?? 0) >= 0x20)).toBe(true);
        if (name !== 'title') expect(ignored, `${name}=${value}`).toEqual([name]);
      }
    },
  );

  it('shows a plain title as it is, and does not show one it reports as ignored', () => {
    expect(parseEmbedParams(`?title=${encodeURIComponent('平湖 红色地图')}`, known)).toMatchObject({ params: { title: '平湖 红色地图' }, ignored: [] });
    for (const title of ['<b>平湖</b>', '长'.repeat(100), '平湖\u202e']) {
      const { params, ignored } = parseEmbedParams(`?title=${encodeURIComponent(title)}`, known);
      expect(params.title, title).toBeUndefined();
      expect(ignored).toEqual(['title']);
    }
  });

  it('leaves the default layers when no layer given is known, and reports only what it dropped', () => {
    const typo = parseEmbedParams('?layers=site', known);
    expect(typo.params.layers).toBeUndefined();
    expect(typo.ignored).toEqual(['layers']);
    expect(parseEmbedParams('?layers=sites,nope', known)).toMatchObject({ params: { layers: ['sites'] }, ignored: ['layers'] });
    expect(parseEmbedParams('?kind=village,village', known)).toMatchObject({ params: { kinds: ['village'] }, ignored: [] });
    expect(parseEmbedParams('?kind=village,museum', known)).toMatchObject({ params: { kinds: ['village'] }, ignored: ['kind'] });
  });

  it('rejects out-of-range numbers', () => {
    expect(parseEmbedParams('?z=21&height=5&c=200,30', known).ignored.sort()).toEqual(['c', 'height', 'z']);
  });
});

describe('messages', () => {
  it('acts on documented host messages with valid payloads only', () => {
    expect(parseIncoming({ source: 'dangjian-map-host', type: 'select-site', id: 'shantang' }, known.sites)).toEqual({ type: 'select-site', id: 'shantang' });
    expect(parseIncoming({ source: 'dangjian-map-host', type: 'select-site', id: '<img>' }, known.sites)).toBeUndefined();
    expect(parseIncoming({ source: 'dangjian-map-host', type: 'set-view', center: [121, 30], zoom: 9 }, known.sites)).toEqual({
      type: 'set-view',
      center: [121, 30],
      zoom: 9,
    });
    expect(parseIncoming({ source: 'dangjian-map-host', type: 'set-view', center: [121, Number.NaN], zoom: 9 }, known.sites)).toBeUndefined();
    expect(parseIncoming({ source: 'dangjian-map-host', type: 'eval', code: 'alert(1)' }, known.sites)).toBeUndefined();
    expect(parseIncoming('select-site', known.sites)).toBeUndefined();
  });

  it('the loader accepts widget messages with the documented fields only', () => {
    expect(parseOutgoing({ source: 'dangjian-map', version: 1, type: 'resize', height: 480.4, extra: 'x' })).toEqual({
      source: 'dangjian-map',
      version: 1,
      type: 'resize',
      height: 480,
    });
    expect(parseOutgoing({ source: 'dangjian-map', version: 1, type: 'resize', height: 1e9 })).toBeUndefined();
    expect(parseOutgoing({ source: 'dangjian-map', version: 2, type: 'ready', height: 1 })).toBeUndefined();
    expect(parseOutgoing({ source: 'dangjian-map', version: 1, type: 'site-selected', site: { id: 'a', title: 't', html: '<b>' } })).toEqual({
      source: 'dangjian-map',
      version: 1,
      type: 'site-selected',
      site: { id: 'a', title: 't' },
    });
  });
});
