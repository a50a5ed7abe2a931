/**
 * GPX 1.1 of a route or bus line: stops as waypoints, then the path as a track when it is drawn, or as
 * a route of the stops (which navigation apps follow leg by leg) when it is only straight legs.
 * Element order follows the GPX 1.1 schema: metadata, wpt, rte, trk.
 */

import { escapeMarkup } from '../security/escape.ts';
import { exportDescription, type RouteExport, stopDescription } from './route-model.ts';
import { degrees } from './xml.ts';

export const GPX_NAMESPACE = 'http://www.topografix.com/GPX/1/1';
export const GPX_CREATOR = 'dangjian-map open data';

const tag = (name: string, value: string | undefined, indent: string) => (value ? `${indent}<${name}>${escapeMarkup(value)}</${name}>\n` : '');
const link = (href: string | undefined, text: string, indent: string) =>
  href ? `${indent}<link href="${escapeMarkup(href)}">\n${indent}  <text>${escapeMarkup(text)}</text>\n${indent}</link>\n` : '';

function bounds(r: RouteExport): string {
  const pts = [...r.stops.map((s) => [s.lon, s.lat] as [number, number]), ...r.path.lines.flat()];
  if (!pts.length) return '';
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  return `    <bounds minlat="${degrees(Math.min(...lats))}" minlon="${degrees(Math.min(...lons))}" maxlat="${degrees(Math.max(...lats))}" maxlon="${degrees(Math.max(...lons))}"/>\n`;
}

export function routeToGpx(r: RouteExport): string {
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<gpx version="1.1" creator="${escapeMarkup(GPX_CREATOR)}" xmlns="${GPX_NAMESPACE}">\n`;
  out += '  <metadata>\n';
  out += tag('name', r.title, '    ');
  out += tag('desc', exportDescription(r), '    ');
  out += link(r.url, r.title, '    ');
  out += bounds(r);
  out += '  </metadata>\n';
  for (const s of r.stops) {
    out += `  <wpt lat="${degrees(s.lat)}" lon="${degrees(s.lon)}">\n`;
    out += tag('name', `${s.order}. ${s.name}`, '    ');
    out += tag('desc', stopDescription(s, r.text), '    ');
    out += link(s.url, s.name, '    ');
    out += '  </wpt>\n';
  }
  if (r.path.straight) {
    out += '  <rte>\n';
    out += tag('name', r.title, '    ');
    out += tag('desc', r.path.note, '    ');
    for (const s of r.stops) out += `    <rtept lat="${degrees(s.lat)}" lon="${degrees(s.lon)}">\n${tag('name', s.name, '      ')}    </rtept>\n`;
    out += '  </rte>\n';
  } else {
    out += '  <trk>\n';
    out += tag('name', r.title, '    ');
    out += tag('desc', r.path.note, '    ');
    for (const line of r.path.lines) {
      out += '    <trkseg>\n';
      for (const [lon, lat] of line) out += `      <trkpt lat="${degrees(lat)}" lon="${degrees(lon)}"/>\n`;
      out += '    </trkseg>\n';
    }
    out += '  </trk>\n';
  }
  return `${out}</gpx>\n`;
}
