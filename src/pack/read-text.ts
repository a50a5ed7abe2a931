/**
 * Pack files as text. Notepad and WPS on Chinese Windows save "ANSI" (GBK), "Unicode" (UTF-16) or UTF-8 with
 * or without a BOM; read as UTF-8, the first two publish as mojibake. So a file is either read exactly, byte for
 * byte, or refused with the reason: no replacement character reaches a page unless the file itself holds one.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import type { PackMessages, Said } from './messages/index.ts';

/** Encodings a pack file may be in besides UTF-8, named as the WHATWG decoders are. */
export type Encoding = 'gb18030' | 'utf-16le' | 'utf-16be';

export type TextFailure =
  /** Not UTF-8; `encoding` when the bytes decode without a single error as one of ours; `line` of the first bad byte. */
  | { kind: 'encoding'; encoding: Encoding | undefined; line?: number }
  /** The file, or a folder on its way down from the pack root, is a link. */
  | { kind: 'symlink' }
  | { kind: 'unreadable'; code: string };

export type TextRead = { text: string } | TextFailure;

/** UTF-8 with its BOM dropped, or why the bytes are not UTF-8. */
export function decodePackText(bytes: Uint8Array): TextRead {
  const bom = utf16Bom(bytes);
  if (bom) return { kind: 'encoding', encoding: bom };
  try {
    // The default decoder drops one leading BOM, in every file type alike.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'encoding', encoding: guessEncoding(bytes), line: firstBadLine(bytes) };
  }
}

/**
 * The encoding `bytes` certainly are, besides UTF-8: a UTF-16 BOM, or a decode that meets no error.
 * GB18030 decodes nearly any byte soup, so text that lands in the Private Use Area (GBK's user-defined
 * rows, never typed by a writer) does not count as GB18030.
 */
export function guessEncoding(bytes: Uint8Array): Encoding | undefined {
  const bom = utf16Bom(bytes);
  if (bom) return bom;
  const candidates: Encoding[] = ['gb18030'];
  const nul = nulSides(bytes);
  if (nul === 'odd') candidates.unshift('utf-16le');
  if (nul === 'even') candidates.unshift('utf-16be');
  return candidates.find((e) => {
    const text = decodeStrict(bytes, e);
    return text !== undefined && !/[\uE000-\uF8FF]/.test(text);
  });
}

/** `bytes` as `encoding`, BOM dropped, or undefined when one byte does not fit. */
export function decodeStrict(bytes: Uint8Array, encoding: Encoding | 'utf-8'): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function utf16Bom(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 without a BOM shows as NUL bytes on one side of each pair (the high byte of ASCII characters). */
function nulSides(bytes: Uint8Array): 'odd' | 'even' | undefined {
  let odd = 0;
  let even = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  if (odd > n / 8 && even === 0) return 'odd';
  if (even > n / 8 && odd === 0) return 'even';
  return undefined;
}

/**
 * 1-based line of the first byte that does not decode as `encoding`. UTF-8, GBK and Big5 never use the byte of
 * "\n" inside a character, so lines count alike in all of them; UTF-16 has no such byte and gets no line.
 */
export function firstBadLine(bytes: Uint8Array, encoding = 'utf-8'): number | undefined {
  const decoder = new TextDecoder(encoding, { fatal: true });
  if (decoder.encoding.startsWith('utf-16')) return undefined;
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return undefined;
}

/**
 * Reads a pack file at `path` as UTF-8 text. A link is refused before anything is read: packs are written on
 * Windows and published from git, where a link is never what the writer meant, and one to /etc/passwd would be
 * echoed by the first parse error. Folders above `root` (a `paths.geo` of ../shared) are the writer's choice.
 */
export function readPackText(path: string, root: string): TextRead {
  try {
    if (linkOnTheWay(path, root)) return { kind: 'symlink' };
    return decodePackText(readFileSync(path));
  } catch (err) {
    return { kind: 'unreadable', code: (err as NodeJS.ErrnoException).code ?? 'EIO' };
  }
}

function linkOnTheWay(path: string, root: string): boolean {
  for (let p = path; ; p = dirname(p)) {
    if (lstatSync(p).isSymbolicLink()) return true;
    const up = relative(root, dirname(p));
    if (up === '' || up.startsWith('..') || isAbsolute(up)) return false;
  }
}

/** What to tell the writer about a file that cannot be read as text. */
export function describeTextFailure(failure: TextFailure, m: PackMessages): Said & { line?: number } {
  if (failure.kind === 'symlink') return m.encoding.symlink();
  if (failure.kind === 'unreadable') return m.encoding.unreadable(failure.code);
  return { ...(failure.line ? { line: failure.line } : {}), ...m.encoding.notUtf8(failure.encoding) };
}

/** The text of a pack file, or undefined once `report` has been told, in `m`'s words, why it cannot be read. */
export function readPackFile(path: string, root: string, m: PackMessages, report: (said: Said & { line?: number }) => void): string | undefined {
  const read = readPackText(path, root);
  if ('text' in read) return read.text;
  report(describeTextFailure(read, m));
  return undefined;
}
