/** The command line of `npm run import`, checked before any file is read. */
import { parseArgs } from 'node:util';
import { PRECISION_PATTERN, type SourceRef, TRAVEL_MODES } from '../pack/schemas.ts';
import { type Field, parseMapOption } from './columns.ts';
import { parseCrs } from './coordinates.ts';
import { KIND_HINT, kindOf, parseKindPairs } from './kinds.ts';
import { parseRegionOption } from './regions.ts';
import type { ImportOptions, TravelMode } from './types.ts';

export const KINDS = ['sites', 'kml', 'gpx', 'geojson', 'gtfs'] as const;
export type InputKind = (typeof KINDS)[number];

export const USAGE = `npm run import -- <kind> <file> [options]

kinds:
  sites     sites from a spreadsheet: .csv (UTF-8 or GBK) or .xlsx
  kml       sites, outlines and lines from .kml or .kmz (奥维, Google Earth)
  gpx       waypoints as sites, tracks and routes as lines
  geojson   points as sites, lines and outlines as geometries
  gtfs      bus lines from a GTFS feed (.zip or folder); choose them with --route

options:
  --pack <dir>             pack to write into (default: CONTENT_ROOT, else this repository)
  --write                  write the files; without it nothing is written (a dry run)
  --force                  update entries the pack already has (their Markdown text is kept)
  --replace-body           with --force, replace the Markdown text too
  --source <key>           source of rows that cite none: a key of pack.yaml sources (repeatable)
  --crs <wgs84|gcj02|bd09> coordinate system of the file: gcj02 for 高德/腾讯, bd09 for 百度 (default wgs84)
  --precision <text>       "approximate: <what the points stand for>" (default "approximate: imported from <file>")
  --survey                 the points were surveyed (precision: survey)
  --kind <kind>            kind for rows with none or one not understood, e.g. village or 村
  --kinds <word=kind,...>  more words for kinds, e.g. "景点=park,纪念碑=red-heritage"
  --folder-kind <f=kind,...>  KML folders to kinds, e.g. "红色地点=red-heritage"
  --region <省/市/区县>     region of rows that give none (else the pack's boundary layer is asked)
  --map <header=field,...> columns not recognised by name, e.g. "站点=title,X=lon,Y=lat"
  --encoding <name>        encoding of a CSV (default: detected; UTF-8 with or without BOM, GB18030/GBK)
  --sheet <name|number>    sheet of an .xlsx (default: the first)
  --attach <collection/id> lines and tracks become the geometry of this entry
  --mode <walk|bike|car|bus>  travel mode of routes made from lines (default car)
  --route <route_id>       GTFS route to import (repeatable); without it the routes are listed
  --operator-city <city>   GTFS: city whose operator runs the lines, e.g. 上海市金山区
  --side <province>        GTFS: the side of the border of every stop (default: from the boundary layer)
  --all                    list every entry in the table, not only the first ${40}
  --help                   this text`;

export interface Command {
  kind: InputKind;
  file: string;
  pack?: string;
  write: boolean;
  all: boolean;
  encoding?: string;
  sheet?: string;
  map: Map<string, Field>;
  /** --source keys, checked against pack.yaml once it is read. */
  sourceKeys: string[];
  /** --precision given, or --survey: otherwise the default names the file. */
  precisionGiven: boolean;
  options: ImportOptions;
}

export function parseCommand(argv: readonly string[]): { command: Command } | { help: true } | { error: string } {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    return { error: (err as Error).message };
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { help: true };
  const [kind, file, ...extra] = positionals;
  if (!kind || !file) return { error: 'give a kind and a file, e.g. npm run import -- sites 红色地点.xlsx' };
  if (!(KINDS as readonly string[]).includes(kind)) return { error: `unknown kind "${kind}": use one of ${KINDS.join(', ')}` };
  if (extra.length) return { error: `one file at a time: "${extra.join(' ')}" is more than that` };

  const crs = v.crs === undefined ? 'wgs84' : parseCrs(v.crs);
  if (!crs) return { error: `--crs "${v.crs}": use wgs84, gcj02 (高德, 腾讯) or bd09 (百度)` };
  if (v.precision !== undefined && v.survey) return { error: '--precision and --survey say different things: give one' };
  if (v.precision !== undefined && !PRECISION_PATTERN.test(v.precision))
    return { error: `--precision "${v.precision}": write "approximate: <what the points stand for>", or use --survey` };
  const kindOption = v.kind === undefined ? undefined : kindOf(v.kind);
  if (v.kind !== undefined && !kindOption) return { error: `--kind "${v.kind}": ${KIND_HINT.replace(/, or give a default with --kind$/, '')}` };
  const kinds = parseKindPairs(v.kinds, '--kinds');
  if ('error' in kinds) return kinds;
  const folderKinds = parseKindPairs(v['folder-kind'], '--folder-kind');
  if ('error' in folderKinds) return folderKinds;
  const region = parseRegionOption(v.region);
  if ('error' in region) return region;
  const map = parseMapOption(v.map);
  if ('error' in map) return map;
  if (v.mode !== undefined && !(TRAVEL_MODES as readonly string[]).includes(v.mode))
    return { error: `--mode "${v.mode}": use one of ${TRAVEL_MODES.join(', ')}` };
  if (v.attach !== undefined && !/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/.test(v.attach))
    return { error: `--attach "${v.attach}": write collection/id, e.g. routes/hongse-yuanyuan` };
  if (v['replace-body'] && !v.force) return { error: '--replace-body only means something with --force' };
  const gtfsOnly = (['route', 'operator-city', 'side'] as const).filter((o) => v[o] !== undefined && kind !== 'gtfs');
  if (gtfsOnly.length) return { error: `--${gtfsOnly[0]} is for gtfs imports only` };
  if (kind === 'gtfs' && v.route?.length && !v['operator-city']) {
    return { error: 'a transit entry names the city whose operator runs it: pass --operator-city, e.g. --operator-city 上海市金山区' };
  }

  const sources: SourceRef[] = [...(v.source ?? [])];
  return {
    command: {
      kind: kind as InputKind,
      file,
      ...(v.pack ? { pack: v.pack } : {}),
      write: Boolean(v.write),
      all: Boolean(v.all),
      ...(v.encoding ? { encoding: v.encoding } : {}),
      ...(v.sheet ? { sheet: v.sheet } : {}),
      map: map.map,
      sourceKeys: v.source ?? [],
      precisionGiven: v.precision !== undefined || Boolean(v.survey),
      options: {
        crs,
        precision: v.survey ? 'survey' : (v.precision ?? 'approximate: imported'),
        ...(kindOption ? { kind: kindOption } : {}),
        kinds: kinds.map,
        folderKinds: folderKinds.map,
        ...(region.region ? { region: region.region } : {}),
        sources,
        force: Boolean(v.force),
        replaceBody: Boolean(v['replace-body']),
        ...(v.attach ? { attach: v.attach } : {}),
        mode: (v.mode ?? 'car') as TravelMode,
        routes: v.route ?? [],
        ...(v['operator-city'] ? { operatorCity: v['operator-city'] } : {}),
        ...(v.side ? { side: v.side } : {}),
      },
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      pack: { type: 'string' },
      write: { type: 'boolean' },
      force: { type: 'boolean' },
      'replace-body': { type: 'boolean' },
      source: { type: 'string', multiple: true },
      crs: { type: 'string' },
      precision: { type: 'string' },
      survey: { type: 'boolean' },
      kind: { type: 'string' },
      kinds: { type: 'string' },
      'folder-kind': { type: 'string' },
      region: { type: 'string' },
      map: { type: 'string' },
      encoding: { type: 'string' },
      sheet: { type: 'string' },
      attach: { type: 'string' },
      mode: { type: 'string' },
      route: { type: 'string', multiple: true },
      'operator-city': { type: 'string' },
      side: { type: 'string' },
      all: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
