/**
 * Features of a KML, GPX or GeoJSON file to a plan: points become sites, outlines become sites with their
 * outline as geometry, lines become route geometries (plan-lines.ts). Anything else gets a line saying so.
 */
import type { Geometry } from 'geojson';
import { mapHeaders, recordOf } from './columns.ts';
import type { Crs } from './coordinates.ts';
import type { InputFeature } from './features-read.ts';
import { tidyGeometry } from './geometry-tidy.ts';
import { innerPoint } from './inner-point.ts';
import { kindOf } from './kinds.ts';
import { splitLongSummary } from './long-text.ts';
import type { Plan } from './plan.ts';
import { type LineInput, planLines } from './plan-lines.ts';
import { planSites, type SiteInput } from './plan-sites.ts';
import type { SiteRecord } from './site-record.ts';
import type { ImportOptions, PackIndex, SiteKindId } from './types.ts';

/** A placemark's fields by the spreadsheet aliases: name → title, description → summary, ExtendedData 类型 → kind. */
export function featureRecord(props: Record<string, string>): SiteRecord {
  return featureFields(props).record;
}

/** The record, and the properties no field takes (高德's typecode and adname, a GPX time), to be listed. */
export function featureFields(props: Record<string, string>): { record: SiteRecord; unused: string[] } {
  const keys = Object.keys(props);
  const { columns, ignored, doubled } = mapHeaders(keys);
  const record = recordOf(
    keys.map((k) => props[k]),
    columns,
  );
  // A long description is the story, not the summary: its first sentence is the summary (long-text.ts).
  const text = splitLongSummary(record.summary, record.body);
  if (text.moved) {
    record.summary = text.summary;
    record.body = text.body;
  }
  // A summary is one line: paragraphs of a balloon join, without a space after Chinese punctuation.
  if (record.summary) record.summary = record.summary.replace(/([。！？；：，、）」』”])?\s*\n\s*/g, (_, p: string | undefined) => p ?? ' ');
  return { record, unused: [...ignored, ...doubled.map((d) => d.header)] };
}

/** The innermost folder that --folder-kind maps, or whose own name is a kind (革命旧址, 村). */
export function folderKind(folder: readonly string[], options: ImportOptions): SiteKindId | undefined {
  for (let i = folder.length - 1; i >= 0; i--) {
    const name = folder[i] as string;
    const kind = options.folderKinds.get(name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '')) ?? kindOf(name, options.kinds);
    if (kind) return kind;
  }
  return undefined;
}

function point(geometry: Geometry): [number, number] | undefined {
  if (geometry.type === 'Point') return [geometry.coordinates[0] as number, geometry.coordinates[1] as number];
  if (geometry.type === 'MultiPoint' && geometry.coordinates.length === 1) {
    const p = geometry.coordinates[0] as number[];
    return [p[0] as number, p[1] as number];
  }
  return undefined;
}

export function planFeatures(
  features: readonly InputFeature[],
  index: PackIndex,
  options: ImportOptions,
  plan: Plan,
  fileName: string,
  crs: Crs,
  onProgress?: (done: number) => void,
): void {
  const { m } = options;
  plan.total += features.length;
  const sites: SiteInput[] = [];
  const lines: LineInput[] = [];
  const unused = new Map<string, number>();
  let images = 0;
  for (const f of features) {
    const fields = featureFields(f.props);
    for (const key of [...fields.unused, ...(f.dropped ?? []).filter((d) => d !== '<img>')]) unused.set(key, (unused.get(key) ?? 0) + 1);
    if (f.dropped?.includes('<img>')) images++;
    if (!f.geometry) {
      plan.skipped.push({ at: f.at, field: 'geometry', ...m.feature.noGeometry() });
      continue;
    }
    const g = f.geometry;
    const record = fields.record;
    const withCrs = (r: SiteRecord): SiteRecord => (r.crs || crs === options.crs ? r : { ...r, crs });
    const p = point(g);
    if (p) {
      sites.push({ at: f.at, record: withCrs({ ...record, lon: String(p[0]), lat: String(p[1]) }), folderKind: folderKind(f.folder, options) });
      continue;
    }
    if (g.type === 'LineString' || g.type === 'MultiLineString') {
      lines.push({ at: f.at, geometry: g, ...pick(record, f.entry) });
      continue;
    }
    if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && !f.entry) {
      const inside = innerPoint(g);
      sites.push({
        at: f.at,
        record: withCrs({ ...record, lon: String(Math.round((inside[0] as number) * 1e6) / 1e6), lat: String(Math.round((inside[1] as number) * 1e6) / 1e6) }),
        folderKind: folderKind(f.folder, options),
        precision: m.feature.insideOutline(fileName),
        geometry: { features: [{ type: 'Feature', properties: { source: fileName }, geometry: tidyGeometry(g) }], ...(crs !== 'wgs84' ? { crs } : {}) },
      });
      continue;
    }
    if (f.entry) {
      lines.push({ at: f.at, geometry: g, ...pick(record, f.entry) });
      continue;
    }
    plan.skipped.push({ at: f.at, field: 'geometry', ...m.feature.otherGeometry(g.type) });
  }
  // Nothing the file holds goes unsaid: what no field took is listed once, with how many features had it.
  if (unused.size) {
    const most = Math.max(...unused.values());
    plan.read.push(m.read.unusedProps([...unused.keys()], most));
  }
  if (images) plan.read.push(m.read.droppedImages(images));
  const made = planSites(sites, index, options, plan, onProgress);
  // Outlines of sites that were not imported were reported with their site; nothing more to say here.
  for (const entry of plan.entries) {
    if (entry.geometry && entry.collection === 'sites') {
      entry.geometry.features = entry.geometry.features.map((f) => ({ ...f, properties: { entry: `sites/${entry.id}`, ...f.properties } }));
    }
  }
  planLines(lines, index, options, plan, fileName, crs, made);
  // Sites, then lines, are planned in turn; the lines left out are listed in the order of the file.
  const order = new Map(features.map((f, i) => [f.at, i]));
  plan.skipped.sort((a, b) => (order.get(a.at) ?? 0) - (order.get(b.at) ?? 0));
}

function pick(record: SiteRecord, entry: string | undefined): Omit<LineInput, 'at' | 'geometry'> {
  return {
    ...(record.title ? { name: record.title } : {}),
    ...(record.summary || record.body ? { description: record.summary ?? record.body } : {}),
    ...(record.sources ? { source: record.sources } : {}),
    ...(entry ? { entry } : {}),
  };
}
