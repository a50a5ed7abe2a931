/**
 * Reads a content pack from disk and checks all of it: every problem of a run is collected,
 * none stops the others from being found, and no file is passed over without a word.
 */
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { Feature } from 'geojson';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { type PackArchive, readArchive } from './archive.ts';
import { closest } from './closest.ts';
import { CRS_LABELS, toWgs84 } from './crs.ts';
import { checkFacts, todayInChina } from './facts/index.ts';
import { parseMarkdownFile } from './frontmatter.ts';
import { checkGeoJson } from './geojson.ts';
import { checkImages } from './images.ts';
import { jsonSyntaxError } from './json-syntax.ts';
import { ALLOWED_HTML, findUnsafeMarkup, markdownCheckSkippedForTest, type UnsafeMarkup } from './markdown-safety.ts';
import { type PackMessages, packMessages, type Said } from './messages/index.ts';
import type { Problem } from './problems.ts';
import { describeTextFailure, readPackFile, readPackText, type TextFailure } from './read-text.ts';
import { checkReferences } from './references.ts';
import {
  COLLECTIONS,
  type CollectionData,
  type CollectionName,
  collectionSchemas,
  ID_PATTERN,
  type PackConfig,
  type Point,
  packConfigSchema,
} from './schemas.ts';
import { describeYamlErrors } from './yaml-problems.ts';
import { describeZodIssues, valueAt } from './zod-problems.ts';

export const CONFIG_FILE = 'pack.yaml';

export interface PackEntry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** Path relative to the pack root. */
  file: string;
  data: CollectionData[C];
  /** Markdown body (the story). */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Line of a frontmatter field in the file. */
  lineOf(path: readonly PropertyKey[]): number;
}

export type PackEntries = { [C in CollectionName]: PackEntry<C>[] };

export type BasemapData = PackConfig['basemap']['layers'][number] & { features: Feature[] };

export interface Pack {
  /** Absolute path of the pack folder. */
  root: string;
  config: PackConfig;
  entries: PackEntries;
  /** Geometries from geo/, by `collection/id` of the entry they belong to. */
  geometries: Map<string, Feature[]>;
  basemap: BasemapData[];
  /** The PMTiles archive of `basemap.pmtiles`, checked; the site serves it when its basemap is `pmtiles`. */
  archive?: PackArchive;
  /** Errors: the build must not go on while there are any. */
  problems: Problem[];
  /** Things fixed or worth knowing (CRS conversions, winding); printed in the build log. */
  notes: Problem[];
  /** The language the problems and notes are written in. */
  messages: PackMessages;
  /** Things probably wrong that may be right (a point in the sea, a short province name): printed, the build goes on. */
  warnings: Problem[];
}

export interface LoadOptions {
  /** Language of the messages (`en`, `zh-CN`); by default the pack's own `lang`, else Chinese. */
  lang?: string;
  /** The build's clock, for dates in the future; tests fix it. */
  now?: Date;
}

/** Config used to go on checking entries when pack.yaml itself is broken. */
const FALLBACK_INPUT = { title: '-', description: '-', serviceArea: [-180, -90, 180, 90] };
const FALLBACK_CONFIG: PackConfig = packConfigSchema.parse(FALLBACK_INPUT);

export function loadPack(rootDir: string, options: LoadOptions = {}): Pack {
  const root = resolve(rootDir);
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const rel = (p: string) => relative(root, p) || '.';
  const source = readConfigSource(root);
  const m = packMessages(options.lang ?? declaredLang(source));

  // A broken pack.yaml is reported for what is wrong in it; its sound fields are still used, so that
  // one bad serviceArea does not also raise false errors about folders, sources or points.
  const { config, broken } = readConfig(root, source, problems, m);
  const contentDir = join(root, config.paths.content);
  const geoDir = join(root, config.paths.geo);

  const entries = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as PackEntries;
  // Ids of every entry file, valid or not: a broken entry is reported once, not again by each reference to it.
  const declared = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as Record<CollectionName, Set<string>>;
  if (!existsSync(contentDir)) {
    if (!broken.has('paths')) problems.push({ file: CONFIG_FILE, entry: '-', field: 'paths.content', ...m.files.noContentFolder(rel(contentDir)) });
  } else {
    for (const name of readdirSync(contentDir).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(contentDir, name);
      if (!statSync(path).isDirectory()) {
        problems.push({ file: rel(path), entry: '-', field: '-', ...m.files.outsideCollection(COLLECTIONS) });
        continue;
      }
      if (!(COLLECTIONS as readonly string[]).includes(name)) {
        problems.push({ file: rel(path), entry: '-', field: '-', ...m.files.unknownCollection(name, COLLECTIONS, closest(name, COLLECTIONS)) });
        continue;
      }
      readCollection(name as CollectionName, path, root, rel, config, entries, declared[name as CollectionName], problems, notes, m);
    }
  }

  const geometries = new Map<string, Feature[]>();
  const basemap: BasemapData[] = [];
  const basemapFiles = new Set(config.basemap.layers.map((l) => resolve(geoDir, l.file)));
  config.basemap.layers.forEach((layer, i) => {
    const path = resolve(geoDir, layer.file);
    if (!existsSync(path)) {
      problems.push({ file: CONFIG_FILE, entry: '-', field: `basemap.layers.${i}.file`, ...m.files.basemapMissing(rel(path), rel(geoDir)) });
      return;
    }
    const features = readGeoFile(path, root, rel, problems, notes, m);
    if (features) basemap.push({ ...layer, features });
  });
  const { archive, problems: archiveProblems } = broken.has('basemap') ? { problems: [] } : readArchive(config, root, geoDir, m);
  problems.push(...archiveProblems);
  if (config.basemap.pmtiles) basemapFiles.add(resolve(geoDir, config.basemap.pmtiles.file));
  // Without a readable basemap list no file of geo/ can be told a layer from an entry's geometry: checking them
  // would bury pack.yaml's own problem under false ones.
  if (existsSync(geoDir) && !broken.has('basemap')) {
    for (const path of walk(geoDir)) {
      if (basemapFiles.has(path)) continue;
      const ext = extname(path).toLowerCase();
      if (ext === '.md' || ext === '.txt') continue; // provenance notes travel with the data
      if (ext !== '.geojson' && ext !== '.json') {
        problems.push({ file: rel(path), entry: '-', field: '-', ...m.files.notGeoJson(ext === '.pmtiles') });
        continue;
      }
      const features = readGeoFile(path, root, rel, problems, notes, m);
      features?.forEach((feature, index) => {
        const ref = feature.properties?.entry;
        const where = { file: rel(path), entry: `${basename(path)}#${index}` };
        if (typeof ref !== 'string' || !/^[a-z]+\/[^/]+$/.test(ref)) {
          problems.push({ ...where, field: 'properties.entry', ...m.files.featureWithoutEntry() });
          return;
        }
        const [collection, id] = ref.split('/') as [string, string];
        if (!declared[collection as CollectionName]?.has(id)) {
          problems.push({ ...where, field: 'properties.entry', ...m.files.featureUnknownEntry(ref) });
          return;
        }
        const existing = geometries.get(ref) ?? [];
        existing.push(feature);
        geometries.set(ref, existing);
      });
    }
  }

  problems.push(...checkReferences(entries, declared, broken.has('sources') ? undefined : config, m));
  problems.push(...checkImages(entries, resolve(root, config.paths.images), config.paths.images, m));
  const facts = checkFacts({ entries, config, basemap, today: todayInChina(options.now ?? new Date()) }, m);
  problems.push(...facts.problems);
  return { root, config, entries, geometries, basemap, ...(archive ? { archive } : {}), problems, notes, warnings: facts.warnings, messages: m };
}

/** pack.yaml as read from disk, once: missing, unreadable (a link, not UTF-8 …), or parsed as YAML. */
type ConfigSource = { kind: 'missing' } | { kind: 'unreadable'; failure: TextFailure } | { kind: 'yaml'; text: string; doc: Document; counter: LineCounter };

function readConfigSource(root: string): ConfigSource {
  const path = join(root, CONFIG_FILE);
  if (!existsSync(path)) return { kind: 'missing' };
  const read = readPackText(path, root);
  if (!('text' in read)) return { kind: 'unreadable', failure: read };
  const counter = new LineCounter();
  return { kind: 'yaml', text: read.text, doc: parseDocument(read.text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false }), counter };
}

/** The pack's `lang`, known before anything is said, so that every message of the run is in it. */
function declaredLang(source: ConfigSource): string | undefined {
  const lang = source.kind === 'yaml' ? source.doc.get('lang') : undefined;
  return typeof lang === 'string' ? lang : undefined;
}

/** The config, and the top-level fields of pack.yaml that were wrong (the checks that rest on them are skipped). */
interface ReadConfig {
  config: PackConfig;
  broken: Set<string>;
}

const EVERYTHING = new Set(['paths', 'basemap', 'sources', 'serviceArea']);

function readConfig(root: string, source: ConfigSource, problems: Problem[], m: PackMessages): ReadConfig {
  if (source.kind === 'missing') {
    problems.push({ file: CONFIG_FILE, entry: '-', field: '-', ...m.files.noConfig(root) });
    return { config: FALLBACK_CONFIG, broken: EVERYTHING };
  }
  if (source.kind === 'unreadable') {
    problems.push({ file: CONFIG_FILE, entry: '-', field: '-', ...describeTextFailure(source.failure, m) });
    return { config: FALLBACK_CONFIG, broken: EVERYTHING };
  }
  const { text, doc, counter } = source;
  if (doc.errors.length) {
    for (const e of describeYamlErrors(doc.errors, text, (offset) => counter.linePos(offset).line, m))
      problems.push({ file: CONFIG_FILE, line: e.line, entry: '-', field: '-', message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
    return { config: FALLBACK_CONFIG, broken: EVERYTHING };
  }
  const data = doc.toJS();
  const parsed = packConfigSchema.safeParse(data);
  if (parsed.success) return { config: parsed.data, broken: new Set() };
  const broken = new Set<string>();
  for (const issue of describeZodIssues(parsed.error, data, packConfigSchema, m)) {
    const node = doc.getIn(issue.path as unknown[], true) as { range?: number[] } | undefined;
    broken.add(String(issue.path[0] ?? '-'));
    problems.push({
      file: CONFIG_FILE,
      line: node?.range ? counter.linePos(node.range[0] as number).line : undefined,
      entry: '-',
      field: issue.path.join('.') || '-',
      message: issue.message,
      hint: issue.hint,
    });
  }
  const sound = Object.fromEntries(Object.entries(isRecord(data) ? data : {}).filter(([key]) => !broken.has(key)));
  const salvaged = packConfigSchema.safeParse({ ...FALLBACK_INPUT, ...sound });
  return salvaged.success ? { config: salvaged.data, broken } : { config: FALLBACK_CONFIG, broken: EVERYTHING };
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function readCollection(
  collection: CollectionName,
  dir: string,
  root: string,
  rel: (p: string) => string,
  config: PackConfig,
  entries: PackEntries,
  declared: Set<string>,
  problems: Problem[],
  notes: Problem[],
  m: PackMessages,
) {
  const seen = new Map<string, string>();
  for (const path of walk(dir)) {
    const file = rel(path);
    if (extname(path) !== '.md') {
      problems.push({ file, entry: '-', field: '-', ...m.files.notMarkdown() });
      continue;
    }
    const id = basename(path, '.md');
    const entry = `${collection}/${id}`;
    if (!ID_PATTERN.test(id)) {
      problems.push({ file, entry, field: '-', ...m.files.badId(id) });
      continue;
    }
    if (seen.has(id)) {
      problems.push({ file, entry, field: '-', ...m.files.duplicateId(seen.get(id) as string) });
      continue;
    }
    seen.set(id, file);
    declared.add(id);
    const text = readPackFile(path, root, m, (said) => problems.push({ file, entry, field: '-', ...said }));
    if (text === undefined) continue;
    const parsed = parseMarkdownFile(text, m);
    for (const { line, ...said } of parsed.errors) problems.push({ file, line, entry, field: '-', ...said });
    if (parsed.data === undefined) continue;
    const at = (fieldPath: readonly PropertyKey[]) => ({ file, line: parsed.lineOf(fieldPath), entry, field: fieldPath.join('.') || '-' });
    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      problems.push({ ...at([]), ...m.files.notAMapping() });
      continue;
    }
    for (const unsafe of markdownCheckSkippedForTest() ? [] : findUnsafeMarkup(parsed.body)) {
      problems.push({ file, line: parsed.bodyLine + unsafe.line - 1, entry, field: 'body', ...unsafeSaid(unsafe, m) });
    }
    const schema = collectionSchemas[collection];
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of describeZodIssues(result.error, parsed.data, schema, m)) {
        const swapped = swappedPoint(parsed.data, issue.path, config, m);
        problems.push({ ...at(issue.path), ...(swapped ?? { message: issue.message, hint: issue.hint }) });
      }
      continue;
    }
    const data = result.data as CollectionData[typeof collection];
    for (const [pointPath, point] of pointsOf(collection, data)) {
      normalisePoint(point, config, at(pointPath), problems, notes, m);
    }
    (entries[collection] as PackEntry[]).push({ collection, id, file, data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf });
  }
}

/** Every point of an entry with its field path, so checks and conversions see them all. */
function pointsOf(collection: CollectionName, data: CollectionData[CollectionName]): [PropertyKey[], Point][] {
  const out: [PropertyKey[], Point][] = [];
  if (collection === 'sites') out.push([['location'], (data as CollectionData['sites']).location]);
  if (collection === 'transit') {
    (data as CollectionData['transit']).stops.forEach((s, i) => {
      if (s.location) out.push([['stops', i, 'location'], s.location]);
    });
  }
  if (collection === 'partnerships') {
    (data as CollectionData['partnerships']).members.forEach((m, i) => {
      if (m.location) out.push([['members', i, 'location'], m.location]);
    });
  }
  return out;
}

/** The HTML a body may use, as the messages name it: `br`, …, `abbr title`. */
const ALLOWED_HTML_LIST = Object.entries(ALLOWED_HTML).map(([tag, attributes]) => [tag, ...attributes].join(' '));

/** What a finding of the Markdown check says. */
function unsafeSaid(unsafe: UnsafeMarkup, m: PackMessages): Said {
  switch (unsafe.kind) {
    case 'tag':
      return m.markup.tag(unsafe.name, ALLOWED_HTML_LIST);
    case 'attribute':
      return m.markup.attribute(unsafe.name);
    case 'url':
      return m.markup.url(unsafe.name);
    case 'comment':
      return m.markup.comment(unsafe.name);
  }
}

/** Out-of-range lon/lat whose swap lands in the service area: say "swapped", not just "too big". */
function swappedPoint(data: unknown, path: PropertyKey[], config: PackConfig, m: PackMessages): Said | undefined {
  const last = path[path.length - 1];
  if (last !== 'lat' && last !== 'lon') return undefined;
  const point = valueAt(data, path.slice(0, -1)) as { lon?: unknown; lat?: unknown } | undefined;
  if (typeof point?.lon !== 'number' || typeof point.lat !== 'number') return undefined;
  const [w, s, e, n] = config.serviceArea;
  if (point.lat >= w && point.lat <= e && point.lon >= s && point.lon <= n) {
    return m.points.swapped(point.lon, point.lat);
  }
  return undefined;
}

function normalisePoint(point: Point, config: PackConfig, where: Omit<Problem, 'message'>, problems: Problem[], notes: Problem[], m: PackMessages) {
  if (point.crs && point.crs !== 'wgs84') {
    const [lon, lat] = toWgs84([point.lon, point.lat], point.crs);
    notes.push({ ...where, ...m.points.converted(CRS_LABELS[point.crs], [point.lon, point.lat], [lon, lat]) });
    point.lon = lon;
    point.lat = lat;
  }
  delete point.crs;
  const [w, s, e, n] = config.serviceArea;
  const inside = (lon: number, lat: number) => lon >= w && lon <= e && lat >= s && lat <= n;
  if (inside(point.lon, point.lat)) return;
  problems.push({ ...where, ...m.points.outsideArea(point.lon, point.lat, config.serviceArea) });
}

function readGeoFile(path: string, root: string, rel: (p: string) => string, problems: Problem[], notes: Problem[], m: PackMessages): Feature[] | undefined {
  const file = rel(path);
  const text = readPackFile(path, root, m, (said) => problems.push({ file, entry: '-', field: '-', ...said }));
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const { line, column, what } = jsonSyntaxError(err as Error, text);
    problems.push({ file, line, entry: '-', field: '-', ...m.files.jsonSyntax(line, column, m.files.json[what]) });
    return undefined;
  }
  const checked = checkGeoJson(json, m);
  const label = (i: number) => (i < 0 ? '-' : `${basename(path)}#${i}`);
  for (const e of checked.errors) problems.push({ file, entry: label(e.feature), field: e.field, message: e.message, hint: e.hint });
  for (const n of checked.notes) notes.push({ file, entry: label(n.feature), field: n.field, message: n.message });
  return checked.errors.length ? undefined : checked.features;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    // A linked folder is not followed (it may loop, or lead out of the pack): it is yielded, and refused by its reader.
    if (lstatSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
