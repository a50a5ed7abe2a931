import { describe, expect, it } from 'vitest';
import { zhCN } from '../i18n/zh-CN.ts';
import type { Hit } from './hit.ts';
import { filtersOpen, formState, isIdle, MAP_LIMIT, mapOffer, mayShowOnMap, namesLead, nothingFound } from './page-status.ts';
import { emptyFilters, type SearchState } from './query.ts';

const strings = zhCN.search.client;
const search = (q: string, filters: Partial<SearchState['filters']> = {}): SearchState => ({ q, filters: { ...emptyFilters(), ...filters } });

describe('formState', () => {
  it('reads the trimmed query and the ticked boxes of known filters, ignoring other boxes', () => {
    const state = formState('  山塘 ', [
      { name: 'type', value: 'sites' },
      { name: 'region', value: '平湖市' },
      { name: 'region', value: '金山区' },
      { name: 'in-view', value: 'on' },
    ]);
    expect(state).toEqual(search('山塘', { type: ['sites'], region: ['平湖市', '金山区'] }));
  });

  it('is idle with nothing typed or ticked, and not once a filter is ticked', () => {
    expect(isIdle(formState(' ', []))).toBe(true);
    expect(isIdle(formState('', [{ name: 'band', value: 'qicai' }]))).toBe(false);
  });
});

describe('nothingFound', () => {
  it('names the query and offers closest matches when no filter is set', () => {
    expect(nothingFound(search('明月三塘'), 0, strings)).toEqual({ status: '没有找到与“明月三塘”相关的内容。', closest: true });
  });

  it('offers to remove the filters, with the count that would then be found', () => {
    const nothing = nothingFound(search('山塘', { type: ['transit'] }), 7, strings);
    expect(nothing.status).toBe('在所选筛选条件下没有找到与“山塘”相关的内容。');
    expect(nothing.unfilter).toBe('去掉筛选条件（可找到 7 条结果）');
  });

  it('does not offer to remove filters that would find nothing either', () => {
    expect(nothingFound(search('山塘', { type: ['transit'] }), 0, strings).unfilter).toBeUndefined();
  });

  it('says no entry fits the filters when only filters were chosen, with no closest matches to look for', () => {
    expect(nothingFound(search('', { region: ['嘉善县'] }), 0, strings)).toEqual({ status: '没有符合所选筛选条件的内容。', closest: false });
  });
});

describe('the map link', () => {
  it('is looked for unless the chosen types leave sites out', () => {
    expect(mayShowOnMap(search('山塘'))).toBe(true);
    expect(mayShowOnMap(search('山塘', { type: ['stories', 'sites'] }))).toBe(true);
    expect(mayShowOnMap(search('山塘', { type: ['stories'] }))).toBe(false);
  });

  it('shows all the sites found on the map', () => {
    expect(mapOffer(2, strings)).toEqual({ count: 2, text: '在地图上显示这 2 个地点' });
  });

  it('says "the first N" when more sites were found than the address carries', () => {
    expect(mapOffer(MAP_LIMIT + 40, strings)).toEqual({ count: MAP_LIMIT, text: `在地图上显示前 ${MAP_LIMIT} 个地点` });
  });

  it('is not offered when no site was found', () => {
    expect(mapOffer(0, strings)).toBeUndefined();
  });
});

describe('filtersOpen', () => {
  it('unfolds the filters on a wide screen, and on a phone only when the address chose some', () => {
    expect(filtersOpen(search('山塘'), false)).toBe(true);
    expect(filtersOpen(search('山塘'), true)).toBe(false);
    expect(filtersOpen(search('', { kind: ['memorial'] }), true)).toBe(true);
  });
});

describe('namesLead', () => {
  const hit = (id: string, excerpt = ''): Hit => ({ url: `/sites/${id}/`, title: id, sub: '', type: 'sites', excerpt, pyt: '', cat: '' });
  const urls = (hits: readonly Hit[]) => hits.map((h) => h.url.split('/')[2]);

  it('keeps the names’ order first, with Pagefind’s excerpts, then Pagefind’s other hits', () => {
    const { page, rest } = namesLead([hit('a'), hit('b')], [hit('x', '…x…'), hit('b', '…b…'), hit('y', '…y…')], 20);
    expect(urls(page)).toEqual(['a', 'b', 'x', 'y']);
    expect(page[1]?.excerpt).toBe('…b…');
    expect(page[0]?.excerpt).toBe('');
    expect(rest).toEqual([]);
  });

  it('fills one page and leaves Pagefind’s remaining hits for the next, each entry once', () => {
    const { page, rest } = namesLead([hit('a'), hit('b'), hit('c')], [hit('c'), hit('x'), hit('y'), hit('a')], 4);
    expect(urls(page)).toEqual(['a', 'b', 'c', 'x']);
    expect(urls(rest)).toEqual(['y']);
  });

  it('lists at most a page of names, and Pagefind’s order alone when the names answer nothing', () => {
    expect(urls(namesLead([hit('a'), hit('b'), hit('c')], [hit('x')], 2).page)).toEqual(['a', 'b']);
    expect(urls(namesLead([hit('a'), hit('b'), hit('c')], [hit('x')], 2).rest)).toEqual(['x']);
    expect(urls(namesLead([], [hit('x'), hit('y')], 20).page)).toEqual(['x', 'y']);
  });
});
