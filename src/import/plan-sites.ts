/**
 * Rows to site entries: ids, duplicates within the file, and entries the pack already has.
 * A row naming a place the pack has (same id, or same name within SAME_NAME_RADIUS) is that entry:
 * it is left alone, or updated with --force; so importing the same sheet twice adds nothing.
 * A row with a similar name close to a site (same-place.ts) is likely that site: it is reported, and
 * written only with --merge (updating the site) or --new (beside it), never silently twice.
 */
import { metres } from '../geo/distance.ts';
import { regionLabel } from '../site/format.ts';

import { note, type Plan, type PlannedGeometry } from './plan.ts';
import { areaAt } from './regions.ts';
import { CORE_RADIUS, findPlace, nameCore } from './same-place.ts';
import { type SiteContext, type SiteRecord, siteFromRecord } from './site-record.ts';
import { freeId, slugify } from './slug.ts';
import type { ImportOptions, PackIndex, Region, SiteKindId } from './types.ts';

/** Same name this close within one file is a repeated row. */
export const DUPLICATE_RADIUS = 100;

export interface SiteInput {
  at: string;
  record: SiteRecord;
  folderKind?: SiteKindId;
  precision?: string;
  /** An outline that comes with the site (a KML polygon): written as its geometry. */
  geometry?: PlannedGeometry;
}

export interface PlannedSite {
  id: string;
  title: string;
  wgs84: [number, number];
}

/** Pack sites in cells of about 2 km, so each row is compared with its neighbours only. */
const CELL = 0.02;
function siteGrid(sites: PackIndex['sites']): (at: readonly [number, number]) => PackIndex['sites'] {
  const grid = new Map<string, PackIndex['sites'][number][]>();
  const key = (x: number, y: number) => `${x},${y}`;
  for (const s of sites) {
    const k = key(Math.floor(s.wgs84[0] / CELL), Math.floor(s.wgs84[1] / CELL));
    grid.set(k, [...(grid.get(k) ?? []), s]);
  }
  return ([lon, lat]) => {
    const x = Math.floor(lon / CELL);
    const y = Math.floor(lat / CELL);
    const out: PackIndex['sites'] = [];
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) out.push(...(grid.get(key(x + dx, y + dy)) ?? []));
    return out;
  };
}

const nameCoreEqual = (a: string, b: string) => nameCore(a) === nameCore(b);

export function planSites(
  inputs: readonly SiteInput[],
  index: PackIndex,
  options: ImportOptions,
  plan: Plan,
  onProgress?: (done: number) => void,
): PlannedSite[] {
  const { m } = options;
  const taken = new Set(index.files.sites.keys());
  const near = siteGrid(index.sites);
  const seenIds = new Map<string, string>();
  const seenTitles = new Map<string, { at: string; wgs84: [number, number] }[]>();
  const made: PlannedSite[] = [];
  const base: Omit<SiteContext, 'folderKind' | 'precision'> = {
    options,
    serviceArea: index.serviceArea,
    sourceKeys: index.sourceKeys,
    regionAt: (lon, lat) => areaAt(index.areas, lon, lat)?.region,
  };

  inputs.forEach((input, n) => {
    if (n % 250 === 0) onProgress?.(n);
    const outcome = siteFromRecord(input.record, { ...base, folderKind: input.folderKind, precision: input.precision });
    if (!outcome.ok) {
      for (const p of outcome.problems) plan.skipped.push({ at: input.at, ...p });
      return;
    }
    const { data, wgs84 } = outcome;
    const title = data.title;

    if (outcome.id && seenIds.has(outcome.id)) {
      plan.skipped.push({ at: input.at, field: 'id', ...m.dup.sameId(seenIds.get(outcome.id) as string, outcome.id) });
      return;
    }
    const twin = seenTitles.get(title)?.find((s) => metres(s.wgs84, wgs84) <= DUPLICATE_RADIUS);
    if (!outcome.id && twin) {
      plan.skipped.push({ at: input.at, field: 'title', ...m.dup.sameName(twin.at, DUPLICATE_RADIUS) });
      return;
    }

    // Registered before the pack is asked, so a repeated row is called a repeat even when its first is already in the pack.
    if (outcome.id) seenIds.set(outcome.id, input.at);
    seenTitles.set(title, [...(seenTitles.get(title) ?? []), { at: input.at, wgs84 }]);

    const candidates = near(wgs84);
    const place = outcome.id ? undefined : findPlace(title, wgs84, candidates);
    // Namesakes a little way off, whatever the match: the CRS hint looks at how they are offset.
    if (options.crs === 'wgs84' && !data.location.crs) {
      for (const s of candidates)
        if (nameCoreEqual(s.title, title) && metres(s.wgs84, wgs84) <= CORE_RADIUS) plan.namesakes.push({ row: wgs84, site: s.wgs84 });
    }
    let existing: { id: string; title?: string } | undefined;
    if (outcome.id) existing = index.files.sites.has(outcome.id) ? { id: outcome.id } : undefined;
    else if (place?.match === 'same') existing = place.site;
    else if (place && !options.new) {
      if (!options.merge) {
        plan.skipped.push({ at: input.at, field: 'title', ...m.dup.likely(place.site.title, Math.round(place.metres), place.site.id) });
        return;
      }
      existing = place.site;
      // The pack's own name for the place stays: the row updates its facts.
      data.title = place.site.title;
      note(plan, m.dup.merged(place.site.title));
    } else if (place) note(plan, m.dup.kept(place.site.title));
    let id: string;
    let target: string | undefined;
    if (existing) {
      target = index.files.sites.get(existing.id);
      if (!options.force && !(options.merge && place?.match === 'likely')) {
        plan.skipped.push({ at: input.at, field: outcome.id ? 'id' : 'title', ...m.dup.inPack(existing.id, target ?? ''), there: true });
        return;
      }
      id = existing.id;
    } else {
      const slug = outcome.id ?? slugify(title) ?? 'site';
      id = outcome.id ?? freeId(slug, taken, data.regions[0]);
      if (!outcome.id && id !== slug) note(plan, m.notes.idTaken);
    }
    taken.add(id);
    for (const text of outcome.notes) note(plan, text);

    const geoTarget = input.geometry ? index.geometryFiles.get(`sites/${id}`) : undefined;
    // An outline replaces the site's old one only with --force, and never in a file other entries share.
    const shared = geoTarget !== undefined && [...(index.geoFileEntries.get(geoTarget) ?? [])].some((r) => r !== `sites/${id}`);
    const outline = input.geometry && (!geoTarget || (options.force && !shared));
    if (input.geometry && !outline) {
      plan.skipped.push({ at: input.at, field: 'geometry', ...m.dup.geometryThere(id, geoTarget ?? '', shared) });
    }
    plan.entries.push({
      collection: 'sites',
      id,
      at: input.at,
      data: data as unknown as Record<string, unknown>,
      body: outcome.body,
      ...(outcome.generated.length ? { generated: outcome.generated } : {}),
      ...(outline ? { geometry: input.geometry } : {}),
      action: target ? 'replace' : 'new',
      ...(target ? { target } : {}),
      ...(outline && geoTarget ? { geoTarget } : {}),
      show: {
        title: data.title,
        what: data.kind,
        where: `${data.location.lon}, ${data.location.lat}${data.location.crs ? ` ${data.location.crs}` : ''}  ${regionLabel(data.regions[0] as Region)}`,
      },
    });
    made.push({ id, title: data.title, wgs84 });
  });
  onProgress?.(inputs.length);
  return made;
}
