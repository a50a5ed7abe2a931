/**
 * The names index of the header box: every entry's title, other names and their pinyin, cut into parts so that a
 * query downloads one small part instead of Pagefind's code, metadata and index (about 220 kB at 10,000 sites).
 * The box answers from it a query that a name holds (Chinese, pinyin, initials, fuzzy pinyin, English); other queries
 * (typos, words only in a text, a category word among words no name holds) go to Pagefind, and a category word alone
 * to its own file (category-names.ts).
 *
 * A record is filed under keys: each Chinese character of its names, and the first letters of the fuzzy pinyin
 * (fuzzy.ts) or Latin text from every place a typed query may start matching. A query has one key, which every
 * record it matches is filed under, so the one part that holds that key holds all its matches. Keys go to parts by a
 * hash. A key filed for very many records (村, 镇) is left out and listed as common, and longer keys made only of
 * common ones are filed instead (HAN_LEVELS, LATIN_LEVELS); a query with common keys at every level goes to Pagefind. Shared by the build, which files the records, and the browser, which matches them; imports nothing
 * that pulls in the pack or a pinyin dictionary.
 */
import { namedCategories } from './categories.ts';
import type { CategoryAnswer } from './category-names.ts';
import { fuzzyForm } from './fuzzy.ts';
import type { Hit } from './hit.ts';
import { normalizeQuery, tier } from './query.ts';

/** One entry, as the box lists it. */
export interface NameRecord {
  /** Collection. */
  y: string;
  /** Entry id: the page is `<y>/<i>/` in the part's language. */
  i: string;
  /** Title as the page shows it. */
  t: string;
  /** The line under the title. */
  s: string;
  /** One syllable per character of the Chinese title, '.' for other characters (Hit.pyt). */
  p: string;
  /** Title in the other language. */
  e?: string;
  /** Other names (`aliases`). */
  a?: string[];
  /** Pinyin keys of the other names, joined and as initials, space separated. */
  k?: string;
}

/**
 * What the box needs to choose the part of a query: `/search/names/index.json` of each language, fetched with the
 * version the page's settings carry (a few bytes on every page, where the list of common keys would be kilobytes).
 */
export interface NamesInfo {
  /** Number of parts of the language. */
  parts: number;
  /** Digest of the parts, asked for with them and this file so that no cache serves a part of an older build. */
  version: string;
  /** Keys left out for holding too many records. */
  common: string[];
  /** Category words answered by a file of their own (category-names.ts). */
  categories: string[];
  /** The exact pinyin of those that are Chinese, whole and as initials, and the word (category-names.ts `spelledCategories`). */
  spelled: Record<string, string>;
}

/**
 * Key lengths, level by level: Chinese characters, and Latin letters (`mingyue` and `mingyuan` share the key `mil`). A
 * query takes the first key of its own that is not common at the first level; when all its keys are, the longer keys
 * of the next level, which the build files only where all the shorter keys in them are common (平湖 when 平 and 湖
 * are). Latin queries shorter than the first level go to Pagefind.
 */
export const HAN_LEVELS = [1, 2, 3] as const;
export const LATIN_LEVELS = [3, 5, 7] as const;
/** A key filed for more records than this is common. */
export const COMMON_AT = 400;
/** Records (with repeats) a part should hold: at 10,000 sites about 57 kB raw, 7 kB with brotli at the median. */
export const PART_TARGET = 300;

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Names a record is found by, folded: the title, the title in the other language, the other names. */
function namesOf(r: NameRecord): string[] {
  return [r.t, r.e ?? '', ...(r.a ?? [])].filter(Boolean).map(fold);
}

/** latinStarts of each record met: a part's records are matched again at every keystroke. */
const startsOf = new WeakMap<NameRecord, string[]>();

/**
 * Fuzzy forms of the record from every place a Latin query may start: at each syllable of a run of Chinese characters,
 * joined and as initials, and at each word of its Latin names and pinyin keys, with what follows joined.
 */
export function latinStarts(r: NameRecord): string[] {
  let out = startsOf.get(r);
  if (!out) {
    out = startsFrom(r);
    startsOf.set(r, out);
  }
  return out;
}

function startsFrom(r: NameRecord): string[] {
  const out: string[] = [];
  const run: string[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      out.push(fuzzyForm(run.slice(i).join('')));
      out.push(
        fuzzyForm(
          run
            .slice(i)
            .map((s) => s[0] ?? '')
            .join(''),
        ),
      );
    }
    run.length = 0;
  };
  for (const s of r.p.split(' ')) {
    if (s && s !== '.') run.push(s);
    else flush();
  }
  flush();
  for (const text of [...namesOf(r), r.k ?? '']) {
    const words = text.split(/[^a-z0-9ü]+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) out.push(fuzzyForm(words.slice(i).join('')));
  }
  return out;
}

/** Every stretch of `n` Chinese characters in the texts. */
function hanGrams(texts: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (const text of texts)
    for (const run of text.match(HAN_RUN) ?? []) {
      const chars = Array.from(run);
      for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
    }
  return out;
}

/** Whether every shorter key within a key of `level` is common at the level before: only then is it filed. */
function needed(key: string, level: number, common: ReadonlySet<string>): boolean {
  if (level === 0) return true;
  if (HAN.test(key)) return hanGrams([key], HAN_LEVELS[level - 1] ?? 1).every((g) => common.has(g));
  return common.has(key.slice(0, LATIN_LEVELS[level - 1]));
}

/** The keys of `level` a record is filed under, given the keys found common at the levels before. */
export function recordKeys(r: NameRecord, level = 0, common: ReadonlySet<string> = new Set()): Set<string> {
  const keys = new Set<string>();
  const n = HAN_LEVELS[level];
  const letters = LATIN_LEVELS[level];
  if (n === undefined || letters === undefined) return keys;
  for (const g of hanGrams(namesOf(r), n)) if (needed(g, level, common)) keys.add(g);
  for (const s of latinStarts(r)) if (s.length >= letters && needed(s.slice(0, letters), level, common)) keys.add(s.slice(0, letters));
  return keys;
}

export type NamesQuery = { han: true; key: string; words: string[] } | { han: false; key: string; typed: string };

/**
 * How the names index answers a query, or undefined when it does not: no query, a word naming a category alone (公交:
 * its entries are found by type, not name), a Latin query shorter than a key, or only common keys at every level. A
 * category word among others is a name's word too (Langxia Country Park); when no name holds them all (廊下 公交),
 * the box asks Pagefind.
 */
export function namesQuery(query: string, common: readonly string[] = []): NamesQuery | undefined {
  const q = normalizeQuery(query);
  if (!q || (!q.includes(' ') && namedCategories(q).length)) return undefined;
  const isCommon = new Set(common);
  if (HAN.test(q)) {
    const words = q.split(' ');
    for (const n of HAN_LEVELS) {
      const key = hanGrams(words, n).find((g) => !isCommon.has(g));
      if (key) return { han: true, key, words };
    }
    return undefined;
  }
  const typed = fuzzyForm(q.replace(/[^a-z0-9ü]/g, ''));
  for (const letters of LATIN_LEVELS) {
    const key = typed.slice(0, letters);
    if (key.length < letters) return undefined;
    if (!isCommon.has(key)) return { han: false, key, typed };
  }
  return undefined;
}

/** Whether one of the record's names holds every word of a Chinese query, or one of its starts the Latin one. */
export function matchesName(r: NameRecord, nq: NamesQuery): boolean {
  if (nq.han) return namesOf(r).some((n) => nq.words.every((w) => n.includes(w)));
  return latinStarts(r).some((s) => s.startsWith(nq.typed));
}

/** Part of a key: FNV-1a of its UTF-16 code units. */
export function partOf(key: string, parts: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % parts;
}

export interface NamesIndex {
  info: NamesInfo;
  /** The records of each part, in the order given. */
  parts: NameRecord[][];
  /** The answer of each category word (category-names.ts). */
  categories: Map<string, CategoryAnswer>;
}

/**
 * Files the records of one language into parts, beside the answers of the category words; `digest` turns their text
 * into the version.
 */
export function namesIndex(
  records: readonly NameRecord[],
  digest: (text: string) => string,
  categories: Map<string, CategoryAnswer> = new Map(),
  spelled: Record<string, string> = {},
): NamesIndex {
  const common = new Set<string>();
  const filed = new Map<string, number[]>();
  for (let level = 0; level < HAN_LEVELS.length; level++) {
    const byKey = new Map<string, number[]>();
    records.forEach((r, n) => {
      for (const key of recordKeys(r, level, common)) {
        const list = byKey.get(key);
        if (list) list.push(n);
        else byKey.set(key, [n]);
      }
    });
    for (const [key, list] of byKey) {
      if (list.length > COMMON_AT) common.add(key);
      else filed.set(key, list);
    }
  }
  const total = [...filed.values()].reduce((n, list) => n + list.length, 0);
  const count = Math.max(1, Math.ceil(total / PART_TARGET));
  const members = Array.from({ length: count }, () => new Set<number>());
  for (const [key, list] of filed) {
    const part = members[partOf(key, count)];
    for (const n of list) part?.add(n);
  }
  const parts = members.map((set) => [...set].sort((a, b) => a - b).map((n) => records[n] as NameRecord));
  const words = [...categories.keys()].sort();
  const version = digest(JSON.stringify([parts, words.map((w) => categories.get(w)), spelled]));
  return { info: { parts: count, version, common: [...common].sort(), categories: words, spelled }, parts, categories };
}

/** A matched record as the box shows it; `href` makes its page's address. */
export function nameHit(r: NameRecord, href: (path: string) => string): Hit {
  return { url: href(`${r.y}/${r.i}/`), title: r.t, sub: r.s, type: r.y, excerpt: '', pyt: r.p, ...(r.e ? { en: r.e } : {}), cat: '' };
}

/** Whether the match starts at the name's beginning (山塘 in 山塘村 rather than in 明月山塘). */
function startsName(r: NameRecord, nq: NamesQuery): boolean {
  if (nq.han) return namesOf(r).some((n) => n.startsWith(nq.words[0] ?? ''));
  const starts = latinStarts(r);
  return (starts[0] ?? '').startsWith(nq.typed) || (starts[1] ?? '').startsWith(nq.typed);
}

/**
 * The records of a part that match, best first: by how well the title answers (query.ts `tier`), then names that
 * start with the query, then shorter titles, then the order of the part.
 */
export function rankNames(records: readonly NameRecord[], query: string, nq: NamesQuery, href: (path: string) => string): Hit[] {
  return records
    .filter((r) => matchesName(r, nq))
    .map((r, n) => {
      const hit = nameHit(r, href);
      return { hit, n, start: startsName(r, nq) ? 0 : 1, tier: tier(hit, query) };
    })
    .sort((a, b) => a.tier - b.tier || a.start - b.start || Array.from(a.hit.title).length - Array.from(b.hit.title).length || a.n - b.n)
    .map((x) => x.hit);
}
