import { describe, expect, it } from 'vitest';
import { areaZoom, featureMinzoom } from './zooms.ts';

describe('areaZoom', () => {
  it('grows by one zoom for each quartering of the area', () => {
    const z = areaZoom(1e6, 31);
    expect(areaZoom(4e6, 31)).toBe(z - 1);
    expect(areaZoom(1e12, 31)).toBe(0);
  });
});

describe('featureMinzoom', () => {
  it('gives places their zoom by rank and minor roads a later one', () => {
    expect([1, 3, 4, 5, 6, undefined].map((rank) => featureMinzoom('place', rank === undefined ? {} : { rank }))).toEqual([6, 6, 8, 8, 10, 6]);
    expect(featureMinzoom('road', { class: 'minor' })).toBeGreaterThan(featureMinzoom('road', { class: 'major' }));
  });
});
