/**
 * The names index of the header box: every entry's title, other names and their pinyin, cut into parts so that a
 * query downloads one small part instead of Pagefind's code, metadata and index (about 220 kB at 10,000 sites).
 * The box answers from it a query that a name holds (Chinese, pinyin, initials, fuzzy pinyin, English); other queries
 * (category words, typos, words only in a text) go to Pagefind as before.
 *
 * A record is filed under keys: each Chinese character of its names, and the first letters of the fuzzy pinyin
 * (fuzzy.ts) or Latin text from every place a typed query may start matching. A query has one key, which every
 * record it matches is filed under, so the one part that holds that key holds all its matches. Keys go to parts by a
 * hash. A key filed for very many records (村, 镇) is left out and listed as common: a query that has only common keys
 * goes to Pagefind. Shared by the build, which files the records, and the browser, which matches them; imports nothing
 * that pulls in the pack or a pinyin dictionary.
 */
import { namedCategories } from './categories.ts';
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

/** What the box needs to fetch the part of a query: written into its settings on every page. */
export interface NamesInfo {
  /** Number of parts of the page's language. */
  parts: number;
  /** Digest of the parts, asked for with them so that no cache serves a part of an older build. */
  version: string;
  /** Keys left out for holding too many records. */
  common: string[];
}

/** Letters of a Latin key: `mingyue` and `mingyuan` share the part of `milg`. Shorter queries go to Pagefind. */
export const LATIN_KEY = 4;
/** A key filed for more records than this is common. */
export const COMMON_AT = 400;
/** Records (with repeats) a part should hold, about 40 kB raw and 8 kB with brotli. */
export const PART_TARGET = 300;

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Names a record is found by, folded: the title, the title in the other language, the other names. */
function namesOf(r: NameRecord): string[] {
  return [r.t, r.e ?? '', ...(r.a ?? [])].filter(Boolean).map(fold);
}

/**
 * Fuzzy forms of the record from every place a Latin query may start: at each syllable of a run of Chinese characters,
 * joined and as initials, and at each word of its Latin names and pinyin keys, with what follows joined.
 */
export function latinStarts(r: NameRecord): string[] {
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

/** The keys a record is filed under. */
export function recordKeys(r: NameRecord): Set<string> {
  const keys = new Set<string>();
  for (const name of namesOf(r)) for (const ch of name.match(HAN_ALL) ?? []) keys.add(ch);
  for (const s of latinStarts(r)) if (s.length >= LATIN_KEY) keys.add(s.slice(0, LATIN_KEY));
  return keys;
}

export type NamesQuery = { han: true; key: string; words: string[] } | { han: false; key: string; typed: string };

/**
 * How the names index answers a query, or undefined when it does not: no query, a word naming a category (公交: its
 * entries are found by type, not name), a Latin query shorter than a key, or only common keys.
 */
export function namesQuery(query: string, common: readonly string[] = []): NamesQuery | undefined {
  const q = normalizeQuery(query);
  if (!q || namedCategories(q).length) return undefined;
  if (HAN.test(q)) {
    const key = (q.match(HAN_ALL) ?? []).find((c) => !common.includes(c));
    return key ? { han: true, key, words: q.split(' ') } : undefined;
  }
  const typed = fuzzyForm(q.replace(/[^a-z0-9ü]/g, ''));
  const key = typed.slice(0, LATIN_KEY);
  return key.length === LATIN_KEY && !common.includes(key) ? { han: false, key, typed } : undefined;
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
}

/** Files the records of one language into parts; `digest` turns the parts' text into the version. */
export function namesIndex(records: readonly NameRecord[], digest: (text: string) => string): NamesIndex {
  const byKey = new Map<string, number[]>();
  records.forEach((r, n) => {
    for (const key of recordKeys(r)) {
      const list = byKey.get(key);
      if (list) list.push(n);
      else byKey.set(key, [n]);
    }
  });
  const common = [...byKey].filter(([, list]) => list.length > COMMON_AT).map(([key]) => key);
  for (const key of common) byKey.delete(key);
  const filed = [...byKey.values()].reduce((n, list) => n + list.length, 0);
  const count = Math.max(1, Math.ceil(filed / PART_TARGET));
  const members = Array.from({ length: count }, () => new Set<number>());
  for (const [key, list] of byKey) {
    const part = members[partOf(key, count)];
    for (const n of list) part?.add(n);
  }
  const parts = members.map((set) => [...set].sort((a, b) => a - b).map((n) => records[n] as NameRecord));
  return { info: { parts: count, version: digest(JSON.stringify(parts)), common: common.sort() }, parts };
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
    .map((r, n) => ({ hit: nameHit(r, href), n, start: startsName(r, nq) ? 0 : 1 }))
    .map((x) => ({ ...x, tier: tier(x.hit, query) }))
    .sort((a, b) => a.tier - b.tier || a.start - b.start || Array.from(a.hit.title).length - Array.from(b.hit.title).length || a.n - b.n)
    .map((x) => x.hit);
}
