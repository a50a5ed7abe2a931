/**
 * Entry files as the pack's hand-written ones look: YAML frontmatter with small maps on one line
 * (`location: { lon: …, lat: … }`), then the Markdown body.
 */
import { Document, isMap, isSeq, visit } from 'yaml';
import { parseMarkdownFile } from '../pack/frontmatter.ts';
import { type CollectionName, collectionSchemas } from '../pack/schemas.ts';

export function renderFrontmatter(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Map(_, node, path) {
      // Top-level fields stay one per line; anything nested (a region, a point, a stop) is one line.
      if (path.length > 1) node.flow = true;
    },
    Seq(_, node) {
      if (node.items.every((item) => !isMap(item) && !isSeq(item))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

export function renderEntry(data: Record<string, unknown>, body: string): string {
  const text = body.trim();
  return `---\n${renderFrontmatter(data)}---\n${text ? `${text}\n` : ''}`;
}

/** Title and summary first, the collection's own fields in schema order, sources last: as the pack's entries are written. */
function inSchemaOrder(collection: CollectionName, data: Record<string, unknown>): Record<string, unknown> {
  const head = ['title', 'titleEn', 'summary'];
  const tail = ['featured', 'sources'];
  const own = Object.keys((collectionSchemas[collection] as unknown as { shape: Record<string, unknown> }).shape).filter(
    (k) => !head.includes(k) && !tail.includes(k),
  );
  const order = [...head, ...own, ...tail];
  const keys = Object.keys(data).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
  });
  return Object.fromEntries(keys.map((k) => [k, data[k]]));
}

export interface Merged {
  text: string;
  /** Fields of the old file the import does not set, kept as they were. */
  kept: string[];
  /** What became of the old Markdown body: replaced by the import's, or kept (the import had none). */
  body: 'replaced' | 'kept' | 'none';
}

/**
 * --force on an existing entry: the import's fields replace the old ones, fields it does not set
 * (opening hours, featured, a hand-written summary's neighbours) stay. A new body (a 正文 cell, a long 简介)
 * replaces the old one, and the run says so; without one the old body stays, unless `replaceBody`.
 * An old file whose frontmatter cannot be read is replaced whole.
 */
export function mergeEntry(
  collection: CollectionName,
  oldText: string,
  data: Record<string, unknown>,
  body: string,
  options: { replaceBody: boolean; generated?: readonly string[] },
): Merged {
  const old = parseMarkdownFile(oldText);
  const oldData = old.data && typeof old.data === 'object' && !Array.isArray(old.data) ? (old.data as Record<string, unknown>) : {};
  // A summary the importer wrote for want of one never replaces a summary someone wrote.
  const fresh = Object.fromEntries(Object.entries(data).filter(([k]) => !(options.generated?.includes(k) && k in oldData)));
  const kept = Object.keys(oldData).filter((k) => !(k in fresh));
  const merged = inSchemaOrder(collection, { ...oldData, ...fresh });
  const hadBody = old.body.trim() !== '';
  if (!options.replaceBody && !body.trim() && old.data !== undefined)
    return { text: `---\n${renderFrontmatter(merged)}---\n${old.body}`, kept, body: hadBody ? 'kept' : 'none' };
  return { text: renderEntry(merged, body), kept, body: hadBody && old.body.trim() !== body.trim() ? 'replaced' : 'none' };
}
