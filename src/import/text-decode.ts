/**
 * Bytes of a CSV or XML file to text. Excel on Chinese Windows saves CSV as GBK ("ANSI"), newer Excel as
 * UTF-8 with a BOM, "Unicode text" as UTF-16LE; a department rarely knows which, so the importer decides.
 */

// Node's own decoder reads GB18030, GBK and Big5 (full ICU); a few labels people type are not WHATWG labels.
const ALIASES: Record<string, string> = { utf16le: 'utf-16le', utf16be: 'utf-16be', utf16: 'utf-16le', ucs2: 'utf-16le', cp936: 'gbk' };

function decoder(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(ALIASES[label.toLowerCase()] ?? label);
  } catch {
    return undefined;
  }
}

export interface Decoded {
  text: string;
  /** The encoding used, as shown to the user. */
  encoding: string;
  /** Why that encoding: a BOM, valid UTF-8, the XML declaration, the user's choice, or the fallback. */
  reason: string;
}

/**
 * A byte-order mark decides; else valid UTF-8 is UTF-8 (GBK text is almost never valid UTF-8, and
 * pure ASCII reads the same either way); else GB18030, the superset of GBK and GB2312.
 * Statistical detectors (chardet) guess Cyrillic for short GBK files, so they are not used.
 */
export function decodeText(bytes: Uint8Array, forced?: string): Decoded {
  if (forced) {
    const d = decoder(forced);
    if (!d) throw new Error(`unknown encoding "${forced}": use e.g. utf8, gb18030, gbk, utf16le, big5`);
    const text = d.decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: forced, reason: '--encoding' };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8', reason: 'byte-order mark' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE', reason: 'byte-order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE', reason: 'byte-order mark' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', reason: 'valid UTF-8' };
  } catch {
    return {
      text: new TextDecoder('gb18030').decode(bytes),
      encoding: 'GB18030',
      reason: 'not valid UTF-8; read as GB18030 (GBK), as Excel saves CSV on Chinese Windows',
    };
  }
}

/** XML says its own encoding in the declaration (奥维 and older tools write GBK or GB2312 there). */
export function decodeXml(bytes: Uint8Array, forced?: string): Decoded {
  if (!forced) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    const declared = /^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9_-]+)["']/.exec(head)?.[1];
    const d = declared && !/^utf-?8$/i.test(declared) ? decoder(declared) : undefined;
    if (d && declared) {
      const text = d.decode(bytes);
      return { text: text.replace(/^\uFEFF/, ''), encoding: declared.toUpperCase(), reason: 'XML declaration' };
    }
  }
  return decodeText(bytes, forced);
}
