/**
 * The region(s) of an imported site: the row's own cells first, then --region, then the county the point
 * falls in on the pack's boundary layer (the default pack's counties carry province and city).
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { BasemapData } from '../pack/load.ts';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import type { Region } from '../pack/schemas.ts';
import type { Field } from './columns.ts';

const LEVELS = ['province', 'city', 'county', 'town', 'village'] as const;
type Level = (typeof LEVELS)[number];

export interface Area {
  region: Region;
  /** Where the area comes from, for the notes: the layer file. */
  file: string;
  feature: Feature<Polygon | MultiPolygon>;
}

/** Polygons of the pack's boundary layers that say which province they are in. */
export function boundaryAreas(layers: readonly BasemapData[]): Area[] {
  const out: Area[] = [];
  for (const layer of layers) {
    if (layer.role !== 'boundary' && layer.role !== 'town-boundary') continue;
    for (const feature of layer.features) {
      const p = feature.properties ?? {};
      const type = feature.geometry?.type;
      if (typeof p.province !== 'string' || (type !== 'Polygon' && type !== 'MultiPolygon')) continue;
      const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
      const name = str(p.name);
      const region: Region = { province: p.province };
      const city = str(p.city);
      if (city) region.city = city;
      const county = str(p.county) ?? (layer.role === 'boundary' && name !== city && name !== p.province ? name : undefined);
      if (county) region.county = county;
      const town = str(p.town) ?? (layer.role === 'town-boundary' ? name : undefined);
      if (town) region.town = town;
      out.push({ region, file: layer.file, feature: feature as Feature<Polygon | MultiPolygon> });
    }
  }
  // Town outlines are finer than county ones: try them first.
  return out.sort((a, b) => Number(Boolean(b.region.town)) - Number(Boolean(a.region.town)));
}

export function areaAt(areas: readonly Area[], lon: number, lat: number): Area | undefined {
  return areas.find((a) => booleanPointInPolygon([lon, lat], a.feature));
}

/** `--region 浙江省/嘉兴市/平湖市`: levels from the province down, separated by "/". */
export function parseRegionOption(value: string | undefined, m: ImportMessages): { region?: Region } | { error: string } {
  if (!value) return {};
  const parts = value.split(/[/／]/).map((s) => s.trim());
  if (!parts[0] || parts.length > 5 || parts.some((p) => !p)) return { error: m.cli.badRegion(value) };
  const region: Region = { province: parts[0] };
  parts.slice(1).forEach((p, i) => {
    region[LEVELS[i + 1] as Level] = p;
  });
  return { region };
}

export type RegionsResult =
  | { ok: true; regions: Region[]; from: 'row' | 'option' | 'boundary' | 'row+option' | 'row+boundary' }
  | { ok: false; field: Field; message: string; hint: string };

function cellsOf(record: Partial<Record<Field, string>>, suffix: '' | '_2'): Partial<Region> {
  const out: Partial<Region> = {};
  for (const level of LEVELS) {
    const v = record[`${level}${suffix}` as Field];
    if (v) out[level] = v;
  }
  return out;
}

/** Fills the levels above the row's highest one from `fallback`, when the two agree where they overlap. */
function complete(row: Partial<Region>, fallback: Region | undefined): Region | undefined {
  const top = LEVELS.findIndex((l) => row[l] !== undefined);
  if (top < 0) return fallback ? { ...fallback } : undefined;
  if (top === 0) return row as Region;
  if (!fallback) return undefined;
  const level = LEVELS[top] as Level;
  if (fallback[level] !== undefined && fallback[level] !== row[level]) return undefined;
  const out: Partial<Region> = {};
  for (const l of LEVELS.slice(0, top)) if (fallback[l]) out[l] = fallback[l];
  return out.province ? ({ ...out, ...row } as Region) : undefined;
}

export function regionsOf(
  record: Partial<Record<Field, string>>,
  option: Region | undefined,
  atPoint: () => Region | undefined,
  m: ImportMessages,
): RegionsResult {
  const row = cellsOf(record, '');
  const given = Object.keys(row).length > 0;
  let first: Region | undefined;
  let from: Extract<RegionsResult, { ok: true }>['from'] = 'row';
  if (row.province) first = row as Region;
  else {
    const viaOption = option ? complete(row, option) : undefined;
    const viaBoundary = viaOption ? undefined : complete(row, atPoint());
    first = viaOption ?? viaBoundary;
    from = given ? (viaOption ? 'row+option' : 'row+boundary') : viaOption ? 'option' : 'boundary';
  }
  if (!first) {
    const said = given
      ? m.row.regionWithoutProvince(
          LEVELS.filter((l) => row[l])
            .map((l) => row[l])
            .join('/'),
        )
      : m.row.noRegion();
    return { ok: false, field: 'province', message: said.message, hint: said.hint ?? '' };
  }
  const second = cellsOf(record, '_2');
  if (Object.keys(second).length === 0) return { ok: true, regions: [first], from };
  if (!second.province) {
    const said = m.row.secondWithoutProvince();
    return { ok: false, field: 'province_2', message: said.message, hint: said.hint ?? '' };
  }
  return { ok: true, regions: [first, second as Region], from };
}
