/**
 * `npm run import`: read the input, plan against the pack, print the plan; with --write, write it and
 * run the pack validator, printing what is left to fix. Returns the lines and the exit code, so tests
 * run it exactly as the command does.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { loadPack } from '../pack/load.ts';
import { formatProblem } from '../pack/problems.ts';
import { resolvePackRoot } from '../pack/root.ts';
import { normaliseHeader, recordOf } from './columns.ts';
import { planFeatures } from './features-plan.ts';
import { geojsonFeatures, gpxFeatures, kmlFeatures, kmlFromKmz } from './features-read.ts';
import { listRoutes, planGtfs } from './gtfs-plan.ts';
import { feedFilesFromZip, readFeed } from './gtfs-read.ts';
import { type Command, parseCommand, USAGE } from './options.ts';
import { indexPack } from './pack-index.ts';
import { emptyPlan, type Plan } from './plan.ts';
import { planSites, type SiteInput } from './plan-sites.ts';
import { counts, planReport } from './report.ts';
import { csvRows, tableFromRows, xlsxRows } from './table-read.ts';
import { decodeText, decodeXml } from './text-decode.ts';
import type { PackIndex } from './types.ts';
import { type Written, writePlan } from './write.ts';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

export interface RunEnv {
  /** Starts a progress display for `total` items; the command passes a bar on a terminal. */
  progress?: (total: number) => Progress;
  /** YYYYMMDD; GTFS calendars that ended before it are noted. */
  today?: string;
}

export interface RunResult {
  lines: string[];
  code: number;
  plan?: Plan;
  /** Files written, pack-relative (with --write). */
  written?: Written[];
}

/** Rows from which a progress bar is worth showing. */
export const PROGRESS_FROM = 2000;

const fail = (message: string, code = 1): RunResult => ({ lines: [`error: ${message}`], code });

export async function runImport(argv: readonly string[], env: RunEnv = {}): Promise<RunResult> {
  const parsed = parseCommand(argv);
  if ('help' in parsed) return { lines: [USAGE], code: 0 };
  if ('error' in parsed) return { lines: [`error: ${parsed.error}`, '', USAGE.split('\n')[0] as string, 'npm run import -- --help for every option'], code: 2 };
  const { command } = parsed;
  const file = resolve(command.file);
  if (!existsSync(file)) return fail(`${command.file} does not exist`);

  const root = resolvePackRoot(command.pack);
  let index: PackIndex;
  try {
    index = indexPack(root).index;
  } catch (err) {
    return fail((err as Error).message);
  }
  const unknown = command.sourceKeys.filter((k) => !index.sourceKeys.has(k));
  if (unknown.length) {
    return fail(
      `--source ${unknown.join(', ')}: not a key of pack.yaml's sources (${index.sourceKeys.size ? [...index.sourceKeys].join(', ') : 'it lists none'}); add the source to pack.yaml first`,
    );
  }
  if (command.options.attach) {
    const [collection, id] = command.options.attach.split('/') as [keyof PackIndex['files'], string];
    if (!index.files[collection]?.has(id)) return fail(`--attach ${command.options.attach}: the pack has no such entry; write or import it first`);
  }
  const options = { ...command.options };
  if (!command.precisionGiven) options.precision = `approximate: imported from ${basename(file)}`;

  const plan = emptyPlan(command.file);
  try {
    const done = await readAndPlan(command, file, index, options, plan, env);
    if (done) return done;
  } catch (err) {
    return fail(`${command.file}: ${(err as Error).message}`);
  }

  const lines = planReport(plan, command.all);
  if (!command.write) {
    const c = counts(plan);
    lines.push(
      c.entries + c.geometries > 0
        ? `Dry run: nothing written. Run again with --write to write ${c.entries + c.geometries} file(s) into ${root}.`
        : 'Dry run: nothing to write.',
    );
    return { lines, code: 0, plan };
  }
  if (plan.entries.length === 0) {
    lines.push('Nothing to write.');
    return { lines, code: plan.skipped.length ? 1 : 0, plan };
  }

  let written: Written[];
  try {
    written = writePlan(root, plan, index, { replaceBody: options.replaceBody });
  } catch (err) {
    return fail((err as Error).message);
  }
  lines.push('', `Wrote ${written.length} file(s) into ${root}:`);
  for (const w of written.slice(0, command.all ? written.length : 40))
    lines.push(`  ${w.action} ${w.path}${w.kept ? `  (kept from the old file: ${w.kept.join(', ')})` : ''}`);
  if (!command.all && written.length > 40) lines.push(`  … and ${written.length - 40} more`);

  const after = loadPack(root);
  const mine = new Set(written.map((w) => w.path));
  const ours = after.problems.filter((p) => mine.has(p.file));
  const others = after.problems.filter((p) => !mine.has(p.file));
  if (after.problems.length === 0) {
    lines.push('', 'The pack passes npm run check.');
    return { lines, code: 0, plan, written };
  }
  lines.push('', `Left to fix (${after.problems.length}; npm run check lists the same):`);
  if (ours.length) lines.push('  in the files just written:', ...ours.map((p) => `    ${formatProblem(p)}`));
  if (others.length) lines.push('  elsewhere in the pack:', ...others.map((p) => `    ${formatProblem(p)}`));
  return { lines, code: 1, plan, written };
}

async function readAndPlan(
  command: Command,
  file: string,
  index: PackIndex,
  options: Command['options'],
  plan: Plan,
  env: RunEnv,
): Promise<RunResult | undefined> {
  const ext = extname(file).toLowerCase();
  const name = basename(file);
  const withProgress = (total: number) => {
    const bar = total >= PROGRESS_FROM ? env.progress?.(total) : undefined;
    return { update: (n: number) => bar?.update(n), stop: () => bar?.stop() };
  };

  if (command.kind === 'sites') {
    let rows: unknown[][];
    if (ext === '.xlsx') {
      rows = await xlsxRows(readFileSync(file), command.sheet);
      plan.read.push(`sheet ${command.sheet ?? '1 (the first)'}`);
    } else if (ext === '.xls') {
      return fail(`${command.file}: old-style .xls cannot be read; in Excel, save it as .xlsx or CSV (UTF-8)`);
    } else if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
      const decoded = decodeText(readFileSync(file), command.encoding);
      plan.read.push(`encoding ${decoded.encoding} (${decoded.reason})`);
      const csv = csvRows(decoded.text);
      for (const e of csv.errors) plan.read.push(`CSV: ${e}`);
      rows = csv.rows;
    } else {
      return fail(`${command.file}: a sites import reads .csv or .xlsx, not ${ext || 'a file without extension'}`);
    }
    const table = tableFromRows(rows, command.map);
    plan.read.push(...table.read);
    const used = Object.entries(table.map.columns).map(([field, i]) => {
      const header = table.headers[i as number]?.trim() ?? '';
      return normaliseHeader(header) === normaliseHeader(field) ? header : `${header} → ${field}`;
    });
    plan.read.push(`columns: ${used.join(', ') || 'none recognised'}`);
    if (table.map.ignored.length)
      plan.read.push(`columns not imported (no field of that name; --map header=field to use one): ${table.map.ignored.join(', ')}`);
    for (const d of table.map.doubled) plan.read.push(`column not imported: ${d}`);
    const c = table.map.columns;
    if (c.title === undefined) return fail(`${command.file}: no name column (名称/name) among ${table.headers.join(', ')}; name it with --map <header>=title`);
    if (c.coordinates === undefined && (c.lon === undefined || c.lat === undefined)) {
      return fail(`${command.file}: no 经度 and 纬度 (lon, lat) columns among ${table.headers.join(', ')}; name them with --map <header>=lon,<header>=lat`);
    }
    plan.total = table.rows.length;
    const inputs: SiteInput[] = table.rows.map((r) => ({ at: `row ${r.n}`, record: recordOf(r.cells, c) }));
    const progress = withProgress(inputs.length);
    planSites(inputs, index, options, plan, progress.update);
    progress.stop();
    const swapped = plan.skipped.filter((s) => s.message.includes('look swapped')).length;
    if (swapped > 0 && swapped === plan.total)
      plan.read.push('every row looks swapped: the 经度 and 纬度 headers are probably the wrong way round (--map 经度=lat,纬度=lon)');
    return undefined;
  }

  if (command.kind === 'kml' || command.kind === 'gpx') {
    if (command.kind === 'kml' && ext !== '.kml' && ext !== '.kmz') return fail(`${command.file}: a kml import reads .kml or .kmz`);
    if (command.kind === 'gpx' && ext !== '.gpx') return fail(`${command.file}: a gpx import reads .gpx`);
    const bytes = ext === '.kmz' ? kmlFromKmz(readFileSync(file)) : readFileSync(file);
    const decoded = decodeXml(bytes, command.encoding);
    plan.read.push(`encoding ${decoded.encoding} (${decoded.reason})`);
    const features = command.kind === 'kml' ? kmlFeatures(decoded.text) : gpxFeatures(decoded.text);
    plan.read.push(`${features.length} feature(s): ${describeGeometries(features.map((f) => f.geometry?.type ?? 'none'))}`);
    const progress = withProgress(features.length);
    planFeatures(features, index, options, plan, name, options.crs, progress.update);
    progress.stop();
    return undefined;
  }

  if (command.kind === 'geojson') {
    if (ext !== '.geojson' && ext !== '.json') return fail(`${command.file}: a geojson import reads .geojson or .json`);
    const decoded = decodeText(readFileSync(file), command.encoding);
    let json: unknown;
    try {
      json = JSON.parse(decoded.text);
    } catch (err) {
      return fail(`${command.file}: unparsable JSON: ${(err as Error).message}`);
    }
    const input = geojsonFeatures(json);
    const crs = input.crs ?? options.crs;
    if (input.crs && input.crs !== options.crs && command.options.crs !== 'wgs84')
      plan.read.push(`the file says crs ${input.crs}; that wins over --crs ${options.crs}`);
    plan.read.push(
      `${input.features.length} feature(s): ${describeGeometries(input.features.map((f) => f.geometry?.type ?? 'none'))}${crs !== 'wgs84' ? `, in ${crs}` : ''}`,
    );
    const progress = withProgress(input.features.length);
    planFeatures(input.features, index, { ...options, crs }, plan, name, crs, progress.update);
    progress.stop();
    return undefined;
  }

  // GTFS: a zip, or a folder of .txt files.
  const files = new Map<string, Uint8Array>();
  if (statSync(file).isDirectory()) {
    for (const f of readdirSync(file)) if (f.toLowerCase().endsWith('.txt')) files.set(f.toLowerCase(), readFileSync(join(file, f)));
  } else if (ext === '.zip') {
    for (const [k, v] of feedFilesFromZip(readFileSync(file))) files.set(k, v);
  } else return fail(`${command.file}: a gtfs import reads a .zip or a folder`);
  const feed = readFeed(files, options.routes);
  plan.read.push(
    `${feed.routes.length} route(s), ${feed.trips.length} trip(s), ${feed.stops.size} stop(s); shapes.txt ${files.has('shapes.txt') ? 'present' : 'absent'}, frequencies.txt ${files.has('frequencies.txt') ? 'present' : 'absent'}`,
  );
  if (options.routes.length === 0) {
    return {
      lines: [
        `Read ${command.file}: ${plan.read.join('; ')}`,
        '',
        'Choose the routes to import with --route (repeatable):',
        ...listRoutes(feed),
        '',
        'Nothing planned: no --route given.',
      ],
      code: command.write ? 1 : 0,
    };
  }
  planGtfs(feed, index, options, plan, name, env.today ?? new Date().toISOString().slice(0, 10).replace(/-/g, ''));
  return undefined;
}

function describeGeometries(types: string[]): string {
  const n = new Map<string, number>();
  for (const t of types) n.set(t, (n.get(t) ?? 0) + 1);
  return [...n].map(([t, k]) => `${k} ${t}`).join(', ');
}
