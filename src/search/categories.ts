/**
 * Words that name a type or kind of entry (公交, 村, 跨省, bus …). A visitor who types one means the entries of
 * that type, not texts that mention the word: the build writes the words of every category an entry belongs to
 * into its `cat` field (weighted above body text), results that answer to the word typed come first, the header box
 * lists the named type's group first, and the search page offers the matching filter. Shared by the build and the
 * browser; imports nothing but names.
 */
import type { FilterName } from './fields.ts';

export interface Category {
  /** The type (collection) the words name, if any. */
  type?: string;
  /** The site kind they name, if any. */
  kind?: string;
  /** Sites and bus lines that cross a provincial border. */
  cross?: true;
  /** Words, each one token as typed (Chinese, or an English word in lower case). */
  words: readonly string[];
}

export const CATEGORIES: readonly Category[] = [
  { type: 'transit', words: ['公交', '公交线路', '公交车', '公交专线', '巴士', '班车', 'bus', 'buses'] },
  { type: 'routes', words: ['线路', '路线', '参观线路', '游线', '行程', 'route', 'routes', 'itinerary', 'tour'] },
  { type: 'belts', words: ['示范带', '色带', 'belt', 'belts'] },
  { type: 'partnerships', words: ['合作', '联盟', '联建', '共建', 'partnership', 'partnerships', 'alliance', 'cooperation'] },
  { type: 'stories', words: ['大事记', '故事', 'story', 'stories'] },
  { type: 'people', words: ['人物', '红色人物', 'person', 'people'] },
  { kind: 'red-heritage', words: ['红色', '革命旧址', '旧址', '红色教育'] },
  { kind: 'party-branch', words: ['党支部', '支部', '联合党支部', '党组织'] },
  { kind: 'service-centre', words: ['党群服务中心', '服务中心'] },
  { kind: 'demonstration', words: ['示范点', '党建示范点'] },
  { kind: 'town', words: ['镇', '乡镇', '街道', 'town', 'towns'] },
  { kind: 'village', words: ['村', '村庄', '社区', 'village', 'villages'] },
  { kind: 'park', words: ['公园', '景区', '郊野公园', 'park', 'parks'] },
  { kind: 'industry', words: ['产业园', '园区', '工业区', '科技城', 'industry'] },
  { kind: 'culture', words: ['老街', '展览馆', '文化', 'culture'] },
  { cross: true, words: ['跨省', '省界', '跨界', '交界', '边界', 'cross-border', 'border'] },
];

/** What an entry is, as far as the categories go. */
export interface EntryClass {
  type: string;
  kind?: string;
  /** It lies across, or runs across, a provincial border. */
  cross: boolean;
}

export function categoriesOf(entry: EntryClass): Category[] {
  return CATEGORIES.filter((c) => (c.type ? c.type === entry.type : c.kind ? c.kind === entry.kind : entry.cross));
}

/** The `cat` field of an entry: the words of every category it belongs to. */
export function categoryWords(entry: EntryClass): string[] {
  return [...new Set(categoriesOf(entry).flatMap((c) => c.words))];
}

export interface NamedCategory {
  /** The word of the query that names it. */
  word: string;
  category: Category;
}

/** The categories the words of a query name (`廊下 公交` → transit), first word first; words as normalizeQuery leaves them. */
export function namedCategories(normalized: string): NamedCategory[] {
  const out: NamedCategory[] = [];
  for (const word of normalized.split(' ').filter(Boolean)) {
    for (const category of CATEGORIES) if (category.words.includes(word)) out.push({ word, category });
  }
  return out;
}

/** The filter the search page offers for a query that names a type or a site kind, if it names exactly one. */
export function suggestedFilter(normalized: string): { name: FilterName; value: string; word: string } | undefined {
  const named = namedCategories(normalized).filter((n) => n.category.type || n.category.kind);
  const first = named[0];
  if (!first || named.length > 1) return undefined;
  return first.category.type
    ? { name: 'type', value: first.category.type, word: first.word }
    : { name: 'kind', value: first.category.kind ?? '', word: first.word };
}
