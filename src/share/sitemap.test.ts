import { describe, expect, it } from 'vitest';
import { isListedPage, robotsTxt, sitemapXml, siteOrigin } from './sitemap.ts';

describe('siteOrigin', () => {
  it('is undefined when SITE_URL is unset or blank', () => {
    expect(siteOrigin(undefined)).toBeUndefined();
    expect(siteOrigin(' ')).toBeUndefined();
  });
  it('ends in a slash, keeps a sub-path, and refuses other schemes', () => {
    expect(siteOrigin('https://example.org')?.href).toBe('https://example.org/');
    expect(siteOrigin('https://example.org/map')?.href).toBe('https://example.org/map/');
    expect(() => siteOrigin('ftp://example.org')).toThrow(/http/);
  });
});

describe('sitemapXml', () => {
  const origin = new URL('https://example.org/');
  it('lists pages with absolute addresses and leaves out widgets and the 404 page', () => {
    const xml = sitemapXml(origin, ['/', '/sites/a/', '/embed/', '/embed/map/', '/embed/site/a/', '/404/', '/404.html']);
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(['https://example.org/', 'https://example.org/sites/a/', 'https://example.org/embed/']);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/,
    );
  });
  it("names each page's twin in the other language, and lists neither twin of a widget or the 404 page", () => {
    const xml = sitemapXml(origin, ['/', '/en/', '/sites/a/', '/en/sites/a/', '/sites/b/', '/en/embed/map/', '/en/404/']);
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://example.org/',
      'https://example.org/en/',
      'https://example.org/sites/a/',
      'https://example.org/en/sites/a/',
      'https://example.org/sites/b/',
    ]);
    expect(xml).toContain(
      '<url><loc>https://example.org/en/sites/a/</loc>\n    <xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/sites/a/"/>\n    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/sites/a/"/>\n  </url>',
    );
    expect(xml).toContain('<url><loc>https://example.org/sites/b/</loc></url>');
  });
  it('resolves under a sub-path origin and escapes XML', () => {
    const xml = sitemapXml(new URL('https://example.org/map/'), ["/a&b'/"]);
    expect(xml).toContain('<loc>https://example.org/map/a&amp;b&#39;/</loc>');
  });
  it('isListedPage keeps ordinary pages', () => {
    expect(isListedPage('/routes/x/')).toBe(true);
    expect(isListedPage('/embed/route/x/')).toBe(false);
    expect(isListedPage('/offline/')).toBe(false);
    expect(isListedPage('/error/')).toBe(false);
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap only with an origin', () => {
    expect(robotsTxt(new URL('https://example.org/'))).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt(undefined)).not.toMatch(/Disallow/);
  });
});
