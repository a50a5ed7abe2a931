import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { checkGeoJson } from '../pack/geojson.ts';
import { loadPack } from '../pack/load.ts';
import { routeExports, transitExports } from './pack-exports.ts';
import { routeToGeoJson } from './route-geojson.ts';

const pack = loadPack(scenarioPack('base'));

describe('routeToGeoJson', () => {
  it('is valid GeoJSON: the path first, saying whether it is straight legs, then the stops in order', () => {
    const fc = routeToGeoJson(routeExports(pack)[0]!);
    expect(checkGeoJson(fc).errors).toEqual([]);
    expect(fc.features.map((f) => [f.properties?.role, f.geometry.type, f.properties?.order])).toEqual([
      ['path', 'LineString', undefined],
      ['stop', 'Point', 1],
      ['stop', 'Point', 2],
    ]);
    expect(fc.features[0]?.properties).toMatchObject({ straightLegs: false, url: '/routes/red-origins/', sources: ['平湖金山毗邻党建——引领浙沪“跨界”合作'] });
  });

  it('gives a bus line its stops with the side of the border each is on', () => {
    const fc = routeToGeoJson(transitExports(pack)[0]!);
    expect(fc.features.filter((f) => f.properties?.role === 'stop').map((f) => [f.properties?.name, f.properties?.side])).toEqual([
      ['廊下', '上海市'],
      ['明月山塘', '浙江省'],
    ]);
    expect(fc.features[0]?.properties?.straightLegs).toBe(true);
  });
});
