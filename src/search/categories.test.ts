import { describe, expect, it } from 'vitest';
import { CATEGORIES, categoryWords, namedCategories, suggestedFilter } from './categories.ts';

describe('category words', () => {
  it('name the type a visitor means: 公交 and bus the bus lines, 线路 the routes, 村 the villages, 跨省 what crosses a border', () => {
    expect(suggestedFilter('公交')).toEqual({ name: 'type', value: 'transit', word: '公交' });
    expect(suggestedFilter('公交线路')).toEqual({ name: 'type', value: 'transit', word: '公交线路' });
    expect(suggestedFilter('bus')).toEqual({ name: 'type', value: 'transit', word: 'bus' });
    expect(suggestedFilter('线路')?.value).toBe('routes');
    expect(suggestedFilter('村')).toEqual({ name: 'kind', value: 'village', word: '村' });
    expect(namedCategories('跨省').map((n) => n.category.cross)).toEqual([true]);
    // A border is no filter of the search page: only the ranking knows it.
    expect(suggestedFilter('跨省')).toBeUndefined();
  });

  it('find the word among others (廊下 公交), and offer no filter when two types are named', () => {
    expect(suggestedFilter('廊下 公交')?.value).toBe('transit');
    expect(suggestedFilter('公交 村')).toBeUndefined();
    expect(suggestedFilter('山塘')).toBeUndefined();
  });

  it('give each entry the words of its type, its kind and its border crossing', () => {
    expect(categoryWords({ type: 'transit', cross: true })).toEqual(expect.arrayContaining(['公交', 'bus', '跨省', '省界']));
    expect(categoryWords({ type: 'sites', kind: 'park', cross: false })).toEqual(expect.arrayContaining(['公园']));
    expect(categoryWords({ type: 'sites', kind: 'park', cross: false })).not.toContain('跨省');
    expect(categoryWords({ type: 'partnerships', cross: false })).not.toContain('公交');
  });

  it('have no word in two categories', () => {
    const words = CATEGORIES.flatMap((c) => c.words);
    expect(words.length).toBe(new Set(words).size);
  });
});
