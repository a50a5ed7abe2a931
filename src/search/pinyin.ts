/**
 * Pinyin search keys, made at build time with pinyin-pro and written into Pagefind metadata,
 * so `shantang`, `shan tang`, `myst` find 明月山塘 without a pinyin library in the browser.
 *
 * Pagefind matches every query word as a prefix of an indexed word, so keys only need to start
 * where a reader's typing starts: at each syllable of a run of Chinese characters.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const SYLLABLE = /^[a-zv]+$/;

/** Longest run of syllables joined into one key at every position; the whole run is always added as well. */
export const MAX_GRAM = 4;

/**
 * Syllables already looked up, by text. A build asks for the same names many times: each entry's title for its page in
 * both languages, the search page and the sound table, and a county's name for every site in it. pinyin-pro was 6% of
 * a 1,000-site rebuild's time before this.
 */
const looked = new Map<string, readonly string[]>();

/** One toneless lowercase syllable per character of `text` (ü written v), '' for a character that is not Chinese. */
export function alignedSyllables(text: string): readonly string[] {
  let syllables = looked.get(text);
  if (!syllables) {
    syllables = Object.freeze(lookUp(text));
    looked.set(text, syllables);
  }
  return syllables;
}

function lookUp(text: string): string[] {
  const chars = Array.from(text);
  const items = pinyin(text, { toneType: 'none', type: 'all', v: true });
  // pinyin-pro returns one item per character; fall back to one call per character if that ever changes.
  const syllables = items.length === chars.length ? items.map((i) => i.pinyin) : chars.map((c) => pinyin(c, { toneType: 'none', v: true }));
  return chars.map((c, i) => {
    const s = (syllables[i] ?? '').toLowerCase();
    return HAN.test(c) && SYLLABLE.test(s) ? s : '';
  });
}

/** The syllables of each run of consecutive Chinese characters in `text`: 中共衙前支部（平湖） → [[zhong…bu], [ping, hu]]. */
export function syllableRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const s of alignedSyllables(text)) {
    if (s) run.push(s);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Keys for one run of syllables: each syllable, the joined syllables and the initials of every
 * stretch of 2..MAX_GRAM syllables, and the whole run joined and as initials.
 * [ming, yue, shan, tang] → ming, yue, …, mingyue, yueshan, shantang, mingyueshan, …, mingyueshantang, my, …, mysd.
 */
export function runKeys(run: readonly string[]): string[] {
  const keys: string[] = [...run];
  const n = run.length;
  for (let start = 0; start < n; start++) {
    for (let len = 2; len <= Math.min(MAX_GRAM, n - start); len++) {
      const part = run.slice(start, start + len);
      keys.push(part.join(''), initialsOf(part));
    }
  }
  if (n > MAX_GRAM) keys.push(run.join(''), initialsOf(run));
  return keys;
}

function initialsOf(syllables: readonly string[]): string {
  return syllables.map((s) => s[0]).join('');
}

/** Pinyin keys of every Chinese run in `text`, without duplicates; a key with v (ü) is also given with u, as typed on most keyboards. */
export function pinyinKeys(text: string): string[] {
  return withUVariants(syllableRuns(text).flatMap(runKeys));
}

/**
 * Keys of a title, in two sets so that a reader who types the whole title's pinyin or initials gets that entry
 * first: `whole` (each run and all runs together, joined and as initials) and `parts` (keys inside the title
 * that do not begin a whole key).
 */
export function titleKeys(title: string): { whole: string[]; parts: string[] } {
  const runs = syllableRuns(title);
  const whole = phraseKeys(title);
  if (runs.length > 1) whole.push(...withUVariants([runs.flat().join(''), runs.map(initialsOf).join('')]));
  const unique = [...new Set(whole)];
  // Pagefind matches prefixes, so a part that begins a whole key (ming, mingyue) would only count twice.
  return { whole: unique, parts: pinyinKeys(title).filter((k) => !unique.some((w) => w.startsWith(k))) };
}

/** Keys of a name or short phrase taken whole: its joined pinyin and its initials (一桥两山塘 → yiqiaoliangshantang, yqlst). */
export function phraseKeys(text: string): string[] {
  return withUVariants(syllableRuns(text).flatMap((run) => (run.length > 1 ? [run.join(''), initialsOf(run)] : run)));
}

function withUVariants(keys: string[]): string[] {
  const out = new Set<string>();
  for (const k of keys) {
    out.add(k);
    if (k.includes('v')) out.add(k.replaceAll('v', 'u'));
  }
  return [...out];
}

const QUOTES = /[“「『《"]([^”」』》"]{1,40})[”」』》"]/g;
const PHRASE_BREAK = /[、，,。；;：:！!？?·・\s/]+/;

/** Short quoted names and slogans in a text, split at enumeration commas: “一桥两山塘、党建一家亲” → 一桥两山塘, 党建一家亲. */
export function quotedPhrases(text: string, maxChars = 12): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(QUOTES)) {
    for (const part of (m[1] ?? '').split(PHRASE_BREAK)) {
      const han = Array.from(part).filter((c) => HAN.test(c)).length;
      if (han >= 2 && han <= maxChars) out.add(part.trim());
    }
  }
  return [...out];
}
