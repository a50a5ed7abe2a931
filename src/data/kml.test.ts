import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from '../pack/load.ts';
import { KML_NAMESPACE, routeToKml } from './kml.ts';
import { routeExports } from './pack-exports.ts';

const labels = { stops: '站点', path: '路径' };
const route = routeExports(loadPack(scenarioPack('base')))[0]!;
const parse = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return { doc, fc: kml(doc as never) };
};

describe('routeToKml', () => {
  it('is KML 2.2 that reads back as numbered stops and the path', () => {
    const { doc, fc } = parse(routeToKml(route, labels));
    expect(doc.documentElement?.namespaceURI).toBe(KML_NAMESPACE);
    expect(fc.features.map((f) => [f.properties?.name, f.geometry])).toEqual([
      ['1. 转角湾', { type: 'Point', coordinates: [121.05, 30.66] }],
      ['2. 明月山塘', { type: 'Point', coordinates: [121.13, 30.78] }],
      [
        '路径：红色起源',
        {
          type: 'LineString',
          coordinates: [
            [121.05, 30.66],
            [121.13, 30.78],
          ],
        },
      ],
    ]);
    expect(fc.features[0]?.properties).toMatchObject({ order: '1', site: 'zhuanjiaowan', description: '建议停留 60 分钟\n/sites/zhuanjiaowan/' });
    expect(fc.features[2]?.properties).toMatchObject({ straight: 'false', description: '路径取自本站地图数据。' });
  });

  it('writes a path of several lines as a MultiGeometry', () => {
    const two = {
      ...route,
      path: {
        ...route.path,
        lines: [
          route.path.lines[0]!,
          [
            [121.2, 30.8],
            [121.3, 30.9],
          ] as [number, number][],
        ],
      },
    };
    const { fc } = parse(routeToKml(two, labels));
    const geometry = fc.features[2]?.geometry;
    expect(geometry?.type === 'GeometryCollection' && geometry.geometries.map((g) => g.type)).toEqual(['LineString', 'LineString']);
  });
});
