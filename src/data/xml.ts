/** Numbers for hand-written XML (GPX, KML); text goes through the one escape rule, src/security/escape.ts. */

/** Degrees as written in the pack, without exponent notation (1e-7 is not a GPX decimal). */
export function degrees(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(7).replace(/0+$/, '').replace(/\.$/, '');
}
