/**
 * The rules of the GPX 1.1 schema (topografix.com/GPX/1/1/gpx.xsd) that can be checked without fetching it:
 * root element and namespace, required attributes, coordinate ranges and element order. Navigation apps
 * reject or misread files that break them, so the exports are checked against them in the tests.
 */
import { DOMParser } from '@xmldom/xmldom';
import { GPX_NAMESPACE } from './gpx.ts';

/** Allowed children in schema order; a child may repeat but never come after one listed later. */
const ORDER: Record<string, string[]> = {
  gpx: ['metadata', 'wpt', 'rte', 'trk', 'extensions'],
  metadata: ['name', 'desc', 'author', 'copyright', 'link', 'time', 'keywords', 'bounds', 'extensions'],
  wpt: [
    'ele',
    'time',
    'magvar',
    'geoidheight',
    'name',
    'cmt',
    'desc',
    'src',
    'link',
    'sym',
    'type',
    'fix',
    'sat',
    'hdop',
    'vdop',
    'pdop',
    'ageofdgpsdata',
    'dgpsid',
    'extensions',
  ],
  rte: ['name', 'cmt', 'desc', 'src', 'link', 'number', 'type', 'extensions', 'rtept'],
  trk: ['name', 'cmt', 'desc', 'src', 'link', 'number', 'type', 'extensions', 'trkseg'],
  trkseg: ['trkpt', 'extensions'],
  link: ['text', 'type'],
};
ORDER.rtept = ORDER.wpt as string[];
ORDER.trkpt = ORDER.wpt as string[];
const ONCE = new Set(['metadata', 'name', 'desc', 'cmt', 'src', 'time', 'ele', 'type', 'number', 'bounds', 'author', 'copyright', 'keywords', 'sym', 'text']);
const DECIMAL = /^-?\d+(\.\d+)?$/;

type El = {
  localName: string;
  namespaceURI: string | null;
  childNodes: ArrayLike<unknown>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
};
const elements = (el: El): El[] => Array.from(el.childNodes as ArrayLike<{ nodeType: number }>).filter((n) => n.nodeType === 1) as unknown as El[];

export function gpx11Problems(xml: string): string[] {
  const problems: string[] = [];
  let doc: { documentElement: El | null };
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') throw new Error(msg);
      },
    }).parseFromString(xml, 'text/xml') as unknown as { documentElement: El | null };
  } catch (err) {
    return [`not well-formed XML: ${(err as Error).message}`];
  }
  const root = doc.documentElement;
  if (root?.localName !== 'gpx') return [`root element is <${root?.localName}>, not <gpx>`];
  if (root.namespaceURI !== GPX_NAMESPACE) problems.push(`namespace is ${root.namespaceURI}, not ${GPX_NAMESPACE}`);
  if (root.getAttribute('version') !== '1.1') problems.push(`version is ${root.getAttribute('version')}, not 1.1`);
  if (!root.getAttribute('creator')) problems.push('gpx has no creator attribute');

  const walk = (el: El, path: string) => {
    const allowed = ORDER[el.localName];
    if (allowed) {
      let last = -1;
      const seen = new Set<string>();
      for (const child of elements(el)) {
        const at = allowed.indexOf(child.localName);
        if (child.namespaceURI !== GPX_NAMESPACE) problems.push(`${path}/${child.localName}: not in the GPX namespace`);
        if (at < 0) problems.push(`${path}/${child.localName}: not allowed in <${el.localName}>`);
        else if (at < last) problems.push(`${path}/${child.localName}: comes after <${allowed[last]}>, the schema puts it before`);
        else if (ONCE.has(child.localName) && seen.has(child.localName)) problems.push(`${path}/${child.localName}: may appear once`);
        last = Math.max(last, at);
        seen.add(child.localName);
      }
    }
    if (el.localName === 'wpt' || el.localName === 'rtept' || el.localName === 'trkpt') {
      const lat = el.getAttribute('lat') ?? '';
      const lon = el.getAttribute('lon') ?? '';
      if (!DECIMAL.test(lat) || Number(lat) < -90 || Number(lat) > 90) problems.push(`${path}: lat "${lat}" is not a decimal in -90..90`);
      if (!DECIMAL.test(lon) || Number(lon) < -180 || Number(lon) >= 180) problems.push(`${path}: lon "${lon}" is not a decimal in -180..180`);
    }
    if (el.localName === 'link' && !el.hasAttribute('href')) problems.push(`${path}: link has no href`);
    if (el.localName === 'bounds')
      for (const a of ['minlat', 'minlon', 'maxlat', 'maxlon']) if (!el.hasAttribute(a)) problems.push(`${path}: bounds has no ${a}`);
    elements(el).forEach((child, i) => {
      walk(child, `${path}/${child.localName}[${i}]`);
    });
  };
  walk(root, 'gpx');
  return problems;
}
