/**
 * Lines and tracks to geometries: of the entry a line names (GeoJSON `entry`, --attach, or a title the pack
 * already has), else of a new route whose stops are the sites it passes, in the order it passes them.
 */
import type { Feature, Geometry, Position } from 'geojson';
import { parseSourceItem, splitList } from '../data/source-cell.ts';
import { linesOf, nearestOnLine } from '../geo/line-position.ts';
import { toWgs84 } from '../pack/crs.ts';
import { packMessages } from '../pack/messages/index.ts';
import { COLLECTIONS, type CollectionName, routeSchema, type SourceRef } from '../pack/schemas.ts';
import { describeZodIssues } from '../pack/zod-problems.ts';
import type { Crs } from './coordinates.ts';
import { tidyGeometry } from './geometry-tidy.ts';
import { SUMMARY_MAX, splitLongSummary } from './long-text.ts';
import { note, type Plan, type Planned } from './plan.ts';
import type { PlannedSite } from './plan-sites.ts';
import { freeId, slugify } from './slug.ts';
import type { ImportOptions, PackIndex } from './types.ts';

/** A site this close to a track is a stop on it: a track follows roads, a site point marks a village or a door. */
export const STOP_RADIUS = 300;

export interface LineInput {
  at: string;
  name?: string;
  description?: string;
  /** Cells of the feature that may name sources (来源). */
  source?: string;
  geometry: Geometry;
  /** `collection/id` the feature itself names. */
  entry?: string;
}

function toWgs84Lines(parts: Position[][], crs: Crs): Position[][] {
  if (crs === 'wgs84') return parts;
  return parts.map((line) => line.map((p) => toWgs84([p[0] as number, p[1] as number], crs)));
}

function parseRef(ref: string): [CollectionName, string] | undefined {
  const [collection, id, extra] = ref.split('/');
  return collection && id && !extra && (COLLECTIONS as readonly string[]).includes(collection) ? [collection as CollectionName, id] : undefined;
}

export function planLines(
  lines: readonly LineInput[],
  index: PackIndex,
  options: ImportOptions,
  plan: Plan,
  fileName: string,
  crs: Crs,
  importedSites: readonly PlannedSite[],
): void {
  const { m } = options;
  const targets = new Map<string, { at: string; features: Feature[] }>();
  const takenRoutes = new Set(index.files.routes.keys());
  for (const p of plan.entries) if (p.collection === 'routes') takenRoutes.add(p.id);
  const attach = options.attach ? parseRef(options.attach) : undefined;

  for (const line of lines) {
    let ref: string | undefined;
    if (line.entry) {
      const parsed = parseRef(line.entry);
      if (!parsed || !index.files[parsed[0]].has(parsed[1])) {
        plan.skipped.push({ at: line.at, field: 'properties.entry', ...m.line.notEntry(line.entry) });
        continue;
      }
      ref = line.entry;
    } else if (attach) ref = `${attach[0]}/${attach[1]}`;
    else if (line.name && (index.titles.get(line.name)?.length ?? 0) === 1) {
      ref = index.titles.get(line.name)?.[0];
      note(plan, m.notes.lineNamedLikeEntry);
    }
    const feature: Feature = {
      type: 'Feature',
      properties: { ...(line.name ? { name: line.name } : {}), source: fileName },
      geometry: tidyGeometry(line.geometry),
    };
    if (ref) {
      const group = targets.get(ref) ?? { at: line.at, features: [] };
      group.features.push(feature);
      targets.set(ref, group);
      continue;
    }
    const parts = linesOf(line.geometry);
    if (!parts || parts.some((p) => p.length < 2)) {
      plan.skipped.push({ at: line.at, field: 'geometry', ...m.line.tooShort() });
      continue;
    }
    routeFromLine(line, feature, toWgs84Lines(parts, crs), index, options, plan, importedSites, takenRoutes, crs);
  }

  for (const [ref, { at, features }] of targets) {
    const [collection, id] = ref.split('/') as [CollectionName, string];
    const existing = index.geometryFiles.get(ref);
    if (existing && !options.force) {
      plan.skipped.push({ at, field: 'geometry', ...m.line.geometryThere(ref, existing) });
      continue;
    }
    if (existing && [...(index.geoFileEntries.get(existing) ?? [])].some((r) => r !== ref)) {
      plan.skipped.push({ at, field: 'geometry', ...m.line.sharedFile(ref, existing) });
      continue;
    }
    plan.entries.push({
      collection,
      id,
      at,
      body: '',
      geometry: { features: features.map((f) => ({ ...f, properties: { entry: ref, ...f.properties } })), ...(crs !== 'wgs84' ? { crs } : {}) },
      action: existing ? 'replace' : 'new',
      ...(existing ? { geoTarget: existing } : {}),
      show: { title: ref, what: m.fields.geometry ?? 'geometry', where: m.line.geometry(features.length) },
    });
  }
}

function routeFromLine(
  line: LineInput,
  feature: Feature,
  wgs84: Position[][],
  index: PackIndex,
  options: ImportOptions,
  plan: Plan,
  importedSites: readonly PlannedSite[],
  taken: Set<string>,
  crs: Crs,
): void {
  const { m } = options;
  const skip = (field: string, said: { message: string; hint?: string }) => plan.skipped.push({ at: line.at, field, ...said });
  const candidates = new Map<string, { title: string; wgs84: [number, number] }>();
  for (const s of index.sites) candidates.set(s.id, s);
  for (const s of importedSites) candidates.set(s.id, s);
  const stops = [...candidates]
    .map(([id, s]) => ({ id, title: s.title, on: nearestOnLine(s.wgs84, wgs84) }))
    .filter((s) => s.on && s.on.distance <= STOP_RADIUS)
    .sort((a, b) => (a.on?.along ?? 0) - (b.on?.along ?? 0));
  if (stops.length < 2) {
    skip('stops', m.line.fewStops(stops[0]?.title, STOP_RADIUS));
    return;
  }
  const title = line.name;
  if (!title) {
    skip('name', m.line.noName());
    return;
  }
  let sources: SourceRef[] = options.sources.length && options.fileSource ? [...options.sources, options.fileSource] : options.sources;
  if (line.source) {
    sources = [];
    for (const item of splitList(line.source)) {
      const parsed = parseSourceItem(item, index.sourceKeys);
      if (parsed.ok) sources.push(parsed.source);
      else skip('sources', m.row.sourceNotKey(parsed.key, [...index.sourceKeys]));
    }
  }
  if (sources.length === 0) {
    skip('sources', m.line.noSource());
    return;
  }
  const generated: string[] = [];
  const text = splitLongSummary(line.description, undefined);
  let summary = text.summary;
  const body = text.body ?? '';
  if (!summary) {
    const names = stops.map((s) => s.title);
    summary = `${title}：${names.join(' → ')}。`;
    if ([...summary].length > SUMMARY_MAX) summary = `${title}：自${names[0]}至${names[names.length - 1]}，途经 ${names.length} 个地点。`;
    generated.push('summary');
    note(plan, m.notes.routeSummary);
  }
  const data: Record<string, unknown> = { title, summary, stops: stops.map((s) => ({ site: s.id })), modes: [options.mode], sources };
  const parsed = routeSchema.safeParse(data);
  if (!parsed.success) {
    for (const i of describeZodIssues(parsed.error, data, routeSchema, packMessages(m.lang))) skip(i.path.join('.'), i);
    return;
  }
  const id = freeId(slugify(title) ?? 'route', taken);
  taken.add(id);
  note(plan, m.notes.routeFromLine(STOP_RADIUS, options.mode));
  const planned: Planned = {
    collection: 'routes',
    id,
    at: line.at,
    data,
    body,
    ...(generated.length ? { generated } : {}),
    geometry: { features: [{ ...feature, properties: { entry: `routes/${id}`, ...feature.properties } }], ...(crs !== 'wgs84' ? { crs } : {}) },
    action: 'new',
    show: { title, what: m.report.collections.routes ?? 'route', where: m.line.stops(stops.length) },
  };
  plan.entries.push(planned);
}
