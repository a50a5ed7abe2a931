import { describe, expect, it } from 'vitest';
import { basemapWarnings, isProductionUrl } from './warnings.ts';

describe('basemapWarnings', () => {
  it('tells a pack without basemap layers, in Chinese, what to do', () => {
    const [w] = basemapWarnings({ kind: 'offline', roles: [] });
    expect(w).toContain('basemap.layers');
    expect(w).toContain('TIANDITU_KEY');
  });
  it('says once that the offline basemap has no 审图号 when a public address is set', () => {
    const roles = ['land'] as const;
    expect(basemapWarnings({ kind: 'offline', roles })).toEqual([]);
    expect(basemapWarnings({ kind: 'offline', roles, siteUrl: 'http://127.0.0.1:4321/' })).toEqual([]);
    const out = basemapWarnings({ kind: 'offline', roles, siteUrl: 'https://dangjian.example.cn/' });
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('审图号');
    expect(out[0]).toContain('TIANDITU_SHENTU');
  });
  it('says it too of the pack’s own PMTiles archive, and not of an archive the deployment names', () => {
    const siteUrl = 'https://dangjian.example.cn/';
    expect(basemapWarnings({ kind: 'pmtiles', roles: [], siteUrl, archive: true })).toEqual([
      expect.stringMatching(/basemap\.pmtiles.*审图号.*TIANDITU_SHENTU/),
    ]);
    expect(basemapWarnings({ kind: 'pmtiles', roles: [], archive: true })).toEqual([]);
    expect(basemapWarnings({ kind: 'pmtiles', roles: [], siteUrl })).toEqual([]);
  });
  it('is quiet with an online basemap, whose provider carries the review', () => {
    expect(basemapWarnings({ kind: 'tianditu', roles: [], siteUrl: 'https://dangjian.example.cn/' })).toEqual([]);
  });
  it('knows this machine from a public address', () => {
    expect(isProductionUrl('http://localhost:4321')).toBe(false);
    expect(isProductionUrl(undefined)).toBe(false);
    expect(isProductionUrl('https://example.org/dangjian/')).toBe(true);
  });
});
