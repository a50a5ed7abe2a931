/**
 * `npm run import`: read the input, plan against the pack, print the plan; with --write, write it and
 * run the pack validator, printing what is left to fix. Returns the lines and the exit code, so tests
 * run it exactly as the command does. Every line comes from the message catalog (src/pack/messages/import-*.ts):
 * Chinese unless --lang en or the pack is English. Readers of one kind of file (XML, workbooks, GTFS) are
 * loaded only for that kind, so a run loads what it reads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { CRS_LABELS } from '../pack/crs.ts';
import { loadPack } from '../pack/load.ts';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import { packMessages } from '../pack/messages/index.ts';
import { formatProblem } from '../pack/problems.ts';
import { resolvePackRoot } from '../pack/root.ts';
import { normaliseHeader, recordOf } from './columns.ts';
import { gcjHint } from './crs-hint.ts';
import { type Command, optionValue, parseCommand } from './options.ts';
import { indexPack } from './pack-index.ts';
import { emptyPlan, type Plan } from './plan.ts';
import { planSites, type SiteInput } from './plan-sites.ts';
import { counts, planReport } from './report.ts';
import { SaidError } from './said-error.ts';
import { decodeText, decodeXml, knownEncoding } from './text-decode.ts';
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

/** Exit codes, for scripts: a bad command, and a write that left rows out, are told apart from a pack with problems. */
export const EXIT = { ok: 0, problems: 1, usage: 2, rowsLeftOut: 3 } as const;

/** The language of the run: --lang, else the pack's own `lang`, else Chinese. Read before anything else. */
export function messagesFor(argv: readonly string[]): ImportMessages {
  const lang = optionValue(argv, 'lang');
  if (lang) return packMessages(lang).import;
  try {
    const yaml = readFileSync(join(resolvePackRoot(optionValue(argv, 'pack')), 'pack.yaml'), 'utf8');
    return packMessages(/^lang:\s*["']?([A-Za-z-]+)/m.exec(yaml)?.[1]).import;
  } catch {
    return packMessages(undefined).import;
  }
}

const errorText = (err: unknown) => (err instanceof SaidError && err.hint ? `${err.message}（${err.hint}）` : (err as Error).message);

export async function runImport(argv: readonly string[], env: RunEnv = {}): Promise<RunResult> {
  const m = messagesFor(argv);
  const fail = (message: string, code: number = EXIT.problems): RunResult => ({ lines: [m.cli.error(message)], code });
  const parsed = parseCommand(argv, m);
  if ('help' in parsed) return { lines: [m.cli.usage], code: EXIT.ok };
  if ('error' in parsed) return { lines: [m.cli.error(parsed.error), '', m.cli.usage.split('\n')[0] as string, m.cli.helpMore], code: EXIT.usage };
  const { command } = parsed;
  const file = resolve(command.file);
  if (!existsSync(file)) return fail(m.run.missingFile(command.file));
  if (command.encoding && !knownEncoding(command.encoding)) {
    const said = m.encoding.unknown(command.encoding);
    return fail(`${said.message}（${said.hint}）`, EXIT.usage);
  }

  const root = resolvePackRoot(command.pack);
  let index: PackIndex;
  try {
    index = indexPack(root, m).index;
  } catch (err) {
    return fail((err as Error).message);
  }
  const unknown = command.sourceKeys.filter((k) => !index.sourceKeys.has(k));
  if (unknown.length) return fail(m.run.unknownSource(unknown, [...index.sourceKeys]));
  if (command.options.attach) {
    const [collection, id] = command.options.attach.split('/') as [keyof PackIndex['files'], string];
    if (!index.files[collection]?.has(id)) return fail(m.run.noSuchEntry(command.options.attach));
  }
  const options = { ...command.options, fileSource: { title: m.content.fileSource(basename(file)) } };

  const plan = emptyPlan(command.file);
  try {
    const done = await readAndPlan(command, file, index, options, plan, env, m);
    if (done) return done;
  } catch (err) {
    return fail(m.run.failed(command.file, errorText(err)));
  }
  if (command.kind !== 'gtfs' && options.crs === 'wgs84') {
    const hint = gcjHint(plan.namesakes);
    if (hint) plan.read.push(m.read.crsHint(hint.n, hint.metres));
  }

  const lines = planReport(plan, command.all, m);
  const c = counts(plan);
  const leftOut = new Set(plan.skipped.filter((s) => !s.there).map((s) => s.at));
  for (const e of plan.entries) leftOut.delete(e.at);
  if (!command.write) {
    lines.push(c.entries + c.geometries > 0 ? m.run.dryRun(c.entries + c.geometries, root) : m.run.dryRunNothing);
    return { lines, code: EXIT.ok, plan };
  }
  if (plan.entries.length === 0) {
    lines.push(m.run.nothingToWrite);
    if (leftOut.size) lines.push(m.run.rowsLeftOut(leftOut.size));
    return { lines, code: leftOut.size ? EXIT.rowsLeftOut : EXIT.ok, plan };
  }

  let written: Written[];
  try {
    written = writePlan(root, plan, index, { replaceBody: options.replaceBody, m });
  } catch (err) {
    return fail(errorText(err));
  }
  lines.push('', m.run.wrote(written.length, root));
  for (const w of written.slice(0, command.all ? written.length : 40)) {
    const said = w.action === 'created' ? m.run.created(w.path) : m.run.replaced(w.path);
    const body = w.body === 'replaced' ? m.run.bodyReplaced : w.body === 'kept' ? m.run.bodyKept : '';
    lines.push(`${said}${w.kept ? m.run.kept(w.kept) : ''}${body}`);
  }
  if (!command.all && written.length > 40) lines.push(m.run.more(written.length - 40));

  const after = loadPack(root, { lang: m.lang });
  const mine = new Set(written.map((w) => w.path));
  const ours = after.problems.filter((p) => mine.has(p.file));
  const others = after.problems.filter((p) => !mine.has(p.file));
  if (after.problems.length === 0) {
    lines.push('', m.run.passes);
    if (leftOut.size) lines.push(m.run.rowsLeftOut(leftOut.size));
    return { lines, code: leftOut.size ? EXIT.rowsLeftOut : EXIT.ok, plan, written };
  }
  lines.push('', m.run.leftToFix(after.problems.length));
  if (ours.length) lines.push(m.run.inWritten, ...ours.map((p) => `    ${formatProblem(p)}`));
  if (others.length) lines.push(m.run.elsewhere, ...others.map((p) => `    ${formatProblem(p)}`));
  return { lines, code: EXIT.problems, plan, written };
}

async function readAndPlan(
  command: Command,
  file: string,
  index: PackIndex,
  options: Command['options'],
  plan: Plan,
  env: RunEnv,
  m: ImportMessages,
): Promise<RunResult | undefined> {
  const ext = extname(file).toLowerCase();
  const name = basename(file);
  const fail = (message: string): RunResult => ({ lines: [m.cli.error(message)], code: EXIT.problems });
  const withProgress = (total: number) => {
    const bar = total >= PROGRESS_FROM ? env.progress?.(total) : undefined;
    return { update: (n: number) => bar?.update(n), stop: () => bar?.stop() };
  };
  const crsLine = (crs: keyof typeof CRS_LABELS) => m.read.crs(CRS_LABELS[crs], command.crsGiven);

  if (command.kind === 'sites') {
    let rows: unknown[][];
    const { tableFromRows, csvRows, xlsxRows } = await import('./table-read.ts');
    if (ext === '.xlsx') {
      const sheet = await xlsxRows(readFileSync(file), m, command.sheet, command.map);
      rows = sheet.rows;
      plan.read.push(m.read.sheet(sheet.name, sheet.n));
      if (sheet.passed.length) plan.read.push(m.read.sheetsPassed(sheet.passed));
    } else if (ext === '.xls') {
      return fail(m.run.xls(command.file));
    } else if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
      const decoded = decodeText(readFileSync(file), command.encoding, packMessages(m.lang));
      plan.read.push(m.read.encoding(decoded.encoding, m.read.reasons[decoded.why]));
      const csv = csvRows(decoded.text, m);
      plan.read.push(...csv.errors);
      rows = csv.rows;
    } else {
      return fail(m.run.wrongExtension(command.file, 'sites', '.csv / .xlsx', ext));
    }
    plan.read.push(crsLine(options.crs));
    const table = tableFromRows(rows, command.map, m);
    plan.read.push(...table.read);
    const used = Object.entries(table.map.columns).map(([field, i]) => {
      const header = table.headers[i as number]?.trim() ?? '';
      return normaliseHeader(header) === normaliseHeader(field) ? header : m.read.column(header, field);
    });
    plan.read.push(used.length ? m.read.columns(used.join(m.report.separator)) : m.read.noColumns);
    for (const header of table.map.ignored) plan.read.push(m.read.ignored(header));
    for (const d of table.map.doubled) plan.read.push(m.read.doubled(d.header, d.field, d.first));
    const c = table.map.columns;
    if (c.title === undefined) return fail(m.run.noTitleColumn(command.file, table.headers));
    if (c.coordinates === undefined && c.lon === undefined) return fail(m.run.noCoordinateColumns(command.file, table.headers));
    plan.total = table.rows.length;
    const inputs: SiteInput[] = table.rows.map((r) => ({ at: m.at.row(r.n), record: recordOf(r.cells, c) }));
    const progress = withProgress(inputs.length);
    planSites(inputs, index, options, plan, progress.update);
    progress.stop();
    const swapped = new Set(plan.skipped.filter((s) => /look swapped|写反/.test(s.message)).map((s) => s.at)).size;
    if (swapped > 0 && swapped === plan.total) plan.read.push(m.read.allSwapped);
    return undefined;
  }

  const { planFeatures } = await import('./features-plan.ts');
  if (command.kind === 'kml' || command.kind === 'gpx') {
    if (command.kind === 'kml' && ext !== '.kml' && ext !== '.kmz') return fail(m.run.wrongExtension(command.file, 'kml', '.kml / .kmz', ext));
    if (command.kind === 'gpx' && ext !== '.gpx') return fail(m.run.wrongExtension(command.file, 'gpx', '.gpx', ext));
    const { gpxFeatures, kmlFeatures, kmlFromKmz } = await import('./features-read.ts');
    const bytes = ext === '.kmz' ? kmlFromKmz(readFileSync(file), m, name) : readFileSync(file);
    const decoded = decodeXml(bytes, command.encoding, packMessages(m.lang));
    plan.read.push(m.read.encoding(decoded.encoding, m.read.reasons[decoded.why]));
    plan.read.push(crsLine(options.crs));
    const features = command.kind === 'kml' ? kmlFeatures(decoded.text, m) : gpxFeatures(decoded.text, m);
    plan.read.push(
      m.read.features(
        features.length,
        describeGeometries(
          features.map((f) => f.geometry?.type),
          m,
        ),
      ),
    );
    const progress = withProgress(features.length);
    planFeatures(features, index, options, plan, name, options.crs, progress.update);
    progress.stop();
    return undefined;
  }

  if (command.kind === 'geojson') {
    if (ext !== '.geojson' && ext !== '.json') return fail(m.run.wrongExtension(command.file, 'geojson', '.geojson / .json', ext));
    const { geojsonFeatures } = await import('./features-read.ts');
    const decoded = decodeText(readFileSync(file), command.encoding, packMessages(m.lang));
    let json: unknown;
    try {
      json = JSON.parse(decoded.text);
    } catch (err) {
      return fail(m.run.badJson(command.file, (err as Error).message));
    }
    const input = geojsonFeatures(json, m);
    const crs = input.crs ?? options.crs;
    plan.read.push(input.crs ? m.read.fileCrs(CRS_LABELS[input.crs]) : crsLine(crs));
    if (input.crs && input.crs !== options.crs && command.crsGiven) plan.read.push(m.read.fileCrsWins(input.crs, options.crs));
    plan.read.push(
      m.read.features(
        input.features.length,
        describeGeometries(
          input.features.map((f) => f.geometry?.type),
          m,
        ),
      ),
    );
    const progress = withProgress(input.features.length);
    planFeatures(input.features, index, { ...options, crs }, plan, name, crs, progress.update);
    progress.stop();
    return undefined;
  }

  // GTFS: a zip, or a folder of .txt files.
  const { feedFilesFromZip, readFeed } = await import('./gtfs-read.ts');
  const { listRoutes, planGtfs } = await import('./gtfs-plan.ts');
  const files = new Map<string, Uint8Array>();
  if (statSync(file).isDirectory()) {
    for (const f of readdirSync(file)) if (f.toLowerCase().endsWith('.txt')) files.set(f.toLowerCase(), readFileSync(join(file, f)));
  } else if (ext === '.zip') {
    for (const [k, v] of feedFilesFromZip(readFileSync(file), m, name)) files.set(k, v);
  } else return fail(m.run.wrongExtension(command.file, 'gtfs', '.zip', ext));
  const feed = readFeed(files, options.routes, m);
  plan.read.push(crsLine(options.crs));
  plan.read.push(m.read.gtfs(feed.routes.length, feed.trips.length, feed.stops.size, files.has('shapes.txt'), files.has('frequencies.txt')));
  if (options.routes.length === 0) {
    return {
      lines: [m.read.summaryRead(command.file, plan.read.join(m.report.separator)), '', m.read.chooseRoutes, ...listRoutes(feed, m), '', m.read.nothingPlanned],
      code: command.write ? EXIT.problems : EXIT.ok,
    };
  }
  planGtfs(feed, index, options, plan, name, env.today ?? new Date().toISOString().slice(0, 10).replace(/-/g, ''));
  return undefined;
}

function describeGeometries(types: (string | undefined)[], m: ImportMessages): string {
  const n = new Map<string, number>();
  for (const t of types) n.set(t ?? m.read.none, (n.get(t ?? m.read.none) ?? 0) + 1);
  return [...n].map(([t, k]) => m.read.geometryCount(t, k)).join(m.report.separator);
}
