/**
 * How a list of sources is written in one spreadsheet cell, and read back: items joined by "|",
 * each `key`, `key: note`, `title <url>` or `title <url>: note`. The export writes it and the importer
 * reads it, so a note ("第五部分") survives a round trip through /data/sites.csv.
 */
import type { SourceRef } from '../pack/schemas.ts';

const escapeItem = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** One source as a cell item; a `ref` wins over a `title`/`url` given beside it, as on the pages. */
export function sourceItem(s: SourceRef): string {
  if (typeof s === 'string') return s;
  const head = s.ref ?? [s.title, s.url ? `<${s.url}>` : undefined].filter(Boolean).join(' ');
  return s.note ? `${head}: ${s.note}` : head;
}

/** Items joined by "|"; a "|" inside an item is written "\|". */
export function listCell(items: readonly string[]): string {
  return items.map(escapeItem).join('|');
}

export function sourcesCell(sources: readonly SourceRef[]): string {
  return listCell(sources.map(sourceItem));
}

/** Splits a "|"-joined cell, honouring "\|" inside items; blank items are dropped. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (c === '|') {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter(Boolean);
}

export type SourceItemResult = { ok: true; source: SourceRef } | { ok: false; item: string; key: string; message: string; hint: string };

const KEY = /^[A-Za-z0-9_-]+$/;
const URL_ITEM = /^(.*?)\s*<(https?:\/\/[^>\s]+)>(?::\s*(.+))?$/;

/**
 * Reads one item. Only keys listed in pack.yaml count as keys: "平湖日报: 第3版" with no such key is a title.
 * A bare word that looks like a key but is not listed is reported, since it is most likely a typo.
 */
export function parseSourceItem(item: string, knownKeys: ReadonlySet<string>): SourceItemResult {
  const text = item.trim();
  if (knownKeys.has(text)) return { ok: true, source: text };
  const colon = text.indexOf(': ');
  if (colon > 0 && knownKeys.has(text.slice(0, colon).trim())) {
    return { ok: true, source: { ref: text.slice(0, colon).trim(), note: text.slice(colon + 2).trim() } };
  }
  const url = URL_ITEM.exec(text);
  if (url) {
    const [, title, href, note] = url;
    return { ok: true, source: { ...(title ? { title } : {}), url: href as string, ...(note ? { note: note.trim() } : {}) } };
  }
  if (/^https?:\/\/\S+$/.test(text)) return { ok: true, source: { url: text } };
  if (KEY.test(text) || (colon > 0 && KEY.test(text.slice(0, colon)))) {
    const key = colon > 0 ? text.slice(0, colon) : text;
    return {
      ok: false,
      item: text,
      key,
      message: `source "${key}" is not a key of pack.yaml's sources`,
      hint: knownKeys.size ? `use one of ${[...knownKeys].join(', ')}, or write the source's title` : 'add it under sources in pack.yaml',
    };
  }
  return { ok: true, source: { title: text } };
}
