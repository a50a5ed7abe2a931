/**
 * "Navigate" links to the map apps people in China use, each given the coordinate system it
 * expects: 高德 and 腾讯 take GCJ-02, 百度 BD-09, Apple Maps and OpenStreetMap WGS-84.
 */
import gcoord from 'gcoord';

export interface NavTarget {
  lon: number;
  lat: number;
  name: string;
}

export interface NavLink {
  app: 'amap' | 'baidu' | 'tencent' | 'apple' | 'osm';
  label: string;
  href: string;
}

const fix = (n: number) => n.toFixed(6);

export function toGcj02(lon: number, lat: number): [number, number] {
  return gcoord.transform([lon, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
}

export function toBd09(lon: number, lat: number): [number, number] {
  return gcoord.transform([lon, lat], gcoord.WGS84, gcoord.BD09) as [number, number];
}

export function navigationLinks(t: NavTarget): NavLink[] {
  const name = encodeURIComponent(t.name);
  const [gLon, gLat] = toGcj02(t.lon, t.lat);
  const [bLon, bLat] = toBd09(t.lon, t.lat);
  return [
    { app: 'amap', label: '高德地图', href: `https://uri.amap.com/marker?position=${fix(gLon)},${fix(gLat)}&name=${name}&coordinate=gaode&callnative=1` },
    {
      app: 'baidu',
      label: '百度地图',
      href: `https://api.map.baidu.com/marker?location=${fix(bLat)},${fix(bLon)}&title=${name}&content=${name}&coord_type=bd09ll&output=html&src=webapp.dangjian-map`,
    },
    {
      app: 'tencent',
      label: '腾讯地图',
      href: `https://apis.map.qq.com/uri/v1/marker?marker=coord:${fix(gLat)},${fix(gLon)};title:${name}&referer=dangjian-map`,
    },
    { app: 'apple', label: 'Apple 地图', href: `https://maps.apple.com/?ll=${fix(t.lat)},${fix(t.lon)}&q=${name}` },
    { app: 'osm', label: 'OpenStreetMap', href: `https://www.openstreetmap.org/?mlat=${fix(t.lat)}&mlon=${fix(t.lon)}#map=16/${fix(t.lat)}/${fix(t.lon)}` },
  ];
}
