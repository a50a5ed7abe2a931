import { describe, expect, it } from 'vitest';
import { projector } from '../svg.ts';
import type { BasemapFeature } from './prepare.ts';
import { basemapSvg, simplifiedPath, simplifyPixels } from './svg.ts';

describe('simplifyPixels', () => {
  it('keeps the vertices a line needs to stay within the tolerance', () => {
    expect(
      simplifyPixels(
        [
          [0, 0],
          [5, 0.2],
          [10, 0],
          [10, 10],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
  });
});

describe('simplifiedPath', () => {
  const identity = (p: number[]) => [p[0] as number, p[1] as number] as [number, number];
  it('draws relative steps from a rounded start and leaves out shapes under two pixels', () => {
    expect(
      simplifiedPath(
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [10, 0],
              [10, 10],
              [0, 0],
            ],
          ],
        },
        identity,
      ),
    ).toBe('M0 0l10 0 0 10-10-10z');
    expect(
      simplifiedPath(
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
        identity,
      ),
    ).toBe('');
  });
});

describe('basemapSvg', () => {
  const sq = (w: number, s: number, e: number, n: number) => [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ];
  const features: BasemapFeature[] = [
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: sq(100, 20, 130, 40) }, properties: { role: 'water', minzoom: 0 } },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [121.2, 30.8] },
      properties: { role: 'place', label: '上海', label_en: 'Shanghai', rank: 2, minzoom: 6 },
    },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [121.3, 30.7] }, properties: { role: 'place', label: '朱泾', rank: 6, minzoom: 10 } },
  ];
  const bounds: [number, number, number, number] = [120.5, 30.4, 122, 31.3];
  const o = { project: projector(bounds, 960, 600), view: bounds, width: 960, height: 600 };

  it('clips shapes to the view, so a region-wide polygon costs no more than its visible part', () => {
    const svg = basemapSvg(features, { ...o, zoom: 8 });
    expect(svg.match(/<path d="([^"]*)"/)?.[1]?.length).toBeLessThan(40);
  });
  it('names places by rank for the scale: a city at a county scale, a town only close up', () => {
    expect(basemapSvg(features, { ...o, zoom: 8 })).toContain('>上海<');
    expect(basemapSvg(features, { ...o, zoom: 8 })).not.toContain('朱泾');
    expect(basemapSvg(features, { ...o, zoom: 9.5 })).toContain('朱泾');
    expect(basemapSvg(features, { ...o, zoom: 8, locale: 'en' })).toContain('>Shanghai<');
  });
});
