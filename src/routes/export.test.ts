import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gpx11Problems } from '../data/gpx-check.ts';
import { KML_NAMESPACE } from '../data/kml.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import { checkGeoJson } from '../pack/geojson.ts';
import { exportFile, itineraryExport, joinedPath } from './export.ts';
import { buildItinerary } from './itinerary.ts';
import type { PlanSite } from './types.ts';

const site = (id: string, title: string, lon: number, lat: number): PlanSite => ({
  id,
  title,
  kind: 'park',
  lon,
  lat,
  provinces: ['浙江省'],
  summary: '',
  approximate: true,
});
const stops = [
  { site: site('zhuanjiaowan', '转角湾 & <老宅>', 121.0508, 30.6281), minutes: 45, note: '看“落枕屋”' },
  { site: site('mingyue-shantang', '明月山塘', 121.128, 30.781) },
  { site: site('langxia-jiaoye-gongyuan', '廊下郊野公园', 121.1738, 30.8012), minutes: 120 },
];
const it_ = buildItinerary({ stops, mode: 'car' });
const meta = {
  id: 'plan',
  title: '我的行程（3 站）',
  summary: '自己安排的行程',
  url: 'https://example.org/plan/?s=a,b',
  origin: 'https://example.org',
  text: zhCN.data,
};
const r = itineraryExport(it_, meta);
const xml = (s: string) => new DOMParser().parseFromString(s, 'text/xml');

describe('exports of a planned visit', () => {
  it('GPX 1.1 that keeps the schema’s rules and reads back as the same stops and a route of them', () => {
    const file = exportFile(r, 'gpx');
    expect(gpx11Problems(file)).toEqual([]);
    const fc = gpx(xml(file) as never) as FeatureCollection;
    const points = fc.features.filter((f) => f.geometry.type === 'Point');
    expect(points.map((f) => [f.properties?.name, f.geometry.type === 'Point' && f.geometry.coordinates])).toEqual([
      ['1. 转角湾 & <老宅>', [121.0508, 30.6281]],
      ['2. 明月山塘', [121.128, 30.781]],
      ['3. 廊下郊野公园', [121.1738, 30.8012]],
    ]);
    const line = fc.features.find((f) => f.geometry.type === 'LineString');
    expect(line?.geometry.type === 'LineString' && line.geometry.coordinates).toEqual(stops.map((s) => [s.site.lon, s.site.lat]));
    // Straight legs are a <rte> of the stops, and the file says they are not roads.
    expect(file).toContain('<rte>');
    expect(file).not.toContain('<trk>');
    expect(file).toContain('不是实际道路');
    expect(file).toContain('https://example.org/sites/zhuanjiaowan/');
  });

  it('KML 2.2 that reads back as numbered stops and the path', () => {
    const file = exportFile(r, 'kml');
    const doc = xml(file);
    expect(doc.documentElement?.namespaceURI).toBe(KML_NAMESPACE);
    const fc = kml(doc as never) as FeatureCollection;
    expect(fc.features.filter((f) => f.geometry.type === 'Point').map((f) => f.properties?.site)).toEqual(stops.map((s) => s.site.id));
    const path = fc.features.find((f) => f.geometry.type === 'LineString');
    expect(path?.properties?.straight).toBe('true');
    expect(path?.geometry.type === 'LineString' && path.geometry.coordinates.length).toBe(3);
  });

  it('GeoJSON that is valid RFC 7946 with the path and the stops with their stays', () => {
    const fc = JSON.parse(exportFile(r, 'geojson')) as FeatureCollection;
    expect(checkGeoJson(fc).errors).toEqual([]);
    expect(fc.features[0]?.properties).toMatchObject({ role: 'path', straightLegs: true });
    expect(fc.features.slice(1).map((f) => [f.properties?.order, f.properties?.site, f.properties?.minutes])).toEqual([
      [1, 'zhuanjiaowan', 45],
      [2, 'mingyue-shantang', 30],
      [3, 'langxia-jiaoye-gongyuan', 120],
    ]);
  });

  it('joins the legs into one path without repeating the stops between them', () => {
    expect(joinedPath(it_)).toHaveLength(3);
  });

  it('says a path drawn in part from straight legs is straight legs', () => {
    const mixed = { ...it_, legs: it_.legs.map((l, i) => ({ ...l, straight: i === 0 })) };
    expect(itineraryExport(mixed, meta).path.straight).toBe(true);
    const drawn = { ...it_, legs: it_.legs.map((l) => ({ ...l, straight: false })) };
    expect(itineraryExport(drawn, meta).path.straight).toBe(false);
  });
});
