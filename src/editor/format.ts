/**
 * The pack's entry file as the editor reads and writes it: `---`, the YAML frontmatter, `---`, the Markdown body.
 * Pure, shared by the browser (Decap's custom format) and the tests, so what the editor saves is what a person writes:
 * no empty strings or lists for fields left blank, no editor-only `id`, and a source `{ ref }` back as its plain key.
 */
import { parse, stringify } from 'yaml';

export type EntryData = Record<string, unknown> & { body?: string; id?: string };

/** A value left blank in a form: the pack has no such field rather than an empty one. */
function blank(v: unknown): boolean {
  return v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0);
}

export function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune).filter((v) => !blank(v) && !(isObject(v) && Object.keys(v).length === 0));
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (blank(p) || (isObject(p) && Object.keys(p).length === 0)) continue;
      out[k] = p;
    }
    return out;
  }
  return typeof value === 'string' && value.trim() === '' ? '' : value;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sources as the pack writes them: a key alone is the key; an object keeps what it says. */
function packSources(sources: unknown): unknown {
  if (!Array.isArray(sources)) return sources;
  return sources.map((s) => (isObject(s) && Object.keys(s).length === 1 && typeof s.ref === 'string' ? s.ref : s));
}

export function entryToFile(data: EntryData): string {
  const { body = '', id: _id, ...fields } = data;
  const front = prune(fields) as Record<string, unknown>;
  if (front.sources) front.sources = packSources(front.sources);
  const yaml = stringify(front, { lineWidth: 0 });
  const text = body.replace(/\r\n/g, '\n').replace(/\s+$/, '');
  return `---\n${yaml}---\n${text ? `${text}\n` : ''}`;
}

/** Reads an entry file for the form; a plain source key becomes `{ ref }`, the one shape the form's list holds. */
export function entryFromFile(file: string): EntryData {
  const text = file.replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m) return { body: text };
  const data = (parse(m[1] ?? '') ?? {}) as Record<string, unknown>;
  if (Array.isArray(data.sources)) data.sources = data.sources.map((s) => (typeof s === 'string' ? { ref: s } : s));
  return { ...data, body: (m[2] ?? '').replace(/\s+$/, '') };
}
