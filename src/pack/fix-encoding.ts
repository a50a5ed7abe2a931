/**
 * `npm run check -- --fix-encoding`: the pack files the check refuses as not UTF-8, saved again as UTF-8 when their
 * encoding is certain, that is when every byte decodes as it. Line endings and text stay as they were; a file
 * whose encoding cannot be told is named and left alone, since a wrong guess would overwrite it with mojibake.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { type LoadOptions, loadPack } from './load.ts';
import { type PackMessages, zh } from './messages/index.ts';
import { decodeStrict, type Encoding, readPackText } from './read-text.ts';

export interface EncodingFix {
  /** Pack-relative path. */
  file: string;
  encoding?: Encoding;
  /** The file's text when its encoding is certain. */
  text?: string;
}

/** Only these are read as text by the check; a .pmtiles with a problem is not a question of encoding. */
const TEXT_FILES = new Set(['.md', '.yaml', '.yml', '.geojson', '.json']);

/** The files among `files` (pack-relative, as problems name them) that are text but not UTF-8. */
export function planEncodingFixes(root: string, files: Iterable<string>): EncodingFix[] {
  const out: EncodingFix[] = [];
  for (const file of new Set(files)) {
    if (!TEXT_FILES.has(extname(file).toLowerCase())) continue;
    const path = join(root, file);
    // readPackText refuses links before reading, so a link is never rewritten, nor what it points at.
    const read = readPackText(path, root);
    if (!('kind' in read) || read.kind !== 'encoding') continue;
    const text = read.encoding && decodeStrict(readFileSync(path), read.encoding);
    out.push({ file, ...(read.encoding ? { encoding: read.encoding } : {}), ...(text !== undefined ? { text } : {}) });
  }
  return out;
}

/** Lists, then rewrites, every file it can; returns the lines to print, in the pack's language. */
export function fixEncodings(root: string, options: LoadOptions = {}): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  let fixed = 0;
  let m: PackMessages | undefined;
  // A pack.yaml in GBK hides the folders it names, so the pack is read again once it is fixed.
  for (let round = 0; round < 3; round++) {
    const pack = loadPack(root, options);
    m = pack.messages;
    const plan = planEncodingFixes(
      root,
      pack.problems.map((p) => p.file),
    ).filter((f) => !seen.has(f.file));
    if (plan.length === 0) break;
    const sure = plan.filter((f): f is Required<EncodingFix> => f.text !== undefined);
    if (sure.length) lines.push(m.encoding.fixPlan(sure.length));
    for (const f of sure) lines.push(m.encoding.fixItem(f.file, f.encoding, ...sample(f.text)));
    for (const f of plan) if (f.text === undefined) lines.push(m.encoding.fixSkipped(f.file));
    for (const f of plan) seen.add(f.file);
    for (const f of sure) writeFileSync(join(root, f.file), f.text);
    fixed += sure.length;
    if (sure.length === 0) break;
  }
  const said = (m ?? zh).encoding;
  lines.push(fixed ? said.fixDone(fixed) : said.fixNone());
  return lines;
}

/** The first line with Chinese (or anything not ASCII) in it, so the writer sees the guess reads right. */
function sample(text: string): [number, string] {
  const lines = text.split(/\r?\n/);
  const i = Math.max(
    0,
    lines.findIndex((l) => /[\u0080-\uffff]/.test(l)),
  );
  const line = (lines[i] ?? '').trim();
  return [i + 1, line.length > 60 ? `${line.slice(0, 60)}…` : line];
}
