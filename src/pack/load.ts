/**
 * Reads a content pack from disk and checks all of it: every problem of a run is collected,
 * none stops the others from being found, and no file is passed over without a word.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { Feature } from 'geojson';
import { LineCounter, parseDocument } from 'yaml';
import { type PackArchive, readArchive } from './archive.ts';
import { CRS_LABELS, toWgs84 } from './crs.ts';
import { parseMarkdownFile } from './frontmatter.ts';
import { checkGeoJson } from './geojson.ts';
import { ALLOWED_HTML, findUnsafeMarkup, markdownCheckSkippedForTest, type UnsafeMarkup } from './markdown-safety.ts';
import type { Problem } from './problems.ts';
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
}

/** Config used to go on checking entries when pack.yaml itself is broken. */
const FALLBACK_CONFIG: PackConfig = packConfigSchema.parse({ title: '-', description: '-', serviceArea: [-180, -90, 180, 90] });

export function loadPack(rootDir: string): Pack {
  const root = resolve(rootDir);
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const rel = (p: string) => relative(root, p) || '.';

  const configProblems = problems.length;
  const config = readConfig(root, problems);
  const configOk = problems.length === configProblems;
  const contentDir = join(root, config.paths.content);
  const geoDir = join(root, config.paths.geo);

  const entries = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as PackEntries;
  // Ids of every entry file, valid or not: a broken entry is reported once, not again by each reference to it.
  const declared = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as Record<CollectionName, Set<string>>;
  if (!existsSync(contentDir)) {
    problems.push({
      file: CONFIG_FILE,
      entry: '-',
      field: 'paths.content',
      message: `content folder ${rel(contentDir)} does not exist`,
      hint: 'create it or fix paths.content',
    });
  } else {
    for (const name of readdirSync(contentDir).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(contentDir, name);
      if (!statSync(path).isDirectory()) {
        problems.push({
          file: rel(path),
          entry: '-',
          field: '-',
          message: 'file outside any collection folder',
          hint: `move it into one of ${COLLECTIONS.join(', ')}`,
        });
        continue;
      }
      if (!(COLLECTIONS as readonly string[]).includes(name)) {
        problems.push({
          file: rel(path),
          entry: '-',
          field: '-',
          message: `unknown collection folder "${name}"`,
          hint: `use one of ${COLLECTIONS.join(', ')}`,
        });
        continue;
      }
      readCollection(name as CollectionName, path, rel, config, entries, declared[name as CollectionName], problems, notes);
    }
  }

  const geometries = new Map<string, Feature[]>();
  const basemap: BasemapData[] = [];
  const basemapFiles = new Set(config.basemap.layers.map((l) => resolve(geoDir, l.file)));
  config.basemap.layers.forEach((layer, i) => {
    const path = resolve(geoDir, layer.file);
    if (!existsSync(path)) {
      problems.push({
        file: CONFIG_FILE,
        entry: '-',
        field: `basemap.layers.${i}.file`,
        message: `basemap file ${rel(path)} does not exist`,
        hint: `put it under ${rel(geoDir)}/ or fix the path`,
      });
      return;
    }
    const features = readGeoFile(path, rel, problems, notes);
    if (features) basemap.push({ ...layer, features });
  });
  const { archive, problems: archiveProblems } = configOk ? readArchive(config, root, geoDir) : { problems: [] };
  problems.push(...archiveProblems);
  if (config.basemap.pmtiles) basemapFiles.add(resolve(geoDir, config.basemap.pmtiles.file));
  if (existsSync(geoDir)) {
    for (const path of walk(geoDir)) {
      if (basemapFiles.has(path)) continue;
      const ext = extname(path).toLowerCase();
      if (ext === '.md' || ext === '.txt') continue; // provenance notes travel with the data
      if (ext !== '.geojson' && ext !== '.json') {
        problems.push({
          file: rel(path),
          entry: '-',
          field: '-',
          message: 'not a GeoJSON file',
          hint:
            ext === '.pmtiles'
              ? 'a PMTiles basemap is named in pack.yaml as basemap.pmtiles.file (see the README, "The offline basemap"); or move it out'
              : 'geo/ holds .geojson files; convert it (npm run import) or move it out',
        });
        continue;
      }
      const features = readGeoFile(path, rel, problems, notes);
      features?.forEach((feature, index) => {
        const ref = feature.properties?.entry;
        const where = { file: rel(path), entry: `${basename(path)}#${index}` };
        if (typeof ref !== 'string' || !/^[a-z]+\/[^/]+$/.test(ref)) {
          problems.push({
            ...where,
            field: 'properties.entry',
            message: 'feature does not name the entry it belongs to',
            hint: 'set properties.entry to "collection/id", e.g. "routes/hongse-jiyi", or declare the file as a basemap layer in pack.yaml',
          });
          return;
        }
        const [collection, id] = ref.split('/') as [string, string];
        if (!declared[collection as CollectionName]?.has(id)) {
          problems.push({
            ...where,
            field: 'properties.entry',
            message: `feature points at "${ref}", which is not an entry of the pack`,
            hint: 'fix the reference or add the entry',
          });
          return;
        }
        const existing = geometries.get(ref) ?? [];
        existing.push(feature);
        geometries.set(ref, existing);
      });
    }
  }

  problems.push(...checkReferences(entries, declared, configOk ? config : undefined));
  return { root, config, entries, geometries, basemap, ...(archive ? { archive } : {}), problems, notes };
}

function readConfig(root: string, problems: Problem[]): PackConfig {
  const path = join(root, CONFIG_FILE);
  if (!existsSync(path)) {
    problems.push({
      file: CONFIG_FILE,
      entry: '-',
      field: '-',
      message: `no ${CONFIG_FILE} in ${root}`,
      hint: 'every pack needs a config file: see the README, "Content pack"',
    });
    return FALLBACK_CONFIG;
  }
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors)
      problems.push({
        file: CONFIG_FILE,
        line: counter.linePos(e.pos[0]).line,
        entry: '-',
        field: '-',
        message: `unparsable YAML: ${e.message.split('\n')[0]}`,
      });
    return FALLBACK_CONFIG;
  }
  const data = doc.toJS();
  const parsed = packConfigSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of describeZodIssues(parsed.error, data, packConfigSchema)) {
    const node = doc.getIn(issue.path as unknown[], true) as { range?: number[] } | undefined;
    problems.push({
      file: CONFIG_FILE,
      line: node?.range ? counter.linePos(node.range[0] as number).line : undefined,
      entry: '-',
      field: issue.path.join('.') || '-',
      message: issue.message,
      hint: issue.hint,
    });
  }
  return FALLBACK_CONFIG;
}

function readCollection(
  collection: CollectionName,
  dir: string,
  rel: (p: string) => string,
  config: PackConfig,
  entries: PackEntries,
  declared: Set<string>,
  problems: Problem[],
  notes: Problem[],
) {
  const seen = new Map<string, string>();
  for (const path of walk(dir)) {
    const file = rel(path);
    if (extname(path) !== '.md') {
      problems.push({ file, entry: '-', field: '-', message: 'not a Markdown entry', hint: 'entries are .md files; rename or move it' });
      continue;
    }
    const id = basename(path, '.md');
    const entry = `${collection}/${id}`;
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        entry,
        field: '-',
        message: `file name "${id}" is not a valid id`,
        hint: 'use lowercase pinyin or English words joined by hyphens, e.g. shantang-cun.md',
      });
      continue;
    }
    if (seen.has(id)) {
      problems.push({ file, entry, field: '-', message: `duplicate id: ${seen.get(id)} has the same file name`, hint: 'rename one of them' });
      continue;
    }
    seen.set(id, file);
    declared.add(id);
    const text = readFileSync(path, 'utf8');
    const parsed = parseMarkdownFile(text);
    for (const e of parsed.errors) problems.push({ file, line: e.line, entry, field: '-', message: e.message });
    if (parsed.data === undefined) continue;
    const at = (fieldPath: readonly PropertyKey[]) => ({ file, line: parsed.lineOf(fieldPath), entry, field: fieldPath.join('.') || '-' });
    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      problems.push({ ...at([]), message: 'frontmatter must be a set of "field: value" lines' });
      continue;
    }
    for (const unsafe of markdownCheckSkippedForTest() ? [] : findUnsafeMarkup(parsed.body)) {
      problems.push({
        file,
        line: parsed.bodyLine + unsafe.line - 1,
        entry,
        field: 'body',
        message: unsafeMarkupMessage(unsafe),
        hint: `write plain Markdown; allowed HTML: ${ALLOWED_HTML_LIST}`,
      });
    }
    const schema = collectionSchemas[collection];
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of describeZodIssues(result.error, parsed.data, schema)) {
        const swapped = swappedPoint(parsed.data, issue.path, config);
        if (swapped) problems.push({ ...at(issue.path), message: swapped, hint: 'swap lon and lat' });
        else problems.push({ ...at(issue.path), message: issue.message, hint: issue.hint });
      }
      continue;
    }
    const data = result.data as CollectionData[typeof collection];
    for (const [pointPath, point] of pointsOf(collection, data)) {
      normalisePoint(point, config, at(pointPath), problems, notes);
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

/** The HTML a body may use, for the hint: `<br> … <abbr title>`. */
const ALLOWED_HTML_LIST = Object.entries(ALLOWED_HTML)
  .map(([tag, attributes]) => `<${[tag, ...attributes].join(' ')}>`)
  .join(' ');

function unsafeMarkupMessage({ kind, name }: UnsafeMarkup): string {
  if (kind === 'attribute') return `attribute ${name}= in Markdown`;
  if (kind === 'url') return `${name}: URL in Markdown`;
  if (kind === 'comment') return `<${name}> hidden in an HTML comment in Markdown`;
  return `raw <${name}> in Markdown`;
}

/** Out-of-range lon/lat whose swap lands in the service area: say "swapped", not just "too big". */
function swappedPoint(data: unknown, path: PropertyKey[], config: PackConfig): string | undefined {
  const last = path[path.length - 1];
  if (last !== 'lat' && last !== 'lon') return undefined;
  const point = valueAt(data, path.slice(0, -1)) as { lon?: unknown; lat?: unknown } | undefined;
  if (typeof point?.lon !== 'number' || typeof point.lat !== 'number') return undefined;
  const [w, s, e, n] = config.serviceArea;
  if (point.lat >= w && point.lat <= e && point.lon >= s && point.lon <= n) {
    return `longitude and latitude look swapped: (${point.lon}, ${point.lat}) is out of range, (${point.lat}, ${point.lon}) is inside the service area`;
  }
  return undefined;
}

function normalisePoint(point: Point, config: PackConfig, where: Omit<Problem, 'message'>, problems: Problem[], notes: Problem[]) {
  if (point.crs && point.crs !== 'wgs84') {
    const [lon, lat] = toWgs84([point.lon, point.lat], point.crs);
    notes.push({ ...where, message: `converted from ${CRS_LABELS[point.crs]} (${point.lon}, ${point.lat}) to WGS-84 (${lon}, ${lat})` });
    point.lon = lon;
    point.lat = lat;
  }
  delete point.crs;
  const [w, s, e, n] = config.serviceArea;
  const inside = (lon: number, lat: number) => lon >= w && lon <= e && lat >= s && lat <= n;
  if (inside(point.lon, point.lat)) return;
  problems.push({
    ...where,
    message: `point (${point.lon}, ${point.lat}) is outside the pack's service area [${config.serviceArea.join(', ')}]`,
    hint: 'check the coordinates, or widen serviceArea in pack.yaml',
  });
}

function readGeoFile(path: string, rel: (p: string) => string, problems: Problem[], notes: Problem[]): Feature[] | undefined {
  const file = rel(path);
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const pos = /position (\d+)/.exec(message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : (/line (\d+)/.exec(message)?.[1] ?? undefined);
    problems.push({ file, line: line === undefined ? undefined : Number(line), entry: '-', field: '-', message: `unparsable JSON: ${message}` });
    return undefined;
  }
  const checked = checkGeoJson(json);
  const label = (i: number) => (i < 0 ? '-' : `${basename(path)}#${i}`);
  for (const e of checked.errors) problems.push({ file, entry: label(e.feature), field: e.field, message: e.message, hint: e.hint });
  for (const n of checked.notes) notes.push({ file, entry: label(n.feature), field: n.field, message: n.message });
  return checked.errors.length ? undefined : checked.features;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
