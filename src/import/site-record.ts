/**
 * One spreadsheet row (or placemark) to the frontmatter of a site, or the reasons it cannot be one.
 * Every reason is reported, not only the first, so a row is fixed in one go.
 */

import { parseSourceItem, splitList } from '../data/source-cell.ts';
import { ID_PATTERN, PRECISION_PATTERN, type Region, type Site, siteSchema } from '../pack/schemas.ts';
import { describeZodIssues } from '../pack/zod-problems.ts';
import { regionLabel } from '../site/format.ts';
import type { Field } from './columns.ts';
import { type Bbox, type Crs, checkPoint, parseCrs, parseDegrees, parsePair } from './coordinates.ts';
import { KIND_HINT, kindOf } from './kinds.ts';
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
const SUMMARY_MAX = 300;

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
  const fail = (field: string, message: string, hint?: string) => problems.push(hint ? { field, message, hint } : { field, message });

  const title = record.title;
  if (!title) fail('title', 'no name', 'fill the 名称/name cell');
  else if ([...title].length > TITLE_MAX) fail('title', `name is longer than ${TITLE_MAX} characters`, 'shorten it; the long form can go in 简介');

  if (record.id !== undefined && !ID_PATTERN.test(record.id))
    fail('id', `"${record.id}" is not a valid id`, 'use lowercase letters, digits and hyphens, or leave the id cell empty');

  let kind: SiteKindId | undefined;
  if (record.kind) {
    kind = kindOf(record.kind, options.kinds);
    if (!kind && options.kind) {
      kind = options.kind;
      notes.push(`kind "${record.kind}" not understood: --kind ${options.kind} used`);
    } else if (!kind) fail('kind', `unknown kind "${record.kind}"`, KIND_HINT);
  } else if (ctx.folderKind) kind = ctx.folderKind;
  else if (options.kind) {
    kind = options.kind;
    notes.push(`no kind: --kind ${options.kind} used`);
  } else fail('kind', 'no kind', KIND_HINT);

  let crs: Crs = options.crs;
  if (record.crs) {
    const rowCrs = parseCrs(record.crs);
    if (rowCrs) crs = rowCrs;
    else fail('crs', `unknown coordinate system "${record.crs}"`, 'write wgs84, gcj02 (高德/腾讯) or bd09 (百度)');
  }

  let point: { lon: number; lat: number; wgs84: [number, number] } | undefined;
  let lon: number | undefined;
  let lat: number | undefined;
  if (record.lon !== undefined || record.lat !== undefined) {
    lon = record.lon === undefined ? undefined : parseDegrees(record.lon);
    lat = record.lat === undefined ? undefined : parseDegrees(record.lat);
    if (record.lon === undefined) fail('lon', 'missing longitude', 'fill the 经度/lon cell');
    else if (lon === undefined) fail('lon', `"${record.lon}" is not a longitude`, 'write decimal degrees, e.g. 121.05');
    if (record.lat === undefined) fail('lat', 'missing latitude', 'fill the 纬度/lat cell');
    else if (lat === undefined) fail('lat', `"${record.lat}" is not a latitude`, 'write decimal degrees, e.g. 30.66');
  } else if (record.coordinates !== undefined) {
    const pair = parsePair(record.coordinates);
    if (pair) [lon, lat] = pair;
    else fail('coordinates', `"${record.coordinates}" is not a "longitude,latitude" pair`, 'write e.g. 121.05,30.66');
  } else fail('lon', 'missing coordinates', 'fill 经度/lon and 纬度/lat');
  if (lon !== undefined && lat !== undefined) {
    const checked = checkPoint(lon, lat, crs, ctx.serviceArea);
    if (checked.ok) point = checked;
    else fail(checked.field, checked.message, checked.hint);
  }

  let regions: Region[] | undefined;
  if (point) {
    const at = point.wgs84;
    const result = regionsOf(record, options.region, () => ctx.regionAt(at[0], at[1]));
    if (result.ok) {
      regions = result.regions;
      if (result.from.includes('boundary')) notes.push('region taken from the pack’s boundary layer');
      if (result.from.includes('option')) notes.push('region taken from --region');
    } else fail(result.field, result.message, result.hint);
  }

  let sources = options.sources;
  if (record.sources) {
    sources = [];
    for (const item of splitList(record.sources)) {
      const parsed = parseSourceItem(item, ctx.sourceKeys);
      if (parsed.ok) sources.push(parsed.source);
      else fail('sources', parsed.message, parsed.hint);
    }
  }
  if (sources.length === 0 && !record.sources) fail('sources', 'no source', 'fill the 来源/source cell, or pass --source <a key of pack.yaml sources>');

  const partnerships = record.partnerships ? splitList(record.partnerships) : [];
  for (const p of partnerships) if (!ID_PATTERN.test(p)) fail('partnerships', `"${p}" is not an id of a partnership`, 'write partnership ids joined by |');

  let summary = record.summary;
  if (summary && [...summary].length > SUMMARY_MAX)
    fail('summary', `简介 is longer than ${SUMMARY_MAX} characters`, 'shorten it; the long text can go in a 正文/body column');
  if (!summary && title && regions) {
    // A sentence of facts the row gives, so the entry is valid; the writer replaces it with a real summary.
    // The place itself is not repeated in where it is: 兴旺村，位于……新埭镇, not ……新埭镇兴旺村.
    const where = regions.map((r) => regionLabel(r.village === title ? { ...r, village: undefined } : r)).join('与');
    summary = mixedText(`${title}，位于`, where, '。');
    generated.push('summary');
    notes.push('no 简介: summary written from name and region (edit it)');
  }
  const precision = precisionOf(record.precision) ?? ctx.precision ?? options.precision;
  if (!PRECISION_PATTERN.test(precision))
    fail('precision', `"${precision}" is not a precision`, 'write "survey" or "approximate: <what the point stands for>"');

  if (problems.length || !title || !kind || !point || !regions || !summary) return { ok: false, problems };

  const data: Record<string, unknown> = { title };
  if (record.titleEn) data.titleEn = record.titleEn;
  data.summary = summary;
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
      problems: describeZodIssues(parsed.error, data, siteSchema).map((i) => ({ field: i.path.join('.'), message: i.message, hint: i.hint })),
    };
  }
  return { ok: true, ...(record.id ? { id: record.id } : {}), data: data as Site, body: record.body ?? '', wgs84: point.wgs84, notes, generated };
}
