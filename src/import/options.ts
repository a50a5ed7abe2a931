/** The command line of `npm run import`, checked before any file is read. */
import { parseArgs } from 'node:util';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import { PRECISION_PATTERN, type SourceRef, TRAVEL_MODES } from '../pack/schemas.ts';
import { type Field, parseMapOption } from './columns.ts';
import { parseCrs } from './coordinates.ts';
import { kindList, kindOf, parseKindPairs } from './kinds.ts';
import { parseRegionOption } from './regions.ts';
import type { ImportOptions, TravelMode } from './types.ts';

export const KINDS = ['sites', 'kml', 'gpx', 'geojson', 'gtfs'] as const;
export type InputKind = (typeof KINDS)[number];

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
  /** --precision given, or --survey. */
  precisionGiven: boolean;
  /** --crs given (even wgs84): the report says the CRS was chosen, not assumed. */
  crsGiven: boolean;
  options: ImportOptions;
}

/** The value of `--name value` or `--name=value`, read before the rest so the language and the pack are known first. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === `--${name}`) return argv[i + 1];
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

export function parseCommand(argv: readonly string[], m: ImportMessages): { command: Command } | { help: true } | { error: string } {
  const c = m.cli;
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    return { error: c.parse((err as Error).message) };
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { help: true };
  const [kind, file, ...extra] = positionals;
  if (!kind || !file) return { error: c.needKindAndFile };
  if (!(KINDS as readonly string[]).includes(kind)) return { error: c.unknownKind(kind, KINDS) };
  if (extra.length) return { error: c.oneFile(extra.join(' ')) };

  const crs = v.crs === undefined ? 'wgs84' : parseCrs(v.crs);
  if (!crs) return { error: c.badCrs(v.crs as string) };
  if (v.precision !== undefined && v.survey) return { error: c.precisionAndSurvey };
  if (v.precision !== undefined && !PRECISION_PATTERN.test(v.precision)) return { error: c.badPrecision(v.precision) };
  const kindOption = v.kind === undefined ? undefined : kindOf(v.kind);
  if (v.kind !== undefined && !kindOption) return { error: c.badKind(v.kind, kindList()) };
  const kinds = parseKindPairs(v.kinds, '--kinds', m);
  if ('error' in kinds) return kinds;
  const folderKinds = parseKindPairs(v['folder-kind'], '--folder-kind', m);
  if ('error' in folderKinds) return folderKinds;
  const region = parseRegionOption(v.region, m);
  if ('error' in region) return region;
  const map = parseMapOption(v.map, m);
  if ('error' in map) return map;
  if (v.mode !== undefined && !(TRAVEL_MODES as readonly string[]).includes(v.mode)) return { error: c.badMode(v.mode, TRAVEL_MODES) };
  if (v.attach !== undefined && !/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/.test(v.attach)) return { error: c.badAttach(v.attach) };
  if (v['replace-body'] && !v.force) return { error: c.replaceBodyWithoutForce };
  if (v.merge && v.new) return { error: c.mergeAndNew };
  if (v.lang !== undefined && !/^(zh|en)/i.test(v.lang)) return { error: c.badLang(v.lang) };
  const gtfsOnly = (['route', 'operator-city', 'side'] as const).filter((o) => v[o] !== undefined && kind !== 'gtfs');
  if (gtfsOnly.length) return { error: c.gtfsOnly(gtfsOnly[0] as string) };
  if (kind === 'gtfs' && v.route?.length && !v['operator-city']) {
    return { error: c.needOperatorCity };
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
      crsGiven: v.crs !== undefined,
      options: {
        crs,
        precision: v.survey ? 'survey' : (v.precision ?? m.content.precision),
        m,
        ...(kindOption ? { kind: kindOption } : {}),
        kinds: kinds.map,
        folderKinds: folderKinds.map,
        ...(region.region ? { region: region.region } : {}),
        sources,
        force: Boolean(v.force),
        merge: Boolean(v.merge),
        new: Boolean(v.new),
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
      merge: { type: 'boolean' },
      new: { type: 'boolean' },
      lang: { type: 'string' },
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
