/**
 * Bytes of a CSV or XML file to text. Excel on Chinese Windows saves CSV as GBK ("ANSI"), newer Excel as
 * UTF-8 with a BOM, "Unicode text" as UTF-16LE; a department rarely knows which, so the importer decides.
 */

import { type PackMessages, zh } from '../pack/messages/index.ts';
import { firstBadLine, guessEncoding } from '../pack/read-text.ts';

// Node's own decoder reads GB18030, GBK and Big5 (full ICU); a few labels people type are not WHATWG labels.
const ALIASES: Record<string, string> = { utf16le: 'utf-16le', utf16be: 'utf-16be', utf16: 'utf-16le', ucs2: 'utf-16le', cp936: 'gbk' };

function label(name: string): string | undefined {
  const l = ALIASES[name.toLowerCase()] ?? name;
  try {
    new TextDecoder(l);
    return l;
  } catch {
    return undefined;
  }
}

/** Whether --encoding names an encoding this decoder reads. */
export function knownEncoding(name: string): boolean {
  return label(name) !== undefined;
}

export interface Decoded {
  text: string;
  /** The encoding used, as shown to the user. */
  encoding: string;
  /** Why that encoding: a BOM, valid UTF-8, the XML declaration, the user's choice, or the fallback. */
  reason: string;
  /** The same, as a key of the message catalogs (import.read.reasons). */
  why: 'forced' | 'bom' | 'utf8' | 'xml' | 'gbk' | 'utf16';
}

/**
 * Every byte as `encoding`, BOM dropped; else an error that says from which line the bytes are not that
 * encoding. A lenient decoder would put a replacement character in their place, and the import would write
 * it into the pack.
 */
function strict(bytes: Uint8Array, encoding: string, shown: string | undefined, m: PackMessages): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const said = m.encoding.undecodable(shown, firstBadLine(bytes, encoding));
    throw new Error(`${said.message}（${said.hint}）`);
  }
}

/**
 * A byte-order mark decides; else valid UTF-8 is UTF-8 (GBK text is almost never valid UTF-8, and
 * pure ASCII reads the same either way); else GB18030, the superset of GBK and GB2312, or UTF-16 without
 * a mark, when every byte decodes as one of them (src/pack/read-text.ts guessEncoding); else an error.
 * Statistical detectors (chardet) guess Cyrillic for short GBK files, so they are not used.
 */
export function decodeText(bytes: Uint8Array, forced?: string, m: PackMessages = zh): Decoded {
  if (forced) {
    const l = label(forced);
    if (!l) throw new Error(`unknown encoding "${forced}": use e.g. utf8, gb18030, gbk, utf16le, big5`);
    return { text: strict(bytes, l, forced, m).replace(/^\uFEFF/, ''), encoding: forced, reason: '--encoding', why: 'forced' };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict(bytes, 'utf-8', 'UTF-8', m), encoding: 'UTF-8', reason: 'byte-order mark', why: 'bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: strict(bytes, 'utf-16le', 'UTF-16LE', m), encoding: 'UTF-16LE', reason: 'byte-order mark', why: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: strict(bytes, 'utf-16be', 'UTF-16BE', m), encoding: 'UTF-16BE', reason: 'byte-order mark', why: 'bom' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', reason: 'valid UTF-8', why: 'utf8' };
  } catch {
    const guess = guessEncoding(bytes);
    if (guess === 'gb18030') {
      return {
        text: strict(bytes, 'gb18030', 'GB18030', m),
        encoding: 'GB18030',
        reason: 'not valid UTF-8; read as GB18030 (GBK), as Excel saves CSV on Chinese Windows',
        why: 'gbk',
      };
    }
    if (guess)
      return {
        text: strict(bytes, guess, guess.toUpperCase(), m),
        encoding: guess.toUpperCase(),
        reason: 'not valid UTF-8; NUL bytes of UTF-16 without a mark',
        why: 'utf16',
      };
    // Most such files are GBK but for a byte or two: the line worth looking at is where GBK stops reading.
    const said = m.encoding.undecodable(undefined, firstBadLine(bytes, 'gb18030'));
    throw new Error(`${said.message}（${said.hint}）`);
  }
}

/** XML says its own encoding in the declaration (奥维 and older tools write GBK or GB2312 there). */
export function decodeXml(bytes: Uint8Array, forced?: string, m: PackMessages = zh): Decoded {
  if (!forced) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    const declared = /^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9_-]+)["']/.exec(head)?.[1];
    const l = declared && !/^utf-?8$/i.test(declared) ? label(declared) : undefined;
    if (l && declared) {
      return {
        text: strict(bytes, l, declared.toUpperCase(), m).replace(/^\uFEFF/, ''),
        encoding: declared.toUpperCase(),
        reason: 'XML declaration',
        why: 'xml',
      };
    }
  }
  return decodeText(bytes, forced, m);
}
