import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toWgs84 } from './crs.ts';

const reference = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/crs/gcj02-wgs84-pairs.json'), 'utf8')) as {
  pairs: { county: string; gcj02: [number, number]; wgs84: [number, number] }[];
};

describe('toWgs84', () => {
  // Independent iterative inverse (see the fixture's "about"): gcoord's one-step inverse agrees to well under a metre.
  it.each(reference.pairs)('GCJ-02 → WGS-84 at $county', ({ gcj02, wgs84 }) => {
    const [lon, lat] = toWgs84(gcj02, 'gcj02');
    expect(Math.abs(lon - wgs84[0])).toBeLessThan(1e-5);
    expect(Math.abs(lat - wgs84[1])).toBeLessThan(1e-5);
  });

  it('moves a Jinshan point by the known local GCJ-02 offset (~430 m west, ~240 m north)', () => {
    const [lon, lat] = toWgs84([121.34, 30.74], 'gcj02');
    expect(121.34 - lon).toBeCloseTo(0.0045, 3);
    expect(lat - 30.74).toBeCloseTo(0.0022, 3);
  });

  it('BD-09 → WGS-84 passes through GCJ-02 (reference pair of the coordtransform library)', () => {
    // bd09togcj02(116.404, 39.915) = (116.39762729, 39.90865674); gcj02 → wgs84 then shifts it back by the GCJ offset.
    const [lon, lat] = toWgs84([116.404, 39.915], 'bd09');
    const [gLon, gLat] = toWgs84([116.39762729119315, 39.90865673957631], 'gcj02');
    expect(lon).toBeCloseTo(gLon, 5);
    expect(lat).toBeCloseTo(gLat, 5);
  });

  it('leaves WGS-84 alone', () => {
    expect(toWgs84([121.123456789, 30.5], 'wgs84')).toEqual([121.123456789, 30.5]);
  });
});
