import { describe, expect, it } from 'vitest';
import { cspDirectives, SCRIPT_RESOURCES, tileOrigins } from './csp.ts';

describe('CSP', () => {
  it('allows only the site itself by default', () => {
    const d = cspDirectives({ kind: 'offline' });
    expect(d).toContain("default-src 'self'");
    expect(d).toContain("connect-src 'self'");
    expect(d.join(';')).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
    expect(SCRIPT_RESOURCES.join(' ')).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('adds the tile servers of a configured basemap, and nothing else', () => {
    expect(tileOrigins({ kind: 'tianditu', key: 'k' })).toEqual(['https://*.tianditu.gov.cn']);
    expect(tileOrigins({ kind: 'osm', url: 'https://tile.example.org/{z}/{x}/{y}.png' })).toEqual(['https://tile.example.org']);
    expect(tileOrigins({ kind: 'pmtiles', url: '/tiles/area.pmtiles' })).toEqual([]);
    expect(cspDirectives({ kind: 'osm', url: 'https://tile.example.org/{z}/{x}/{y}.png' })).toContain("img-src 'self' data: blob: https://tile.example.org");
  });
});
