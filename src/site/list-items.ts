/** Index-page rows: what each collection shows beside the title, and in which order. */
import { ui } from '../i18n/index.ts';
import type { CollectionData, CollectionName } from '../pack/schemas.ts';
import { dateLabel, regionLabel } from './format.ts';

export interface ListItem {
  id: string;
  title: string;
  summary: string;
  meta?: string;
}

export function listItems<C extends CollectionName>(collection: C, entries: { id: string; data: CollectionData[C] }[]): ListItem[] {
  const rows = entries.map(({ id, data }) => ({
    id,
    title: data.title,
    summary: data.summary,
    meta: metaOf(collection, data),
    sortKey: sortKeyOf(collection, data),
  }));
  rows.sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'zh-CN') || a.title.localeCompare(b.title, 'zh-CN'));
  return rows.map(({ sortKey: _, ...row }) => row);
}

function metaOf(collection: CollectionName, data: CollectionData[CollectionName]): string | undefined {
  switch (collection) {
    case 'sites': {
      const d = data as CollectionData['sites'];
      return `${ui.siteKinds[d.kind]} · ${d.regions.map(regionLabel).join(' ⇄ ')}`;
    }
    case 'routes': {
      const d = data as CollectionData['routes'];
      return `${d.stops.length} ${ui.fields.stops} · ${d.modes.map((m) => ui.modes[m]).join('、')}`;
    }
    case 'stories':
      return dateLabel((data as CollectionData['stories']).date);
    case 'partnerships': {
      const d = data as CollectionData['partnerships'];
      return d.signed ? dateLabel(d.signed) : undefined;
    }
    case 'transit': {
      const d = data as CollectionData['transit'];
      return d.since ? `${d.operatorCity} · ${dateLabel(d.since)}` : d.operatorCity;
    }
    default:
      return undefined;
  }
}

/** Stories and partnerships read as a timeline; the rest by title. */
function sortKeyOf(collection: CollectionName, data: CollectionData[CollectionName]): string {
  if (collection === 'stories') return (data as CollectionData['stories']).date;
  if (collection === 'partnerships') return (data as CollectionData['partnerships']).signed ?? '9999';
  return '';
}
