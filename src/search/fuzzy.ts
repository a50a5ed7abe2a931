/**
 * Fuzzy pinyin (模糊音), as Chinese input methods offer it: readers from many regions do not tell these sounds apart,
 * so `santang` should find 山塘 and `lanxia` 廊下. Shared by the build, which writes the fuzzy form of every pinyin
 * key into the index (`fz`), and the browser, which searches the fuzzy form of what was typed: no dictionary is needed
 * in the browser for pinyin typed in Latin letters. Imports nothing.
 *
 * The pairs, each merged both ways: z/zh, c/ch, s/sh, n/l, f/h (initials); an/ang, en/eng, in/ing (finals); ü typed
 * as v or u. Every key and query is mapped to one spelling of each pair, so two spellings match when their fuzzy
 * forms do; the mapping is applied to joined syllables and initials alike, and keeps a prefix a prefix (Pagefind
 * matches the last word typed as the start of an indexed word).
 */

/** The pairs, for the README and the tests: [one spelling, the other, which part of the syllable]. */
export const FUZZY_PAIRS: readonly (readonly [string, string, 'initial' | 'final'])[] = [
  ['z', 'zh', 'initial'],
  ['c', 'ch', 'initial'],
  ['s', 'sh', 'initial'],
  ['n', 'l', 'initial'],
  ['f', 'h', 'initial'],
  ['an', 'ang', 'final'],
  ['en', 'eng', 'final'],
  ['in', 'ing', 'final'],
];

/**
 * Fuzzy keys start with this mark, so they match only fuzzy queries: `vv` begins no pinyin (ü is never an initial,
 * and the mapping turns every v into u) and no English word.
 */
export const FUZZY_MARK = 'vv';

/** One spelling for every pair: zh→z, ch→c, sh→s, ang→an, eng→en, ing→in, h→f, n→l, ü/v→u (`langxia` and `nanxia` → `lalxia`). */
export function fuzzyForm(pinyin: string): string {
  return pinyin
    .toLowerCase()
    .replace(/[üv]/g, 'u')
    .replace(/([zcs])h/g, '$1')
    .replace(/([aei])ng/g, '$1n')
    .replaceAll('h', 'f')
    .replaceAll('n', 'l');
}

/** The key written into the index for a pinyin key, and searched for a word typed in Latin letters. */
export function fuzzyKey(pinyin: string): string {
  return FUZZY_MARK + fuzzyForm(pinyin);
}

const LATIN_WORD = /^[a-zü]+$/;

/** The fuzzy query for a query typed in Latin letters (`mingyue santang` → `vvmilyue vvsaltal`), or '' when a word is not letters only. */
export function fuzzyQuery(normalized: string): string {
  const words = normalized.split(' ').filter(Boolean);
  if (!words.length || !words.every((w) => LATIN_WORD.test(w))) return '';
  return words.map(fuzzyKey).join(' ');
}
