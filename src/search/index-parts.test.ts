import { describe, expect, it } from 'vitest';
import { indexParts, mergeEntries, type PagefindEntry } from './index-parts.ts';

const entry = (languages: PagefindEntry['languages'], version = '1.6.0'): PagefindEntry => ({ version, languages, include_characters: ['_'] });
const zh = { hash: 'zh-cn_773f744c77bc7', wasm: null, page_count: 1231 };
const en = { hash: 'en_58435550de', wasm: 'en', page_count: 1231 };

describe('the search index, one language at a time', () => {
  it('gives English its folder and Chinese every other folder and the top pages, never the bundle', () => {
    expect(indexParts(['sites', 'en', 'pagefind', '_astro', 'map'])).toEqual([
      { locale: 'zh-CN', glob: '{*.html,{_astro,map,sites}/**/*.html}' },
      { locale: 'en', glob: 'en/**/*.html' },
    ]);
  });

  it('reads only the top pages when the site has no other folder', () => {
    expect(indexParts(['en'])[0]).toEqual({ locale: 'zh-CN', glob: '*.html' });
  });

  it('merges the parts’ entry files into the one Pagefind writes for the whole site, languages sorted', () => {
    // The entry of one Pagefind run over the 1,000-site benchmark pack, and of its two parts.
    const whole =
      '{"version":"1.6.0","languages":{"en":{"hash":"en_58435550de","wasm":"en","page_count":1231},"zh-cn":{"hash":"zh-cn_773f744c77bc7","wasm":null,"page_count":1231}},"include_characters":["_"]}';
    expect(JSON.stringify(mergeEntries([entry({ 'zh-cn': zh }), entry({ en })]))).toBe(whole);
  });

  it('stops the build when a language turns up in two parts, whose files the second part overwrote', () => {
    expect(() => mergeEntries([entry({ 'zh-cn': zh, en }), entry({ en })])).toThrow(/en.*two parts.*en: \/en/);
    expect(() => mergeEntries([entry({ 'zh-cn': zh }), entry({ en }, '1.7.0')])).toThrow(/1\.6\.0 and 1\.7\.0/);
    expect(() => mergeEntries([])).toThrow();
  });
});
