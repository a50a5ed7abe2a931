import { describe, expect, it } from 'vitest';
import { zhCN } from '../i18n/zh-CN.ts';
import { EMPTY_LISTING, hasContent, loadingListing, resultsListing, stepActive, unavailableListing } from './box-listing.ts';
import type { Hit } from './hit.ts';

const strings = zhCN.search.client;
const collections = { sites: '地点', routes: '线路', stories: '故事' };
const hit = (title: string, type: string, url = `/${type}/${title}/`): Hit => ({ url, title, type, sub: '', excerpt: '', pyt: '', cat: '' });
const input = { query: '山塘', closest: [], searchPage: '/search/?q=%E5%B1%B1%E5%A1%98', strings, collections };

describe('resultsListing', () => {
  it('offers names that sound like a mistyped query first (您是不是要找), then the results without them', () => {
    const mingyue = hit('明月山塘', 'sites');
    const hits = [hit('明月山塘一日', 'routes'), mingyue];
    const listing = resultsListing({ ...input, query: '明月三塘', hits, total: 2, suggested: [mingyue] });
    expect(listing.groups.map((g) => [g.key, g.label, g.options.map((o) => o.hit?.title)])).toEqual([
      ['suggest', '您是不是要找', ['明月山塘']],
      ['routes', '线路', ['明月山塘一日']],
    ]);
  });

  it('answered from the names index, counts the names and sends to the search page for the texts, without a count it does not know', () => {
    const hits = [hit('山塘村', 'sites'), hit('明月山塘', 'sites')];
    const byName = resultsListing({ ...input, hits, total: 2, from: 'names' });
    expect(byName.all?.text).toBe('在搜索页查看全文搜索结果');
    expect(byName.announce).toBe('2 个条目的名称相符');
    const full = resultsListing({ ...input, hits, total: 12 });
    expect(full.all?.text).toBe('在搜索页查看全部 12 条结果');
    expect(full.announce).toBe('找到 12 条结果');
  });

  it('answered by a category word, counts the category and its names and sends to the search page for the texts', () => {
    const hits = [hit('廊下2路', 'transit'), hit('2019年：廊下2路开到山塘村', 'stories')];
    const listing = resultsListing({ ...input, query: '公交', hits, total: 5, namedType: 'transit', from: 'category' });
    expect(listing.announce).toBe('5 个条目属于“公交”一类或名称含有“公交”');
    expect(listing.all?.text).toBe('在搜索页查看全文搜索结果');
    // Typed in pinyin, it names the word the pinyin spells.
    const spelled = resultsListing({ ...input, query: 'gongjiao', hits, total: 5, namedType: 'transit', from: 'category', word: '公交' });
    expect(spelled.announce).toBe('5 个条目属于“公交”一类或名称含有“公交”');
  });

  it('lists the group of the type the query names first (公交 → the bus lines)', () => {
    const hits = [hit('2019年：廊下2路开到山塘村', 'stories'), hit('廊下2路', 'transit')];
    const listing = resultsListing({ ...input, query: '公交', hits, total: 2, namedType: 'transit', collections: { ...collections, transit: '公交' } });
    expect(listing.groups.map((g) => g.key)).toEqual(['transit', 'stories']);
  });

  it('with nothing found but a name that sounds alike, says both', () => {
    const listing = resultsListing({ ...input, query: '明月三塘', hits: [], total: 0, suggested: [hit('明月山塘', 'sites')] });
    expect(listing.groups[0]?.key).toBe('suggest');
    expect(listing.note).toBe('没有找到与“明月三塘”相关的内容。');
    expect(listing.announce).toContain('您是不是要找：明月山塘');
  });

  it('groups results by collection in the order of each group’s best, numbering options in reading order', () => {
    const hits = [hit('明月山塘', 'sites'), hit('山塘一日', 'routes'), hit('山塘村', 'sites')];
    const listing = resultsListing({ ...input, hits, total: 12 });
    expect(listing.groups.map((g) => [g.label, g.options.map((o) => [o.n, o.hit?.title])])).toEqual([
      [
        '地点',
        [
          [0, '明月山塘'],
          [1, '山塘村'],
        ],
      ],
      ['线路', [[2, '山塘一日']]],
    ]);
    expect(listing.all).toEqual({ n: 3, href: input.searchPage, text: '在搜索页查看全部 12 条结果' });
    expect(listing.announce).toBe('找到 12 条结果');
    expect(listing.note).toBe('');
    expect(listing.query).toBe('山塘');
  });

  it('lists first the group with more titles that answer the query, though another group’s best ranks first (山塘)', () => {
    const hits = [hit('明月山塘一日：住在北、吃在南', 'routes'), hit('山塘村（廊下）', 'sites'), hit('边界十联学习线', 'routes'), hit('明月山塘', 'sites')];
    const listing = resultsListing({ ...input, hits, total: 4 });
    expect(listing.groups.map((g) => [g.key, g.options.map((o) => o.hit?.title)])).toEqual([
      ['sites', ['山塘村（廊下）', '明月山塘']],
      ['routes', ['明月山塘一日：住在北、吃在南', '边界十联学习线']],
    ]);
  });

  it('names an unknown collection by its key rather than dropping its results', () => {
    const listing = resultsListing({ ...input, hits: [hit('某条', 'people')], total: 1 });
    expect(listing.groups[0]).toMatchObject({ key: 'people', label: 'people' });
  });

  it('says nothing was found and offers the closest matches under their own heading, without a "see all"', () => {
    const listing = resultsListing({ ...input, query: '明月三塘', hits: [], total: 0, closest: [hit('明月山塘', 'sites')] });
    expect(listing.note).toBe('没有找到与“明月三塘”相关的内容。');
    expect(listing.announce).toBe(listing.note);
    expect(listing.groups).toEqual([{ key: 'closest', label: '相近的内容', options: [{ n: 0, href: '/sites/明月山塘/', hit: hit('明月山塘', 'sites') }] }]);
    expect(listing.all).toBeUndefined();
  });

  it('has no group at all when nothing is close either, but still a note to show', () => {
    const listing = resultsListing({ ...input, hits: [], total: 0 });
    expect(listing.groups).toEqual([]);
    expect(hasContent(listing)).toBe(true);
  });
});

describe('the other states of the box', () => {
  it('shows "loading" without announcing it, and announces that search is unavailable', () => {
    expect(loadingListing(strings)).toMatchObject({ note: '正在载入搜索…', announce: '', groups: [] });
    expect(unavailableListing(strings.unavailable, '山塘')).toMatchObject({ note: strings.unavailable, announce: strings.unavailable, query: '山塘' });
  });

  it('does not open the popup for an empty query', () => {
    expect(hasContent(EMPTY_LISTING)).toBe(false);
  });
});

describe('stepActive', () => {
  it('goes from no option to the first with ↓ and to the last with ↑', () => {
    expect(stepActive(-1, 1, 4)).toBe(0);
    expect(stepActive(-1, -1, 4)).toBe(3);
  });

  it('wraps round at both ends', () => {
    expect(stepActive(3, 1, 4)).toBe(0);
    expect(stepActive(0, -1, 4)).toBe(3);
    expect(stepActive(1, 1, 4)).toBe(2);
  });

  it('has nothing to make active in an empty list', () => {
    expect(stepActive(-1, 1, 0)).toBe(-1);
  });
});
