/**
 * Open-data exports of the sites: GeoJSON for GIS tools, CSV for spreadsheets.
 * The CSV columns are the ones the importer reads, so an export re-imports unchanged.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import Papa from 'papaparse';
import type { Region, Site, SourceRef } from '../pack/schemas.ts';
import { entryPagePath } from '../pack/urls.ts';
import { listCell, sourcesCell } from './source-cell.ts';

export interface SiteRow {
  id: string;
  data: Site;
  /** The Markdown body (the story), carried by the CSV so an import gives it back. */
  body?: string;
}

const sourceKey = (s: SourceRef) => (typeof s === 'string' ? s : (s.ref ?? s.title ?? ''));

/**
 * `partnershipsOf` gives every partnership a site belongs to (src/pack/membership.ts: named by either side, and the
 * wider ones above), so the export agrees with the map and search; without it, the site's own list.
 */
export function sitesToGeoJson(
  sites: readonly SiteRow[],
  baseUrl = '',
  partnershipsOf: (id: string) => readonly string[] | undefined = () => undefined,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: sites.map(
      ({ id, data }): Feature<Point> => ({
        type: 'Feature',
        id,
        geometry: { type: 'Point', coordinates: [data.location.lon, data.location.lat] },
        properties: {
          id,
          title: data.title,
          ...(data.titleEn ? { titleEn: data.titleEn } : {}),
          kind: data.kind,
          summary: data.summary,
          ...(data.summaryEn ? { summaryEn: data.summaryEn } : {}),
          precision: data.location.precision,
          regions: data.regions,
          ...(data.address ? { address: data.address } : {}),
          ...(data.opening ? { opening: data.opening } : {}),
          ...(data.booking ? { booking: data.booking } : {}),
          themes: data.themes ?? [],
          partnerships: [...(partnershipsOf(id) ?? data.partnerships ?? [])],
          sources: data.sources.map(sourceKey),
          url: `${baseUrl}${entryPagePath('sites', id)}`,
        },
      }),
    ),
  };
}

/** The region columns of a site row: its first region, and the second of a site on a border (the `_2` columns). */
export const REGION_COLUMNS = ['province', 'city', 'county', 'town', 'village', 'province_2', 'city_2', 'county_2', 'town_2', 'village_2'] as const;

export const CSV_COLUMNS = [
  'id',
  'title',
  'title_en',
  'kind',
  'lon',
  'lat',
  'precision',
  ...REGION_COLUMNS,
  'address',
  'opening',
  'booking',
  'summary',
  'summary_en',
  'themes',
  'partnerships',
  'sources',
  // Last: the longest cell, and the one a spreadsheet reader least needs to see.
  'body',
] as const;

const regionCells = (r: Region | undefined, suffix: string) => ({
  [`province${suffix}`]: r?.province ?? '',
  [`city${suffix}`]: r?.city ?? '',
  [`county${suffix}`]: r?.county ?? '',
  [`town${suffix}`]: r?.town ?? '',
  [`village${suffix}`]: r?.village ?? '',
});

/**
 * UTF-8 with a byte-order mark, so Excel on Chinese Windows opens it as UTF-8; lists joined with "|".
 * Sources keep their notes (`seed-002: 第五部分`, see source-cell.ts) so the file imports back unchanged.
 */
export function sitesToCsv(sites: readonly SiteRow[]): string {
  const rows = sites.map(({ id, data, body }) => ({
    id,
    title: data.title,
    title_en: data.titleEn ?? '',
    kind: data.kind,
    lon: data.location.lon,
    lat: data.location.lat,
    precision: data.location.precision,
    ...regionCells(data.regions[0], ''),
    ...regionCells(data.regions[1], '_2'),
    address: data.address ?? '',
    opening: data.opening ?? '',
    booking: data.booking ?? '',
    summary: data.summary,
    summary_en: data.summaryEn ?? '',
    body: body?.trim() ?? '',
    themes: listCell(data.themes ?? []),
    partnerships: listCell(data.partnerships ?? []),
    sources: sourcesCell(data.sources),
  }));
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => (r as Record<string, unknown>)[c])) }, { newline: '\r\n' })}\r\n`;
}
