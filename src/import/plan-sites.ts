/**
 * Rows to site entries: ids, duplicates within the file, and entries the pack already has.
 * A row naming a place the pack has (same id, or same name within EXISTING_RADIUS) is that entry:
 * it is left alone, or updated with --force; so importing the same sheet twice adds nothing.
 */
import { regionLabel } from '../site/format.ts';
import { metresBetween } from './coordinates.ts';
import { note, type Plan, type PlannedGeometry } from './plan.ts';
import { areaAt } from './regions.ts';
import { type SiteContext, type SiteRecord, siteFromRecord } from './site-record.ts';
import { freeId, slugify } from './slug.ts';
import type { ImportOptions, PackIndex, Region, SiteKindId } from './types.ts';

/** Same name this close is the same place: approximate points of one village differ by a few hundred metres. */
export const EXISTING_RADIUS = 1000;
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

export function planSites(
  inputs: readonly SiteInput[],
  index: PackIndex,
  options: ImportOptions,
  plan: Plan,
  onProgress?: (done: number) => void,
): PlannedSite[] {
  const taken = new Set(index.files.sites.keys());
  const byTitle = new Map<string, { id: string; wgs84: [number, number] }[]>();
  for (const s of index.sites) byTitle.set(s.title, [...(byTitle.get(s.title) ?? []), s]);
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
      plan.skipped.push({
        at: input.at,
        field: 'id',
        message: `duplicate: ${seenIds.get(outcome.id)} has the same id "${outcome.id}"`,
        hint: 'remove one of the rows',
      });
      return;
    }
    const twin = seenTitles.get(title)?.find((s) => metresBetween(s.wgs84, wgs84) <= DUPLICATE_RADIUS);
    if (!outcome.id && twin) {
      plan.skipped.push({
        at: input.at,
        field: 'title',
        message: `duplicate: ${twin.at} has the same name within ${DUPLICATE_RADIUS} m`,
        hint: 'remove one of the rows',
      });
      return;
    }

    // Registered before the pack is asked, so a repeated row is called a repeat even when its first is already in the pack.
    if (outcome.id) seenIds.set(outcome.id, input.at);
    seenTitles.set(title, [...(seenTitles.get(title) ?? []), { at: input.at, wgs84 }]);

    const existing = outcome.id
      ? index.files.sites.has(outcome.id)
        ? { id: outcome.id }
        : undefined
      : byTitle.get(title)?.find((s) => metresBetween(s.wgs84, wgs84) <= EXISTING_RADIUS);
    let id: string;
    let target: string | undefined;
    if (existing) {
      target = index.files.sites.get(existing.id);
      if (!options.force) {
        plan.skipped.push({
          at: input.at,
          field: outcome.id ? 'id' : 'title',
          message: `already in the pack as sites/${existing.id} (${target}); not overwritten`,
          hint: 'pass --force to update it from this row; its Markdown text is kept',
        });
        return;
      }
      id = existing.id;
    } else {
      const slug = outcome.id ?? slugify(title) ?? 'site';
      id = outcome.id ?? freeId(slug, taken, data.regions[0]);
      if (!outcome.id && id !== slug) note(plan, 'id already taken by another place of the same name: region or number added');
    }
    taken.add(id);
    for (const text of outcome.notes) note(plan, text);

    const geoTarget = input.geometry ? index.geometryFiles.get(`sites/${id}`) : undefined;
    // An outline replaces the site's old one only with --force, and never in a file other entries share.
    const shared = geoTarget !== undefined && [...(index.geoFileEntries.get(geoTarget) ?? [])].some((r) => r !== `sites/${id}`);
    const outline = input.geometry && (!geoTarget || (options.force && !shared));
    if (input.geometry && !outline) {
      plan.skipped.push({
        at: input.at,
        field: 'geometry',
        message: `sites/${id} already has a geometry in ${geoTarget}; the outline is not written`,
        hint: shared ? 'that file holds other entries too: edit it by hand' : 'pass --force to replace it',
      });
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
        title,
        what: data.kind,
        where: `${data.location.lon}, ${data.location.lat}${data.location.crs ? ` ${data.location.crs}` : ''}  ${regionLabel(data.regions[0] as Region)}`,
      },
    });
    made.push({ id, title, wgs84 });
  });
  onProgress?.(inputs.length);
  return made;
}
