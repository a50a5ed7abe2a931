/** KML 2.2 of a route or bus line, for 奥维互动地图 and Google Earth: a folder of numbered stops and the path. */

import { escapeMarkup } from '../security/escape.ts';
import { exportDescription, type RouteExport, stopDescription } from './route-model.ts';
import { degrees } from './xml.ts';

export const KML_NAMESPACE = 'http://www.opengis.net/kml/2.2';

const tag = (name: string, value: string | undefined, indent: string) => (value ? `${indent}<${name}>${escapeMarkup(value)}</${name}>\n` : '');
const coords = (line: readonly [number, number][]) => line.map(([lon, lat]) => `${degrees(lon)},${degrees(lat)}`).join(' ');

export function routeToKml(r: RouteExport, labels: { stops: string; path: string }): string {
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<kml xmlns="${KML_NAMESPACE}">\n<Document>\n`;
  out += tag('name', r.title, '  ');
  out += tag('description', exportDescription(r), '  ');
  out += `  <Folder>\n${tag('name', labels.stops, '    ')}`;
  for (const s of r.stops) {
    out += '    <Placemark>\n';
    out += tag('name', `${s.order}. ${s.name}`, '      ');
    out += tag('description', [stopDescription(s, r.text), s.url].filter(Boolean).join('\n') || undefined, '      ');
    out += `      <ExtendedData>\n        <Data name="order"><value>${s.order}</value></Data>\n${s.site ? `        <Data name="site"><value>${escapeMarkup(s.site)}</value></Data>\n` : ''}      </ExtendedData>\n`;
    out += `      <Point><coordinates>${degrees(s.lon)},${degrees(s.lat)}</coordinates></Point>\n`;
    out += '    </Placemark>\n';
  }
  out += '  </Folder>\n';
  if (r.path.lines.length) {
    out += '  <Placemark>\n';
    out += tag('name', `${labels.path}：${r.title}`, '    ');
    out += tag('description', r.path.note, '    ');
    out += `    <ExtendedData>\n      <Data name="straight"><value>${r.path.straight}</value></Data>\n    </ExtendedData>\n`;
    const lines = r.path.lines.map((l) => `<LineString><tessellate>1</tessellate><coordinates>${coords(l)}</coordinates></LineString>`);
    out += lines.length === 1 ? `    ${lines[0]}\n` : `    <MultiGeometry>\n${lines.map((l) => `      ${l}\n`).join('')}    </MultiGeometry>\n`;
    out += '  </Placemark>\n';
  }
  return `${out}</Document>\n</kml>\n`;
}
