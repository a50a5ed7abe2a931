import { describe, expect, it } from 'vitest';
import { indexPagePath, PAGE_SIZE, pageCount, pageItems, pagerNumbers } from './paginate.ts';

describe('index pages', () => {
  it('make one page for a small collection, and enough pages for every entry of a large one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(47)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(10_000)).toBe(100);
  });

  it('lose and repeat no entry across pages', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const pages = Array.from({ length: pageCount(items.length) }, (_, i) => pageItems(items, i + 1));
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(items);
  });

  it('keep the collection address for page 1 and number the rest', () => {
    expect(indexPagePath('sites', 1)).toBe('/sites/');
    expect(indexPagePath('sites', 3)).toBe('/sites/page/3/');
    expect(indexPagePath('sites', 3, 'en')).toBe('/en/sites/page/3/');
  });

  it('link the first, the last and the pages around the current one', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 5)).toEqual([1, 2, 3, null, 5]);
    expect(pagerNumbers(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pagerNumbers(100, 100)).toEqual([1, null, 98, 99, 100]);
    expect(pagerNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
