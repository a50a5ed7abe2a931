/**
 * The header box's answers to a category word (公交, 村, 跨省, bus …), written at build time beside the names index
 * (names.ts) so that such a word needs one small file instead of Pagefind: the entries of the category the word names
 * and those whose names hold it, best first, as many as the box shows, and how many there are in all. Pagefind still
 * answers a category word typed with other words (廊下 公交), which needs the full text. Shared by the build and the
 * browser; imports nothing that pulls in the pack.
 */
import { CATEGORIES, categoryWords, type EntryClass, namedCategories } from './categories.ts';
import type { NameRecord } from './names.ts';
import { normalizeQuery } from './query.ts';

/** Entries kept for each word: the header box shows 8. */
export const CATEGORY_SHOWN = 8;

const HAN = /\p{Script=Han}/u;

/** The file of one category word: `search/names/<categoryFile(word)>.json`. */
export interface CategoryAnswer {
  /** Entries of the category or whose names hold the word, in all. */
  n: number;
  /** The first of them, best first. */
  r: NameRecord[];
}

/**
 * The category word a query is, when it is one word naming a category and nothing else, or the pinyin of one in
 * `spelled` (`gongjiao`, `dqfwzx` for 党群服务中心); undefined otherwise.
 */
export function categoryWord(query: string, spelled: Readonly<Record<string, string>> = {}): string | undefined {
  const q = normalizeQuery(query);
  if (!q) return undefined;
  if (!q.includes(' ') && namedCategories(q).length) return q;
  return /^[a-züv ]+$/.test(q) ? spelled[spelling(q)] : undefined;
}

/** Pinyin as the spellings are keyed: no spaces, ü as v. Not fuzzy: 路线 in fuzzy pinyin is 吕巷's `lvxiang`. */
const spelling = (pinyin: string) => pinyin.replaceAll(' ', '').replaceAll('ü', 'v');

/**
 * The pinyin a visitor may type for each Chinese category word, and the word: the whole pinyin of a word of 2
 * characters or more (gongjiao), the initials of one of 3 or more (dqfwzx). A single syllable (cun, zhen) is left to
 * the names it starts, and so are fuzzy spellings, which meet place names (路线 and 吕巷 are both `luxian`).
 * `syllables` reads a word aloud, at build time.
 */
export function spelledCategories(words: Iterable<string>, syllables: (word: string) => readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const word of words) {
    const chars = Array.from(word);
    const read = syllables(word);
    if (chars.length < 2 || !HAN.test(word) || read.length !== chars.length || read.some((s) => !s)) continue;
    out[spelling(read.join(''))] ??= word;
    if (chars.length >= 3) out[spelling(read.map((s) => s[0]).join(''))] ??= word;
  }
  return out;
}

/** File name of a word's answer: `c` and FNV-1a of the word in base 36, so that an address holds no Chinese. */
export function categoryFile(word: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return `c${(h >>> 0).toString(36)}`;
}

/** A record's names, folded: the title, the title in the other language, the other names. */
const namesOf = (r: NameRecord) => [r.t, r.e ?? '', ...(r.a ?? [])].map((n) => n.normalize('NFKC').toLowerCase());

/**
 * Whether one of the names holds the word: a Chinese word anywhere in it, a Latin one as a word of its own, plural
 * allowed (`bus` in "Buses cross the border", not in "Business District", nor in the pinyin `bushu` of 部署).
 */
function holder(word: string): (names: readonly string[]) => boolean {
  if (HAN.test(word)) return (names) => names.some((n) => n.includes(word));
  const plural = new RegExp(`^${word.replace(/[^a-z0-9-]/g, '')}(e?s)?$`);
  return (names) => names.some((n) => n.split(/[^a-z0-9-]+/).some((w) => plural.test(w)));
}

/**
 * The tiers of query.ts `tier` for a category word, cheaper: a title that is the word, an entry of the category, a
 * title that holds the word, another name that does.
 */
function rankOf(title: string, member: boolean, word: string, holds: (names: readonly string[]) => boolean): number {
  if (title === word) return 0;
  if (member) return 1;
  return holds([title]) ? 2 : 3;
}

interface Ranked {
  r: NameRecord;
  /** Of the category, not only named with its word. */
  member: boolean;
}

/**
 * The first CATEGORY_SHOWN of the ranked records, keeping the best member of each type among them: 跨省 lists its
 * border lines beside the many border sites that outrank them, while 村 lists villages, not a route through one.
 */
function shown(ranked: readonly Ranked[]): NameRecord[] {
  const keep = new Set<Ranked>();
  const types = new Set<string>();
  for (const x of ranked) if (x.member && !types.has(x.r.y) && types.add(x.r.y) && keep.size < CATEGORY_SHOWN) keep.add(x);
  for (const x of ranked) if (keep.size < CATEGORY_SHOWN) keep.add(x);
  return ranked.filter((x) => keep.has(x)).map((x) => x.r);
}

/**
 * The answer of every category word some entry answers, by word. `classes[n]` is what `records[n]` is. The order is
 * that of the box: a title that is the word, then the entries of the category, then titles that hold it, then other
 * names that do (query.ts `tier`), then shorter titles, then the order given.
 */
export function categoryAnswers(records: readonly NameRecord[], classes: readonly EntryClass[]): Map<string, CategoryAnswer> {
  const wordsOf = classes.map((c) => new Set(categoryWords(c)));
  const names = records.map(namesOf);
  const out = new Map<string, CategoryAnswer>();
  for (const word of new Set(CATEGORIES.flatMap((c) => c.words))) {
    const holds = holder(word);
    const ranked = records
      .map((r, n) => ({ r, n, member: wordsOf[n]?.has(word) ?? false }))
      .filter((x) => x.member || holds(names[x.n] ?? []))
      .map((x) => ({ ...x, tier: rankOf(names[x.n]?.[0] ?? '', x.member, word, holds), length: Array.from(x.r.t).length }))
      .sort((a, b) => a.tier - b.tier || a.length - b.length || a.n - b.n);
    if (ranked.length) out.set(word, { n: ranked.length, r: shown(ranked) });
  }
  const files = new Map<string, string>();
  for (const word of out.keys()) {
    const other = files.get(categoryFile(word));
    if (other) throw new Error(`category words ${other} and ${word} share the file ${categoryFile(word)}: change categoryFile`);
    files.set(categoryFile(word), word);
  }
  return out;
}
