/**
 * The one escape rule for text the build or a script writes into HTML, SVG or XML by hand: element content and
 * quoted attribute values alike. It escapes the five markup characters, and drops the control characters XML 1.0
 * forbids even escaped (a GPX or an SVG with one does not open), which HTML has no use for either.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkup(s: string): string {
  return s.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
