/** A source reference as a reader sees it: the title, its address, the byline and where in it. Pure. */
import type { PackConfig, SourceRef } from '../pack/schemas.ts';
import { dateLabel } from './format.ts';

export interface SourceItem {
  title: string;
  url?: string;
  /** Author, publisher and date, as listed in pack.yaml. */
  byline: string;
  /** Where in the source the fact stands. */
  note?: string;
}

export function sourceItem(s: SourceRef, sources: PackConfig['sources']): SourceItem {
  const ref = typeof s === 'string' ? s : s.ref;
  const known = ref ? sources[ref] : undefined;
  const note = typeof s === 'string' ? undefined : s.note;
  const title = known?.title ?? (typeof s === 'string' ? s : s.title) ?? '';
  const url = known?.url ?? (typeof s === 'string' ? undefined : s.url);
  const byline = [known?.author, known?.publisher, known?.date ? dateLabel(known.date) : undefined].filter(Boolean).join('，');
  // `file` names the editors' copy of a source: a note for the pack, never shown on a public page.
  return { title, ...(url ? { url } : {}), byline, ...(note ? { note } : {}) };
}
