import { describe, expect, it } from 'vitest';
import { basePathFrom, localeOf, localeParams, normalizeBase, pagePath, sitePath, stripBase, twinPath } from './paths.ts';

describe('site paths', () => {
  it('normalises a base path', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('dangjian')).toBe('/dangjian/');
    expect(normalizeBase('/dangjian')).toBe('/dangjian/');
    expect(normalizeBase(' /a/b/ ')).toBe('/a/b/');
  });

  it('takes the base from BASE_PATH, else from the path of SITE_URL', () => {
    expect(basePathFrom(undefined, undefined)).toBe('/');
    expect(basePathFrom('/dangjian', 'https://example.gov.cn/other/')).toBe('/dangjian/');
    expect(basePathFrom('', 'https://example.gov.cn/dangjian')).toBe('/dangjian/');
    expect(basePathFrom(undefined, 'https://example.gov.cn')).toBe('/');
  });

  it('puts base and language in front of a path, pages only getting the language', () => {
    expect(sitePath('map/')).toBe('/map/');
    expect(sitePath('')).toBe('/');
    expect(sitePath('/map/')).toBe('/map/');
    expect(sitePath('map/', 'zh-CN', '/dangjian/')).toBe('/dangjian/map/');
    expect(sitePath('map/', 'en', '/dangjian/')).toBe('/dangjian/en/map/');
    expect(sitePath('', 'en')).toBe('/en/');
    expect(sitePath('plan/data.json', undefined, '/dangjian/')).toBe('/dangjian/plan/data.json');
  });

  it('reads the language and the page back from an address', () => {
    expect(localeOf('/dangjian/en/map/', '/dangjian/')).toBe('en');
    expect(localeOf('/dangjian/en', '/dangjian/')).toBe('en');
    expect(localeOf('/dangjian/map/', '/dangjian/')).toBe('zh-CN');
    expect(localeOf('/english/')).toBe('zh-CN');
    expect(localeOf('/sites/en/')).toBe('zh-CN');
    expect(stripBase('/dangjian/map/', '/dangjian/')).toBe('/map/');
    expect(stripBase('/other/', '/dangjian/')).toBe('/other/');
    expect(pagePath('/dangjian/en/sites/x/', '/dangjian/')).toBe('/sites/x/');
    expect(pagePath('/en/')).toBe('/');
    expect(pagePath('/sites/x/')).toBe('/sites/x/');
  });

  it('gives the twin of a page in the other language', () => {
    expect(twinPath('/dangjian/map/', 'en', '/dangjian/')).toBe('/dangjian/en/map/');
    expect(twinPath('/dangjian/en/map/', 'zh-CN', '/dangjian/')).toBe('/dangjian/map/');
    expect(twinPath('/en/', 'zh-CN')).toBe('/');
    expect(twinPath('/', 'en')).toBe('/en/');
  });

  it('lists the language params of the page tree', () => {
    expect(localeParams()).toEqual([{ params: { lang: undefined } }, { params: { lang: 'en' } }]);
  });
});
