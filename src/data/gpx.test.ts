import { gpx } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from '../pack/load.ts';
import { routeToGpx } from './gpx.ts';
import { gpx11Problems } from './gpx-check.ts';
import { exportContext, routeExports } from './pack-exports.ts';
import { routeExport } from './route-model.ts';
import { degrees } from './xml.ts';

const pack = loadPack(scenarioPack('base'));
const drawn = routeExports(pack)[0]!;
const straight = routeExport(drawn.id, pack.entries.routes[0]!.data, undefined, exportContext(pack));
const parse = (xml: string) => gpx(new DOMParser().parseFromString(xml, 'text/xml') as never);

describe('routeToGpx', () => {
  it('follows the GPX 1.1 schema rules: root, namespace, version, creator, wpt → rte → trk', () => {
    expect(gpx11Problems(routeToGpx(drawn))).toEqual([]);
    expect(gpx11Problems(routeToGpx(straight))).toEqual([]);
  });

  it('reads back as the stops and the drawn path as a track', () => {
    const fc = parse(routeToGpx(drawn));
    const points = fc.features.filter((f) => f.geometry?.type === 'Point');
    expect(points.map((f) => [f.properties?.name, f.geometry])).toEqual([
      ['1. 转角湾', { type: 'Point', coordinates: [121.05, 30.66] }],
      ['2. 明月山塘', { type: 'Point', coordinates: [121.13, 30.78] }],
    ]);
    const track = fc.features.find((f) => f.properties?._gpxType === 'trk');
    expect(track?.geometry).toEqual({ type: 'LineString', coordinates: drawn.path.lines[0] });
    expect(fc.features.some((f) => f.properties?._gpxType === 'rte')).toBe(false);
  });

  it('writes straight legs as a route of the stops, saying it is not a road', () => {
    const fc = parse(routeToGpx(straight));
    const rte = fc.features.find((f) => f.properties?._gpxType === 'rte');
    expect(rte?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [121.05, 30.66],
        [121.13, 30.78],
      ],
    });
    expect(rte?.properties?.desc).toBe('路径为各站之间的直线连接，不是实际道路或行车轨迹。');
    expect(fc.features.some((f) => f.properties?._gpxType === 'trk')).toBe(false);
  });

  it('escapes names and notes that hold XML characters', () => {
    const odd = { ...drawn, title: 'A & B <线路>', stops: drawn.stops.map((s) => ({ ...s, note: '"先到" & <再看>' })) };
    const xml = routeToGpx(odd);
    expect(gpx11Problems(xml)).toEqual([]);
    expect(parse(xml).features.find((f) => f.properties?._gpxType === 'trk')?.properties?.name).toBe('A & B <线路>');
  });
});

describe('gpx11Problems', () => {
  const ok = routeToGpx(drawn);
  const trk = ok.match(/ {2}<trk>[\s\S]*<\/trk>\n/)?.[0] ?? '';
  it.each([
    [ok.replace(trk, '').replace('  <wpt', `${trk}  <wpt`), /gpx\/wpt: comes after <trk>, the schema puts it before/],
    [ok.replace('version="1.1"', 'version="1.0"'), /version is 1.0/],
    [ok.replace(' xmlns="http://www.topografix.com/GPX/1/1"', ''), /namespace is null/],
    [ok.replace('lat="30.66" lon="121.05"', 'lat="121.05" lon="30.66"'), /lat "121.05" is not a decimal in -90..90/],
    [ok.replace('<link href="/routes/red-origins/">', '<link>'), /link has no href/],
    [ok.replace('creator="dangjian-map open data" ', ''), /no creator/],
  ])('catches a broken file (%#)', (xml, problem) => {
    expect(gpx11Problems(xml).join('\n')).toMatch(problem);
  });

  it('writes degrees as plain decimals, never in exponent form', () => {
    expect([degrees(1e-7), degrees(121), degrees(-116.7845823)]).toEqual(['0.0000001', '121', '-116.7845823']);
  });
});
