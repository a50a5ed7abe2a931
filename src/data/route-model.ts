/**
 * A route or bus line as the export files see it: numbered stops with points, and a path that is either
 * drawn (the pack's geometry) or straight legs between the stops, which the files say in words.
 * Pure and free of Node modules: the route pages and the planner build the same model in the browser.
 */
import type { Feature, Position } from 'geojson';
import type { UiStrings } from '../i18n/zh-CN.ts';
import type { Point, Route, Transit } from '../pack/schemas.ts';
import { entryPagePath } from '../pack/urls.ts';

export interface ExportStop {
  /** 1-based position in the route. */
  order: number;
  name: string;
  lon: number;
  lat: number;
  /** Site id, when the stop is a site of the pack. */
  site?: string;
  minutes?: number;
  note?: string;
  /** Page of the site, site-relative unless a base URL is given. */
  url?: string;
  /** Side of the border (bus stops). */
  side?: string;
}

export interface ExportPath {
  lines: [number, number][][];
  /** True when the path is straight legs between stops, not a drawn course. */
  straight: boolean;
  /** One sentence saying which, shown in every file's descriptions. */
  note: string;
}

export interface RouteExport {
  id: string;
  title: string;
  summary: string;
  url: string;
  stops: ExportStop[];
  /** Stops the files cannot place (a named bus stop without a point), by name, in order. */
  unplaced: string[];
  path: ExportPath;
  /** Source titles, for the files' descriptions. */
  sources: string[];
  /** Attribution lines of the pack. */
  attribution: string[];
  /** The words of the files' descriptions, in the language they are written for. */
  text: DataText;
}

/** The open-data strings of one language: the build's files are Chinese, the planner's follow the page. */
export type DataText = UiStrings['data'];

export interface SiteLookup {
  title: string;
  location: Point;
}

/** Lines of a geometry's LineString and MultiLineString features; other shapes are not a path. */
export function pathLines(features: readonly Feature[] | undefined): [number, number][][] {
  const out: [number, number][][] = [];
  const pair = (p: Position): [number, number] => [p[0] as number, p[1] as number];
  for (const f of features ?? []) {
    const g = f.geometry;
    if (g?.type === 'LineString' && g.coordinates.length >= 2) out.push(g.coordinates.map(pair));
    if (g?.type === 'MultiLineString') for (const l of g.coordinates) if (l.length >= 2) out.push(l.map(pair));
  }
  return out;
}

function pathOf(stops: readonly ExportStop[], geometry: readonly Feature[] | undefined, text: DataText): ExportPath {
  const lines = pathLines(geometry);
  // A geometry the pack marks schematic (straight legs an importer or editor drew) is not a course either.
  const schematic = (geometry ?? []).some((f) => f.properties?.schematic === true);
  if (lines.length && !schematic) return { lines, straight: false, note: text.pathDrawn };
  if (lines.length) return { lines, straight: true, note: text.pathStraight };
  return { lines: stops.length >= 2 ? [stops.map((s) => [s.lon, s.lat])] : [], straight: true, note: text.pathStraight };
}

export interface ExportContext {
  sites: ReadonlyMap<string, SiteLookup>;
  /** Titles of the pack's sources by key. */
  sourceTitles: ReadonlyMap<string, string>;
  attribution: readonly string[];
  baseUrl?: string;
  text: DataText;
}

function sourceTitles(sources: Route['sources'], titles: ReadonlyMap<string, string>): string[] {
  const out = sources.map((s) => {
    if (typeof s === 'string') return titles.get(s) ?? s;
    return (s.ref ? titles.get(s.ref) : undefined) ?? s.title ?? s.url ?? s.ref ?? '';
  });
  return [...new Set(out.filter(Boolean))];
}

export function routeExport(id: string, route: Route, geometry: readonly Feature[] | undefined, ctx: ExportContext): RouteExport {
  const base = ctx.baseUrl ?? '';
  const stops: ExportStop[] = [];
  const unplaced: string[] = [];
  route.stops.forEach((stop, i) => {
    const site = ctx.sites.get(stop.site);
    if (!site) {
      unplaced.push(stop.site);
      return;
    }
    stops.push({
      order: i + 1,
      name: site.title,
      lon: site.location.lon,
      lat: site.location.lat,
      site: stop.site,
      ...(stop.minutes !== undefined ? { minutes: stop.minutes } : {}),
      ...(stop.note ? { note: stop.note } : {}),
      url: `${base}${entryPagePath('sites', stop.site)}`,
    });
  });
  return {
    id,
    title: route.title,
    summary: route.summary,
    url: `${base}${entryPagePath('routes', id)}`,
    stops,
    unplaced,
    path: pathOf(stops, geometry, ctx.text),
    sources: sourceTitles(route.sources, ctx.sourceTitles),
    attribution: [...ctx.attribution],
    text: ctx.text,
  };
}

export function transitExport(id: string, line: Transit, geometry: readonly Feature[] | undefined, ctx: ExportContext): RouteExport {
  const base = ctx.baseUrl ?? '';
  const stops: ExportStop[] = [];
  const unplaced: string[] = [];
  line.stops.forEach((stop, i) => {
    const site = stop.site ? ctx.sites.get(stop.site) : undefined;
    const name = stop.name ?? site?.title ?? stop.site ?? '';
    const point = stop.location ?? site?.location;
    if (!point) {
      unplaced.push(name);
      return;
    }
    stops.push({
      order: i + 1,
      name,
      lon: point.lon,
      lat: point.lat,
      side: stop.side,
      ...(stop.site ? { site: stop.site, url: `${base}${entryPagePath('sites', stop.site)}` } : {}),
      ...(stop.note ? { note: stop.note } : {}),
    });
  });
  return {
    id,
    title: line.title,
    summary: line.summary,
    url: `${base}${entryPagePath('transit', id)}`,
    stops,
    unplaced,
    path: pathOf(stops, geometry, ctx.text),
    sources: sourceTitles(line.sources, ctx.sourceTitles),
    attribution: [...ctx.attribution],
    text: ctx.text,
  };
}

/** The description every file carries: summary, what the path is, sources and attribution. */
export function exportDescription(r: RouteExport): string {
  const parts = [r.summary, r.path.note];
  if (r.unplaced.length) parts.push(r.text.unplacedStops(r.unplaced));
  if (r.sources.length) parts.push(`${r.text.sourcesLabel}：${r.sources.map((s) => `《${s}》`).join('、')}`);
  if (r.attribution.length) parts.push(`${r.text.attributionLabel}：${r.attribution.join('；')}`);
  return parts.join('\n');
}

export function stopDescription(s: ExportStop, text: DataText): string | undefined {
  const parts = [s.note, s.minutes !== undefined ? text.stopMinutes(s.minutes) : undefined].filter(Boolean);
  return parts.length ? parts.join('；') : undefined;
}
