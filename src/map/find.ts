/** The map list's find box: which list entries a typed text keeps. Pure; client/find.ts applies it to the list. */

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Ids of the entries whose text holds every word typed (words split by spaces), in list order. */
export function findInList(entries: readonly { id: string; text: string }[], query: string): string[] {
  const words = query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return entries.map((e) => e.id);
  return entries.filter((e) => words.every((w) => fold(e.text).includes(w))).map((e) => e.id);
}
