/**
 * A Chinese query with a wrong character (明月三塘 for 明月山塘, a homophone picked from the input method's list)
 * or one character too many: the browser turns it into fuzzy-pinyin keys (src/search/fuzzy.ts) and searches the
 * fuzzy pinyin the build wrote for every title and other name, so a character of the same or a similar sound matches.
 * The sounds of typed characters come from the pack's sound table (sounds.ts, fetched only for such a retry).
 * Pure; imports only the fuzzy rules.
 */
import { FUZZY_MARK, fuzzyKey } from './fuzzy.ts';

/** The sound table: toneless syllable → the characters read so (the pack's syllables and their fuzzy neighbours only). */
export type Sounds = Record<string, string>;

const HAN = /\p{Script=Han}/u;
/** The shortest query retried: two characters are too few to tell a typo from another word. */
export const TYPO_MIN_CHARS = 3;
/** Readings of one query tried at most (polyphonic characters multiply them). */
const MAX_READINGS = 4;

/** Each character's readings, from the table. */
export function soundIndex(sounds: Sounds): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(sounds)) for (const c of chars) index.set(c, [...(index.get(c) ?? []), syllable]);
  return index;
}

/** The Chinese characters of a query of Chinese only (spaces ignored), or none when it has anything else. */
export function hanChars(query: string): string[] {
  const chars = Array.from(query.replace(/\s+/g, ''));
  return chars.length && chars.every((c) => HAN.test(c)) ? chars : [];
}

/** A query of 3 or more Chinese characters that no title shown holds: the visitor may have mistyped a name. */
export function needsTypoRetry(query: string, titles: readonly string[]): boolean {
  // Two words (廊下 公交) are two searches' worth, not one mistyped name.
  if (/\s/.test(query.trim())) return false;
  const chars = hanChars(query.normalize('NFKC'));
  if (chars.length < TYPO_MIN_CHARS) return false;
  const q = chars.join('');
  return !titles.some((t) => t.normalize('NFKC').includes(q));
}

function readings(chars: readonly string[], index: Map<string, string[]>): string[] {
  let out = [''];
  for (const c of chars) {
    const r = index.get(c);
    if (!r?.length) return [];
    out = out.flatMap((prefix) => r.map((s) => prefix + s)).slice(0, MAX_READINGS);
  }
  return out;
}

/**
 * Fuzzy keys to search, best guess first: the whole query read aloud (a wrong character of the same or a similar
 * sound then matches), then the query with each character left out in turn.
 */
export function typoKeys(query: string, index: Map<string, string[]>): string[] {
  const chars = hanChars(query.normalize('NFKC'));
  if (chars.length < TYPO_MIN_CHARS) return [];
  const variants = [chars, ...chars.map((_, i) => chars.filter((_, k) => k !== i))];
  return [...new Set(variants.flatMap((v) => readings(v, index)).map(fuzzyKey))];
}

function runsOf(pyt: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const s of [...pyt.split(' '), '.']) {
    if (s && s !== '.') run += s;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  return runs;
}

/**
 * How a title (its `pyt` syllables, '.' between runs of Chinese) answers a fuzzy key: 0 when a run sounds exactly like
 * it (the name itself), 1 when a run holds it (转角湾 in 转角湾老宅), undefined when none does.
 */
export function soundMatch(pyt: string, key: string): 0 | 1 | undefined {
  const runs = runsOf(pyt).map(fuzzyKey);
  if (runs.includes(key)) return 0;
  const sound = key.slice(FUZZY_MARK.length);
  return runs.some((r) => r.includes(sound)) ? 1 : undefined;
}

/** The titles that sound like a key, the name itself first, then shorter titles first; others dropped. */
export function bySound<T extends { pyt: string; title: string }>(hits: readonly T[], key: string): T[] {
  return hits
    .map((h) => ({ h, m: soundMatch(h.pyt, key) }))
    .filter((x): x is { h: T; m: 0 | 1 } => x.m !== undefined)
    .sort((a, b) => a.m - b.m || Array.from(a.h.title).length - Array.from(b.h.title).length)
    .map((x) => x.h);
}
