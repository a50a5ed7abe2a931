/**
 * One spreadsheet row (or placemark) to the frontmatter of a site, or the reasons it cannot be one.
 * Every reason is reported, not only the first, so a row is fixed in one go.
 */

import { parseSourceItem, splitList } from '../data/source-cell.ts';
import { packMessages } from '../pack/messages/index.ts';
import { ID_PATTERN, PRECISION_PATTERN, type Region, type Site, type SourceRef, siteSchema } from '../pack/schemas.ts';
import { describeZodIssues } from '../pack/zod-problems.ts';
import { regionLabel } from '../site/format.ts';
import type { Field } from './columns.ts';
import { type Bbox, type Crs, checkPoint, parseCrs, parseDegrees, parsePair } from './coordinates.ts';
import { isTypeString, kindList, kindOf, likelyKind } from './kinds.ts';
import { SUMMARY_MAX, splitLongSummary } from './long-text.ts';
import { mixedText } from './mixed-text.ts';
import type { Skipped } from './plan.ts';
import { regionsOf } from './regions.ts';
import type { ImportOptions, SiteKindId } from './types.ts';

export type SiteRecord = Partial<Record<Field, string>>;

export interface SiteContext {
  options: ImportOptions;
  serviceArea: Bbox;
  sourceKeys: ReadonlySet<string>;
  /** Region of the outline a WGS-84 point lies in, from the pack's boundary layer. */
  regionAt: (lon: number, lat: number) => Region | undefined;
  /** Kind from the placemark's folder, when the input has folders. */
  folderKind?: SiteKindId;
  /** Precision for this record when it has none, before --precision (e.g. "centre of the outline"). */
  precision?: string;
}

export interface SiteResult {
  ok: true;
  id?: string;
  data: Site;
  body: string;
  /** The point the checks used. */
  wgs84: [number, number];
  /** Defaults that stood in for missing cells, for the summary's counts. */
  notes: string[];
  /** Fields written for want of a cell. */
  generated: string[];
}

export type SiteOutcome = SiteResult | { ok: false; problems: Omit<Skipped, 'at'>[] };

const TITLE_MAX = 80;

export function precisionOf(cell: string | undefined): string | undefined {
  if (!cell) return undefined;
  const text = cell.trim();
  if (/^(survey|实测)$/i.test(text)) return 'survey';
  if (PRECISION_PATTERN.test(text)) return text;
  if (/^(approximate|近似|大致)$/i.test(text)) return undefined;
  return `approximate: ${text}`;
}

export function siteFromRecord(record: SiteRecord, ctx: SiteContext): SiteOutcome {
  const problems: Omit<Skipped, 'at'>[] = [];
  const notes: string[] = [];
  const generated: string[] = [];
  const { options } = ctx;
  const { m } = options;
  const r = m.row;
  const fail = (field: string, said: { message: string; hint?: string }) => problems.push({ field, ...said });

  const title = record.title;
  if (!title) fail('title', r.noName());
  else if ([...title].length > TITLE_MAX) fail('title', r.longName(TITLE_MAX));

  if (record.id !== undefined && !ID_PATTERN.test(record.id)) fail('id', r.badId(record.id));

  let kind: SiteKindId | undefined;
  if (record.kind) {
    kind = kindOf(record.kind, options.kinds);
    if (kind && isTypeString(record.kind)) notes.push(m.notes.typeParts);
    if (!kind && options.kind) {
      kind = options.kind;
      notes.push(m.notes.kindFromOption(record.kind, options.kind));
    } else if (!kind) {
      // A 高德 type string is mapped by its most specific part, which --kinds then names.
      const flag =
        record.kind
          .split(/[;；|]/)
          .filter(Boolean)
          .pop() ?? record.kind;
      fail('kind', r.unknownKind(record.kind, flag, likelyKind(record.kind), kindList()));
    }
  } else if (ctx.folderKind) kind = ctx.folderKind;
  else if (options.kind) {
    kind = options.kind;
    notes.push(m.notes.noKindOption(options.kind));
  } else fail('kind', r.noKind(kindList()));

  let crs: Crs = options.crs;
  if (record.crs) {
    const rowCrs = parseCrs(record.crs);
    if (rowCrs) crs = rowCrs;
    else fail('crs', r.unknownCrs(record.crs));
  }

  let point: { lon: number; lat: number; wgs84: [number, number] } | undefined;
  let lon: number | undefined;
  let lat: number | undefined;
  if (record.lon !== undefined || record.lat !== undefined) {
    lon = record.lon === undefined ? undefined : parseDegrees(record.lon);
    lat = record.lat === undefined ? undefined : parseDegrees(record.lat);
    // A "lon,lat" pair typed into the 经度 cell alone, as map pickers copy it.
    const pair = record.lat === undefined && record.lon !== undefined ? parsePair(record.lon) : undefined;
    if (pair) [lon, lat] = pair;
    else {
      if (record.lon === undefined) fail('lon', r.noLon());
      else if (lon === undefined) fail('lon', r.badLon(record.lon));
      if (record.lat === undefined) fail('lat', r.noLat());
      else if (lat === undefined) fail('lat', r.badLat(record.lat));
    }
  } else if (record.coordinates !== undefined) {
    const pair = parsePair(record.coordinates);
    if (pair) [lon, lat] = pair;
    else fail('coordinates', r.badPair(record.coordinates));
  } else fail('lon', r.noCoordinates());
  if (lon !== undefined && lat !== undefined) {
    const checked = checkPoint(lon, lat, crs, ctx.serviceArea, m);
    if (checked.ok) point = checked;
    else fail(checked.field, checked);
  }

  let regions: Region[] | undefined;
  if (point) {
    const at = point.wgs84;
    const result = regionsOf(record, options.region, () => ctx.regionAt(at[0], at[1]), m);
    if (result.ok) {
      regions = result.regions;
      if (result.from.includes('boundary')) notes.push(m.notes.regionFromBoundary);
      // A county read off the boundary layer never replaces the finer region an entry was written with (--force, --merge).
      if (result.from === 'boundary' || result.from === 'option') generated.push('regions');
      if (result.from.includes('option')) notes.push(m.notes.regionFromOption);
    } else fail(result.field, result);
  }

  // Sources from --source are the pack's; the file itself is cited beside them, so a reader sees where the facts came from.
  let sources: SourceRef[] = options.sources.length && options.fileSource ? [...options.sources, options.fileSource] : options.sources;
  if (record.sources) {
    sources = [];
    for (const item of splitList(record.sources)) {
      const parsed = parseSourceItem(item, ctx.sourceKeys);
      if (parsed.ok) sources.push(parsed.source);
      else fail('sources', r.sourceNotKey(parsed.key, [...ctx.sourceKeys]));
    }
  }
  if (sources.length === 0 && !record.sources) fail('sources', r.noSource());

  const partnerships = record.partnerships ? splitList(record.partnerships) : [];
  for (const p of partnerships) if (!ID_PATTERN.test(p)) fail('partnerships', r.badPartnership(p));

  const text = splitLongSummary(record.summary, record.body);
  if (text.moved) notes.push(m.notes.longSummary(SUMMARY_MAX));
  let summary = text.summary;
  if (!summary && title && regions) {
    // A sentence of facts the row gives, so the entry is valid; the writer replaces it with a real summary.
    // The place itself is not repeated in where it is: 兴旺村，位于……新埭镇, not ……新埭镇兴旺村.
    const where = regions.map((g) => regionLabel(g.village === title ? { ...g, village: undefined } : g)).join('与');
    summary = mixedText(`${title}，位于`, where, '。');
    generated.push('summary');
    notes.push(m.notes.generatedSummary);
  }
  const precision = precisionOf(record.precision) ?? ctx.precision ?? options.precision;
  if (!PRECISION_PATTERN.test(precision)) fail('precision', r.badPrecision(precision));

  if (problems.length || !title || !kind || !point || !regions || !summary) return { ok: false, problems };

  const data: Record<string, unknown> = { title };
  if (record.titleEn) data.titleEn = record.titleEn;
  data.summary = summary;
  if (record.summaryEn) data.summaryEn = record.summaryEn;
  data.kind = kind;
  data.regions = regions;
  data.location = { lon: point.lon, lat: point.lat, precision, ...(crs !== 'wgs84' ? { crs } : {}) };
  if (record.address) data.address = record.address;
  if (record.opening) data.opening = record.opening;
  if (record.booking) data.booking = record.booking;
  const themes = record.themes ? splitList(record.themes) : [];
  if (themes.length) data.themes = themes;
  if (partnerships.length) data.partnerships = partnerships;
  data.sources = sources;

  // The checks above say what is wrong in the user's words; the schema is the last word on the shape.
  const parsed = siteSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: describeZodIssues(parsed.error, data, siteSchema, packMessages(m.lang)).map((i) => ({
        field: i.path.join('.'),
        message: i.message,
        ...(i.hint ? { hint: i.hint } : {}),
      })),
    };
  }
  return { ok: true, ...(record.id ? { id: record.id } : {}), data: data as Site, body: text.body ?? '', wgs84: point.wgs84, notes, generated };
}
