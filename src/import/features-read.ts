/**
 * KML (奥维, Google Earth), KMZ, GPX and GeoJSON as one list of features, each with the name,
 * description, folder path and data fields the file gives it, numbered in document order for messages.
 */
import { gpx, kmlWithFolders } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, Geometry, Position } from 'geojson';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import type { Crs } from './coordinates.ts';
import { parseCrs } from './coordinates.ts';
import { SaidError } from './said-error.ts';
import { KMZ_LIMITS, unzipSafe } from './unzip-safe.ts';

export interface InputFeature {
  /** `placemark 3 “转角湾”`: how messages name it. */
  at: string;
  /** Folder names from the outermost in (KML only). */
  folder: string[];
  /** The feature's name, description and data fields, as text. */
  props: Record<string, string>;
  geometry: Geometry | null;
  /** An `entry` property already naming the entry it belongs to (GeoJSON). */
  entry?: string;
  /** What the file gave that no field takes: pictures in the description, heights of the points. */
  dropped?: string[];
}

/** What the feature carries that the text of its properties does not: pictures, heights. */
function droppedOf(properties: Record<string, unknown> | null | undefined, geometry: Geometry | null): string[] {
  const out: string[] = [];
  const d = properties?.description ?? properties?.desc;
  const raw = typeof d === 'string' ? d : d && typeof d === 'object' && 'value' in d ? String((d as { value: unknown }).value) : '';
  if (/<img\b/i.test(raw)) out.push('<img>');
  // KML writes a height of 0 for every point it was not given; only a real height is worth a line.
  if (geometry?.type === 'Point' && (geometry.coordinates[2] ?? 0) !== 0) out.push('ele');
  return out;
}

/** HTML descriptions (Google Earth balloons, 奥维 notes) as plain text: tags out, line breaks kept. */
export function plainText(value: unknown): string {
  const raw = typeof value === 'string' ? value : value && typeof value === 'object' && 'value' in value ? String((value as { value: unknown }).value) : '';
  return raw
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A KML MultiGeometry arrives as a GeometryCollection; one of lines only is a MultiLineString, of outlines
 * only a MultiPolygon, of one point a Point. Mixed ones stay as they are and are reported.
 */
export function simpleGeometry(g: Geometry | null): Geometry | null {
  if (g?.type !== 'GeometryCollection') return g;
  const parts = g.geometries.map(simpleGeometry).filter((p): p is Geometry => p !== null);
  if (parts.length === 1) return parts[0] as Geometry;
  if (parts.length && parts.every((p) => p.type === 'LineString' || p.type === 'MultiLineString')) {
    return {
      type: 'MultiLineString',
      coordinates: parts.flatMap((p) => (p.type === 'LineString' ? [p.coordinates] : (p as { coordinates: Position[][] }).coordinates)),
    };
  }
  if (parts.length && parts.every((p) => p.type === 'Polygon' || p.type === 'MultiPolygon')) {
    return {
      type: 'MultiPolygon',
      coordinates: parts.flatMap((p) => (p.type === 'Polygon' ? [p.coordinates] : (p as { coordinates: Position[][][] }).coordinates)),
    };
  }
  return g;
}

/** Properties as text; togeojson's styling and per-vertex arrays are not data a department typed. */
function textProps(properties: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (/^(style|styleUrl|styleHash|styleMap|stroke|fill|icon|marker|_gpxType|coordinateProperties|times$|visibility|open|@geometry-type)/.test(key)) continue;
    if (key === 'description' || key === 'desc') {
      const text = plainText(value);
      if (text) out[key] = text;
      continue;
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      const text = String(value).trim();
      if (text) out[key] = text;
    }
  }
  return out;
}

function parseXml(text: string, what: string, m: ImportMessages): Document {
  let fatal: string | undefined;
  try {
    // Lenient with what map tools get slightly wrong (a bare &), strict only where the tree is lost.
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'fatalError') return;
        fatal ??= message.trim();
        throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    return doc as unknown as Document;
  } catch (err) {
    throw new SaidError(m.xml.notXml(what, fatal ?? (err as Error).message.split('\n')[0] ?? ''));
  }
}

export function kmlFeatures(text: string, m: ImportMessages): InputFeature[] {
  const doc = parseXml(text, m.xml.kml, m);
  if (doc.documentElement?.localName !== 'kml') throw new SaidError(m.xml.root(String(doc.documentElement?.localName), 'kml'));
  const out: InputFeature[] = [];
  type Node = ReturnType<typeof kmlWithFolders>['children'][number];
  const walk = (nodes: Node[], folder: string[]) => {
    for (const node of nodes) {
      if (node.type === 'folder') {
        const name = typeof node.meta.name === 'string' ? node.meta.name.trim() : '';
        walk(node.children, name ? [...folder, name] : folder);
        continue;
      }
      const props = textProps(node.properties);
      const dropped = droppedOf(node.properties, node.geometry);
      out.push({
        at: m.at.placemark(out.length + 1, props.name),
        folder,
        props,
        geometry: simpleGeometry(node.geometry),
        ...(dropped.length ? { dropped } : {}),
      });
    }
  };
  walk(kmlWithFolders(doc as never).children, []);
  return out;
}

/** A KMZ is a zip holding one KML (doc.kml by convention) and its icons; the icons are never inflated. */
export function kmlFromKmz(bytes: Uint8Array, m: ImportMessages, what = 'KMZ'): Uint8Array {
  const files = unzipSafe(bytes, (name) => name.toLowerCase().endsWith('.kml'), KMZ_LIMITS, what, m);
  const names = [...files.keys()].sort((a, b) => Number(b.toLowerCase().endsWith('doc.kml')) - Number(a.toLowerCase().endsWith('doc.kml')));
  const first = names[0];
  if (!first) throw new SaidError(m.archive.noKml());
  return files.get(first) as Uint8Array;
}

export function gpxFeatures(text: string, m: ImportMessages): InputFeature[] {
  const doc = parseXml(text, m.xml.gpx, m);
  if (doc.documentElement?.localName !== 'gpx') throw new SaidError(m.xml.root(String(doc.documentElement?.localName), 'gpx'));
  const counts = { waypoint: 0, route: 0, track: 0 };
  return gpx(doc as never).features.map((f) => {
    const kind = f.geometry?.type === 'Point' ? 'waypoint' : f.properties?._gpxType === 'rte' ? 'route' : 'track';
    counts[kind]++;
    const props = textProps(f.properties);
    const dropped = droppedOf(f.properties, f.geometry);
    return { at: m.at[kind](counts[kind], props.name), folder: [], props, geometry: simpleGeometry(f.geometry), ...(dropped.length ? { dropped } : {}) };
  });
}

export interface GeoJsonInput {
  features: InputFeature[];
  crs?: Crs;
}

/** A FeatureCollection, a Feature or a bare geometry; `crs` as the pack format writes it ("gcj02"), or CRS84/EPSG:4326. */
export function geojsonFeatures(json: unknown, m: ImportMessages): GeoJsonInput {
  if (!json || typeof json !== 'object') throw new SaidError(m.geojson.notObject());
  const root = json as { type?: unknown; features?: unknown; crs?: unknown };
  let crs: Crs | undefined;
  if (typeof root.crs === 'string') {
    crs = parseCrs(root.crs);
    if (!crs) throw new SaidError(m.geojson.unknownCrs(root.crs));
  } else if (root.crs && typeof root.crs === 'object') {
    const name = String((root.crs as { properties?: { name?: unknown } }).properties?.name ?? '');
    if (!/CRS84|EPSG:?:?4326|EPSG::4490|CGCS2000/i.test(name)) throw new SaidError(m.geojson.notWgs84(name));
    crs = 'wgs84';
  }
  let list: unknown[];
  if (root.type === 'FeatureCollection' && Array.isArray(root.features)) list = root.features;
  else if (root.type === 'Feature') list = [root];
  else if (typeof root.type === 'string' && 'coordinates' in root) list = [{ type: 'Feature', properties: {}, geometry: root }];
  else throw new SaidError(m.geojson.badType(JSON.stringify(root.type)));
  const features = list.map((raw, i): InputFeature => {
    const f = (raw ?? {}) as Partial<Feature>;
    const props = textProps(f.properties as Record<string, unknown>);
    const entry = typeof f.properties?.entry === 'string' ? f.properties.entry : undefined;
    delete props.entry;
    const name = props.name ?? props.title ?? props.名称;
    const geometry = (f.geometry as Geometry | undefined) ?? null;
    const dropped = droppedOf(f.properties as Record<string, unknown>, geometry);
    return {
      at: m.at.feature(i + 1, name),
      folder: [],
      props,
      geometry: simpleGeometry(geometry),
      ...(entry ? { entry } : {}),
      ...(dropped.length ? { dropped } : {}),
    };
  });
  return crs ? { features, crs } : { features };
}
