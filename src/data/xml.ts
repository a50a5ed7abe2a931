/** Text and attribute values for hand-written XML (GPX, KML): escaped, and stripped of characters XML 1.0 forbids. */

// Control characters other than tab and line breaks cannot appear in XML 1.0, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlText(s: string): string {
  return s.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;');
}

/** Degrees as written in the pack, without exponent notation (1e-7 is not a GPX decimal). */
export function degrees(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(7).replace(/0+$/, '').replace(/\.$/, '');
}
