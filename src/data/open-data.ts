/**
 * Every open-data file of a build with what it holds and where its facts come from: the /data/ page lists
 * this, and the endpoints under src/pages/data/ write the same paths.
 */
import type { Route, Site, SourceRef, Transit } from '../pack/schemas.ts';
import { entryPagePath } from '../pack/urls.ts';
import { localized } from '../site/localized.ts';
import { type Locale, sitePath } from '../site/paths.ts';

export type DataFormat = 'geojson' | 'csv' | 'gpx' | 'kml';

export interface DataFile {
  href: string;
  format: DataFormat;
}

export interface DataItem {
  title: string;
  /** The title's language where it differs from the page's (a Chinese title on an English page). */
  titleLang?: string;
  /** Page of the entry the files are of; none for the all-sites files. */
  page?: string;
  /** Entries in the files (sites). */
  count?: number;
  files: DataFile[];
  /** The sources the entries cite, each once, without their notes. */
  sources: SourceRef[];
}

export interface DataGroup {
  key: 'sites' | 'routes' | 'transit';
  items: DataItem[];
}

export const ROUTE_FORMATS = ['gpx', 'kml', 'geojson'] as const;

export const routeFilePath = (id: string, format: (typeof ROUTE_FORMATS)[number]) => sitePath(`data/routes/${id}.${format}`);
export const transitFilePath = (id: string) => sitePath(`data/transit/${id}.geojson`);

/** Sources once each, by key or title: a file citing seed-002 in forty sites lists it once. */
export function uniqueSources(lists: readonly (readonly SourceRef[])[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const list of lists) {
    for (const s of list) {
      const key = typeof s === 'string' ? s : (s.ref ?? s.url ?? s.title ?? '');
      if (!key || seen.has(key)) continue;
      const plain: SourceRef = typeof s === 'string' ? s : (s.ref ?? { ...(s.title ? { title: s.title } : {}), ...(s.url ? { url: s.url } : {}) });
      seen.set(key, plain);
    }
  }
  return [...seen.values()];
}

const titleIn = (data: { title: string; titleEn?: string | undefined; summary: string }, locale: Locale = 'zh-CN') => {
  const text = localized(data, locale);
  return { title: text.title, ...(text.titleLang ? { titleLang: text.titleLang } : {}) };
};

interface Entry<T> {
  id: string;
  data: T;
}

export function openDataIndex(
  entries: { sites: readonly Entry<Site>[]; routes: readonly Entry<Route>[]; transit: readonly Entry<Transit>[] },
  titleOfAll: string,
  locale?: Locale,
): DataGroup[] {
  const groups: DataGroup[] = [
    {
      key: 'sites',
      items: [
        {
          title: titleOfAll,
          count: entries.sites.length,
          files: [
            { href: sitePath('data/sites.geojson'), format: 'geojson' },
            { href: sitePath('data/sites.csv'), format: 'csv' },
          ],
          sources: uniqueSources(entries.sites.map((s) => s.data.sources)),
        },
      ],
    },
  ];
  if (entries.routes.length) {
    groups.push({
      key: 'routes',
      items: entries.routes.map((r) => ({
        ...titleIn(r.data, locale),
        page: entryPagePath('routes', r.id, locale),
        files: ROUTE_FORMATS.map((format) => ({ href: routeFilePath(r.id, format), format })),
        sources: uniqueSources([r.data.sources]),
      })),
    });
  }
  if (entries.transit.length) {
    groups.push({
      key: 'transit',
      items: entries.transit.map((t) => ({
        ...titleIn(t.data, locale),
        page: entryPagePath('transit', t.id, locale),
        files: [{ href: transitFilePath(t.id), format: 'geojson' }],
        sources: uniqueSources([t.data.sources]),
      })),
    });
  }
  return groups;
}
