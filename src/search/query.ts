/**
 * Pure helpers of the search UI in the browser: query normalisation, highlighting, excerpts,
 * the search address (`/search/?q=…&type=…`) and fallbacks when nothing matches. No DOM, no imports beyond names.
 */
import { type Locale, pagePath, sitePath } from '../site/paths.ts';
import { namedCategories } from './categories.ts';
import { FILTERS, type Filters } from './fields.ts';
import { fuzzyForm } from './fuzzy.ts';

export interface Part {
  text: string;
  mark: boolean;
}

const HAN = /\p{Script=Han}/u;
const LATIN_PINYIN = /^[a-zü'’\s1-5]+$/;

/** The query Pagefind should run: full-width letters folded, lowercase, pinyin tone numbers and syllable apostrophes dropped (shan1tang2, xi'an). */
export function normalizeQuery(q: string): string {
  let s = q.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (LATIN_PINYIN.test(s)) s = s.replace(/(?<=[a-zü])[1-5]/g, '').replace(/['’]/g, '');
  return s;
}

function emptyMarks(n: number): boolean[] {
  return Array.from({ length: n }, () => false);
}

function toParts(chars: readonly string[], marks: readonly boolean[]): Part[] {
  const parts: Part[] = [];
  chars.forEach((c, i) => {
    const mark = marks[i] ?? false;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += c;
    else parts.push({ text: c, mark });
  });
  return parts;
}

function markSubstring(chars: readonly string[], marks: boolean[], term: string): boolean {
  const needle = Array.from(term);
  const hay = chars.map((c) => c.toLowerCase());
  let found = false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((c, k) => hay[i + k] === c)) {
      for (let k = 0; k < needle.length; k++) marks[i + k] = true;
      found = true;
    }
  }
  return found;
}

/** Marks the first stretch of syllables whose pinyin (joined, the last one possibly cut short) or initials spell `term`. */
function markPinyin(syllables: readonly string[], marks: boolean[], term: string): boolean {
  for (const initialsOnly of [false, true]) {
    for (let i = 0; i < syllables.length; i++) {
      let acc = '';
      for (let j = i; j < syllables.length && syllables[j]; j++) {
        acc += initialsOnly ? (syllables[j] ?? '')[0] : syllables[j];
        if (acc.startsWith(term) || acc.replaceAll('v', 'u').startsWith(term)) {
          for (let k = i; k <= j; k++) marks[k] = true;
          return true;
        }
        if (!term.startsWith(acc) && !term.startsWith(acc.replaceAll('v', 'u'))) break;
      }
    }
  }
  return false;
}

/**
 * The parts of a title to show marked for a query: Chinese words where they occur, a pinyin word or
 * initials over the characters they spell (`pyt` holds one syllable per character, '.' for others), Latin words as typed.
 */
export function highlight(text: string, query: string, pyt = ''): Part[] {
  const chars = Array.from(text);
  const marks = emptyMarks(chars.length);
  const syllables = pyt ? pyt.split(' ').map((s) => (s === '.' ? '' : s)) : [];
  const aligned = syllables.length === chars.length;
  for (const term of normalizeQuery(query).split(' ').filter(Boolean)) {
    if (markSubstring(chars, marks, term)) continue;
    if (HAN.test(term)) {
      // A longer Chinese query than the title holds: mark the two-character words of it that the title has.
      const t = Array.from(term);
      for (let i = 0; i + 1 < t.length; i++) markSubstring(chars, marks, `${t[i]}${t[i + 1]}`);
    } else if (aligned && term.length >= 2 && /^[a-zü]+$/.test(term)) {
      markPinyin(syllables, marks, term.replaceAll('ü', 'v'));
    }
  }
  return toParts(chars, marks);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Pagefind's excerpt (escaped text with <mark> around matches) as plain parts: no HTML from the index reaches the page. */
export function excerptParts(excerpt: string): Part[] {
  const parts: Part[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push({ text: decodeEntities(piece.replace(/<[^>]*>/g, '')), mark });
  }
  return parts;
}

/** Characters between a page's title, its title in the other language and its summary, as Pagefind joins them. */
const BETWEEN = /^[\s.。·,，:：]+/u;

/**
 * How many characters of `text` from `at` are the title, or the end of it when `tail` (an excerpt's window may start
 * inside the title), followed by a separator or nothing; 0 when they are not.
 */
function titleAt(text: string, at: number, title: string, tail: boolean): number {
  for (let i = 0; i < (tail ? title.length : 1); i++) {
    const end = at + title.length - i;
    if (text.startsWith(title.slice(i), at) && (end === text.length || BETWEEN.test(text.slice(end)))) return title.length - i;
  }
  return 0;
}

/**
 * An excerpt without the titles it starts with. A page's text starts with its title and its title in the other
 * language, which the result shows above the excerpt already, so an excerpt of a match in the title would say it
 * twice (山塘村（平湖市广陈镇） Shantang Village, Guangchen…). What follows is kept as it was, marks included, without
 * the punctuation it may start with; an excerpt that is only its titles is left out.
 */
export function withoutTitles(parts: readonly Part[], titles: readonly (string | undefined)[]): Part[] {
  let text = parts.map((p) => p.text).join('');
  let cut = 0;
  const left = titles.filter((t): t is string => Boolean(t));
  for (;;) {
    const lead = BETWEEN.exec(text)?.[0].length ?? 0;
    const found = left.map((t, i) => ({ i, n: titleAt(text, lead, t, cut === 0) })).find((f) => f.n > 0);
    if (!found) break;
    left.splice(found.i, 1);
    cut += lead + found.n;
    text = text.slice(lead + found.n);
  }
  // A window may also start on the punctuation that ends a sentence.
  cut += BETWEEN.exec(text)?.[0].length ?? 0;
  if (!cut) return [...parts];
  const whole = parts.map((p) => p.text).join('');
  return sliceParts(parts, Array.from(whole.slice(0, cut)).length);
}

/** The characters (code points) from `start` to `end` of the parts, each piece keeping its mark. */
function sliceParts(parts: readonly Part[], start: number, end = Number.POSITIVE_INFINITY): Part[] {
  const out: Part[] = [];
  let at = 0;
  for (const p of parts) {
    const chars = Array.from(p.text);
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, chars.length);
    if (to > from) out.push({ text: chars.slice(from, to).join(''), mark: p.mark });
    at += chars.length;
  }
  return out;
}

/** Characters an excerpt shows at most: Pagefind counts words, and a run of Chinese in an English index is one word. */
export const EXCERPT_CHARS = 90;

/**
 * At most `max` characters of an excerpt, from a little before its first mark, with "…" where text was cut. On /en/,
 * Pagefind's 24 words of a Chinese text can be the whole page.
 */
export function clipExcerpt(parts: readonly Part[], max = EXCERPT_CHARS): Part[] {
  const total = parts.reduce((n, p) => n + Array.from(p.text).length, 0);
  if (total <= max) return [...parts];
  let before = 0;
  for (const p of parts) {
    if (p.mark) break;
    before += Array.from(p.text).length;
  }
  const start = before >= total ? 0 : Math.max(0, Math.min(before - Math.floor(max / 6), total - max));
  const end = start + max;
  const out = sliceParts(parts, start, end);
  if (start > 0) out.unshift({ text: '…', mark: false });
  if (end < total) out.push({ text: '…', mark: false });
  return out;
}

export interface SearchState {
  q: string;
  filters: Filters;
}

export function emptyFilters(): Filters {
  return Object.fromEntries(FILTERS.map((f) => [f, []])) as unknown as Filters;
}

/** Reads `?q=山塘&type=sites&region=平湖市` (the search form's own GET format). */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const f of FILTERS) filters[f] = [...new Set(params.getAll(f).filter(Boolean))];
  return { q: params.get('q')?.trim() ?? '', filters };
}

export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FILTERS) for (const v of state.filters[f]) params.append(f, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function hasFilters(filters: Filters): boolean {
  return FILTERS.some((f) => filters[f].length > 0);
}

/** Pagefind filter object: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(filters: Filters): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const f of FILTERS) if (filters[f].length) out[f] = { any: filters[f] };
  return out;
}

/** Queries to try when one finds nothing: each word alone, then the query cut shorter from the end (山塘公园x → 山塘公园, mysd → mys). */
export function relaxedQueries(query: string, max = 6): string[] {
  const terms = normalizeQuery(query).split(' ').filter(Boolean);
  const out: string[] = [];
  if (terms.length > 1) out.push(...[...terms].sort((a, b) => b.length - a.length));
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const chars = Array.from(term);
    const min = HAN.test(term) ? 1 : 2;
    for (let n = chars.length - 1; n >= min; n--) out.push(chars.slice(0, n).join(''));
  }
  return [...new Set(out)].filter((q) => q !== terms.join(' ')).slice(0, max);
}

/** The syllables of the first run of Chinese characters in a title, from its `pyt` ('.' marks other characters). */
function firstRun(pyt: string): string[] {
  const run: string[] = [];
  for (const s of pyt.split(' ')) {
    if (s && s !== '.') run.push(s);
    else if (run.length) break;
  }
  return run;
}

/**
 * Whether the query is a whole title as a reader would type it: the title (with or without its bracketed note),
 * its English title, or the pinyin or initials of its name (山塘村（金山区廊下镇） → 山塘村, shantangcun, stc).
 */
export function isExactTitle(query: string, hit: { title: string; en?: string; pyt: string }): boolean {
  const q = normalizeQuery(query);
  const title = hit.title.normalize('NFKC').toLowerCase();
  const bare = title.replace(/[（(][^）)]*[）)]/g, '').trim();
  if (q === title || q === bare || q === hit.en?.normalize('NFKC').toLowerCase()) return true;
  const run = firstRun(hit.pyt);
  if (run.length < 2) return false;
  const typed = q.replace(/\s+/g, '').replaceAll('ü', 'v');
  const forms = [run.join(''), run.map((s) => s[0]).join('')];
  // Fuzzy pinyin counts too: mingyue santang is the name 明月山塘 said with s for sh.
  return forms.some((f) => f === typed || f.replaceAll('v', 'u') === typed || (/^[a-zü]+$/.test(typed) && fuzzyForm(f) === fuzzyForm(typed)));
}

interface Rankable {
  title: string;
  en?: string;
  pyt: string;
  cat?: string;
}

/**
 * How well a hit answers the query, 0 best: a whole-title match; an entry of the type or kind the query names
 * (公交 → the bus lines); a title that holds the query — the Chinese words typed (毗邻 → 毗邻党建…), its pinyin or
 * initials, also in fuzzy pinyin (`lanxia` → 廊下镇), or the English typed; the rest.
 */
export function tier(hit: Rankable, query: string): number {
  if (isExactTitle(query, hit)) return 0;
  const q = normalizeQuery(query);
  const cat = new Set((hit.cat ?? '').split(' '));
  if (namedCategories(q).some((n) => cat.has(n.word))) return 1;
  return titleHolds(hit, q) ? 2 : 3;
}

function titleHolds(hit: Rankable, q: string): boolean {
  const words = q.split(' ').filter(Boolean);
  const han = words.filter((w) => HAN.test(w));
  const title = hit.title.normalize('NFKC').toLowerCase();
  if (han.length) return han.every((w) => title.includes(w));
  if (hit.en?.normalize('NFKC').toLowerCase().includes(q) || title.includes(q)) return true;
  const typed = q.replaceAll(' ', '');
  if (!/^[a-zü]{2,}$/.test(typed)) return false;
  const syllables = hit.pyt.split(' ').map((s) => (s === '.' ? ' ' : s));
  const joined = fuzzyForm(syllables.join(''));
  const initials = fuzzyForm(syllables.map((s) => s[0] ?? '').join(''));
  const t = fuzzyForm(typed);
  return joined.includes(t) || initials.includes(t);
}

/**
 * A single word in Latin letters (pinyin or initials, 3 letters or more) that no title shown answers: the visitor may
 * have typed a letter too many or a wrong one (`mysd` for myst), so the closest matches are offered first.
 */
export function needsLatinRetry(query: string, hits: readonly Rankable[]): boolean {
  const q = normalizeQuery(query);
  return /^[a-zü]{3,}$/.test(q) && !hits.some((h) => tier(h, q) <= 2);
}

/** Orders hits by tier, keeping Pagefind's order within one (it scores a title that merely starts with the query like a whole one). */
export function rerank<T extends Rankable>(hits: readonly T[], query: string): T[] {
  return hits
    .map((h, i) => ({ h, i, t: tier(h, query) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.h);
}

/**
 * Results of the typed query and of its fuzzy-pinyin form together, best score first; a fuzzy match counts
 * `weight` of its score, so that what was typed exactly wins a tie. Each result once, with its better score.
 */
export function mergeResults<T extends { id: string; score: number }>(exact: readonly T[], fuzzy: readonly T[], weight = 0.95): T[] {
  const best = new Map<string, { r: T; score: number }>();
  for (const [list, w] of [
    [exact, 1],
    [fuzzy, weight],
  ] as const) {
    for (const r of list) {
      const score = r.score * w;
      const seen = best.get(r.id);
      if (!seen || score > seen.score) best.set(r.id, { r: seen?.r ?? r, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score).map((x) => x.r);
}

/**
 * Items grouped by type. The group of `first` (the type the query names) leads; then the groups with more items that
 * `answer` the query (their titles hold it), then in the order their best item ranks. For 山塘 the three 山塘 sites
 * lead the one route named 明月山塘一日, which ranks first but brings with it routes that only mention 山塘.
 */
export function groupByType<T extends { type: string }>(
  items: readonly T[],
  first?: string,
  answers: (item: T) => boolean = () => false,
): { type: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.type);
    if (list) list.push(item);
    else groups.set(item.type, [item]);
  }
  const ranked = [...groups].map(([type, list]) => ({ type, items: list, strength: type === first ? Number.POSITIVE_INFINITY : list.filter(answers).length }));
  // Array.prototype.sort is stable: groups of equal strength keep the order of their best item.
  return ranked.sort((a, b) => b.strength - a.strength).map(({ type, items: list }) => ({ type, items: list }));
}

/** The site id in a result address (/sites/<id>/), if it is a site. */
export function siteIdOf(url: string): string | undefined {
  return /^\/sites\/([a-z0-9-]+)\/?$/.exec(pagePath(new URL(url, 'http://x').pathname))?.[1];
}

/** The map page showing the given sites. */
export function mapHref(siteIds: readonly string[], locale?: Locale): string {
  return `${sitePath('map/', locale)}?sites=${siteIds.join(',')}`;
}

/** Fills `{name}` placeholders of a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
