import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { en, zh } from '../pack/messages/index.ts';
import { geojsonFeatures, gpxFeatures, kmlFeatures, kmlFromKmz, plainText, simpleGeometry } from './features-read.ts';

const m = zh.import;
const FIX = resolve(import.meta.dirname, '../../tests/fixtures/import');
const read = (name: string) => readFileSync(`${FIX}/${name}`, 'utf8');

describe('kmlFeatures', () => {
  const features = kmlFeatures(read('jinshan.kml'), m);

  it('numbers placemarks in document order with their Chinese names and folders', () => {
    expect(features.map((f) => [f.at, f.folder.join('/')])).toEqual([
      ['地标 1“转角湾”', '革命旧址'],
      ['地标 2“兴旺村”', '村'],
      ['地标 3“蔷薇村”', '村'],
      ['地标 4“廊下郊野公园”', '公园'],
      ['地标 5“边界法治示范路”', '线路'],
      ['地标 6“一条孤线”', '线路'],
      ['地标 7“未分类地点”', '其他'],
      ['地标 8“没有位置的标注”', '其他'],
    ]);
  });

  it('keeps ExtendedData fields and turns an HTML balloon into text', () => {
    expect(features[0]?.props).toEqual({
      name: '转角湾',
      description: '中共衙前支部旧址所在地。\n1927年在此建立。',
      地址: '平湖市独山港镇金沙村',
      来源: 'seed-002',
    });
    expect(features[7]?.geometry).toBeNull();
  });

  it('refuses a file that is not KML', () => {
    expect(() => kmlFeatures('<gpx></gpx>', m)).toThrow('不是 <kml>');
  });

  it('finds the KML inside a KMZ', () => {
    const kmz = zipSync({ 'files/a.png': strToU8('png'), 'doc.kml': strToU8('<kml/>') });
    expect(new TextDecoder().decode(kmlFromKmz(kmz, m))).toBe('<kml/>');
    expect(() => kmlFromKmz(zipSync({ 'a.txt': strToU8('x') }), m)).toThrow('KMZ 里没有 .kml 文件');
  });
});

describe('gpxFeatures', () => {
  it('names waypoints, routes and tracks apart', () => {
    expect(gpxFeatures(read('jinshan.gpx'), en.import).map((f) => f.at)).toEqual([
      'track 1 “红色起源线”',
      'waypoint 1 “转角湾”',
      'waypoint 2 “明月山塘”',
      'waypoint 3 “路边停车点”',
    ]);
    expect(gpxFeatures(read('togeojson/trek.gpx'), en.import).map((f) => [f.at, f.geometry?.type])).toEqual([['route 1', 'LineString']]);
  });
});

describe('geojsonFeatures', () => {
  it('reads the pack-style crs member and an entry naming its owner', () => {
    const input = geojsonFeatures(JSON.parse(read('sites-gcj02.geojson')), m);
    expect(input.crs).toBe('gcj02');
    expect(input.features[2]).toMatchObject({ at: '要素 3“山塘村村界（示意）”', entry: 'sites/shantang-cun-guangchen' });
    expect(input.features[2]?.props.entry).toBeUndefined();
  });

  it('refuses a projected crs it cannot convert', () => {
    expect(() => geojsonFeatures({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:3857' } }, features: [] }, m)).toThrow(
      /不是 WGS-84/,
    );
  });
});

describe('simpleGeometry and plainText', () => {
  it('turns a MultiGeometry of lines into a MultiLineString and leaves a mixed one alone', () => {
    const lines = {
      type: 'GeometryCollection' as const,
      geometries: [
        {
          type: 'LineString' as const,
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
        {
          type: 'LineString' as const,
          coordinates: [
            [2, 2],
            [3, 3],
          ],
        },
      ],
    };
    expect(simpleGeometry(lines)).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [1, 1],
        ],
        [
          [2, 2],
          [3, 3],
        ],
      ],
    });
    const mixed = { type: 'GeometryCollection' as const, geometries: [{ type: 'Point' as const, coordinates: [0, 0] }, lines.geometries[0]!] };
    expect(simpleGeometry(mixed)).toBe(mixed);
  });

  it('strips tags and entities', () => {
    expect(plainText('<b>红色</b>&amp;<br/>传承&nbsp;')).toBe('红色&\n传承');
    expect(plainText({ '@type': 'html', value: '<p>a</p>' })).toBe('a');
  });
});

describe('broken XML', () => {
  it('says the file is not well-formed, and where the tree breaks', () => {
    expect(() => kmlFeatures('<kml><Document><Placemark><name>a</name></Placemark>', m)).toThrow(
      'KML 文件不是格式正确的 XML：unclosed xml tag(s): kml, Document',
    );
  });
});

describe('what a feature carries that no field takes', () => {
  it('notes a picture in the description and a real height, not the 0 KML writes for every point', () => {
    const [withImg, flat] = kmlFeatures(
      '<kml><Document><Placemark><name>甲</name><description><![CDATA[旧址。<img src="a.jpg">]]></description><Point><coordinates>121.05,30.66,12.5</coordinates></Point></Placemark><Placemark><name>乙</name><Point><coordinates>121.05,30.66,0</coordinates></Point></Placemark></Document></kml>',
      m,
    );
    expect(withImg?.dropped).toEqual(['<img>', 'ele']);
    expect(withImg?.props.description).toBe('旧址。');
    expect(flat?.dropped).toBeUndefined();
  });
});
