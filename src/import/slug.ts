/**
 * Entry ids from Chinese names, the way the pack's hand-written ids look: the name in pinyin, with the
 * generic words at its end split off (山塘村 → shantang-cun, 廊下郊野公园 → langxia-jiaoye-gongyuan).
 * The same name always gives the same id, so re-importing a sheet finds the entries it made before.
 */
import { pinyin } from 'pinyin-pro';
import { ID_PATTERN, type Region } from '../pack/schemas.ts';

/**
 * Generic words, each spelled as one word (博物馆 → bowuguan, 线路 → xianlu, never xian-lu): split off where they
 * follow a real name (two characters or more), at the end of the name or inside it (平湖市博物馆 → pinghu-shi-bowuguan).
 */
const GENERIC = [
  '爱国主义教育基地',
  '党群服务中心',
  '森林公园',
  '郊野公园',
  '烈士陵园',
  '教育基地',
  '党支部',
  '纪念馆',
  '纪念碑',
  '陈列馆',
  '展览馆',
  '博物馆',
  '图书馆',
  '美术馆',
  '文化馆',
  '体育馆',
  '服务站',
  '产业园',
  '科技城',
  '工业区',
  '示范点',
  '示范路',
  '示范带',
  '村委会',
  '居委会',
  '委员会',
  '风景区',
  '湿地',
  '线路',
  '路线',
  '国家',
  '驿站',
  '街道',
  '社区',
  '公园',
  '景区',
  '旧址',
  '遗址',
  '支部',
  '党委',
  '联合',
  '党群',
  '服务',
  '中心',
  '园区',
  '老街',
  '学院',
  '基地',
  '广场',
  '礼堂',
  '陵园',
  '村',
  '镇',
  '乡',
  '县',
  '区',
  '市',
  '省',
  '路',
].sort((a, b) => b.length - a.length);
/** Compound generic words spelled as their parts: 郊野公园 → jiaoye-gongyuan. */
const PARTS: Record<string, string[]> = {
  爱国主义教育基地: ['爱国主义', '教育', '基地'],
  党群服务中心: ['党群', '服务', '中心'],
  森林公园: ['森林', '公园'],
  郊野公园: ['郊野', '公园'],
  烈士陵园: ['烈士', '陵园'],
  教育基地: ['教育', '基地'],
};

const HAN = /\p{Script=Han}/u;
const hanCount = (s: string) => [...s].filter((c) => HAN.test(c)).length;
/** Ids stay short enough to read and type: about 40 characters, cut only between words. */
const MAX_LENGTH = 40;

/** Pinyin for Han runs, ASCII words for the rest (accents dropped: Ō → o), joined by hyphens. */
function wordSlug(text: string): string {
  const runs = text.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
  return runs
    .map((run) =>
      HAN.test(run)
        ? pinyin(run, { toneType: 'none', type: 'array', v: true }).join('')
        : run
            .normalize('NFKD')
            .replace(/\p{M}/gu, '')
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-'),
    )
    .join('-');
}

function tidy(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The name as words: runs of the name itself, and the generic words between and after them. */
export function nameWords(name: string): string[] {
  const text = name.normalize('NFKC').trim();
  const words: string[] = [];
  let run = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; ) {
    const rest = chars.slice(i).join('');
    const named = hanCount(run) >= 2 || words.length > 0;
    const word = named
      ? GENERIC.find((g) => {
          if (!rest.startsWith(g)) return false;
          // A one-character word inside a name splits only before more name (平湖市|图书馆), not inside one (农贸市场).
          const after = rest.slice(g.length);
          return [...g].length > 1 || after === '' || hanCount(after) >= 2 || GENERIC.some((x) => after.startsWith(x));
        })
      : undefined;
    if (word) {
      if (run.trim()) words.push(run.trim());
      run = '';
      words.push(...(PARTS[word] ?? [word]));
      i += [...word].length;
    } else {
      run += chars[i];
      i++;
    }
  }
  if (run.trim()) words.push(run.trim());
  return words;
}

/** The id a name gives, or undefined when nothing of it can be written in ASCII. */
export function slugify(name: string): string | undefined {
  const parts = nameWords(name)
    .map((w) => tidy(wordSlug(w)))
    .filter(Boolean);
  let id = '';
  for (const part of parts) {
    const next = id ? `${id}-${part}` : part;
    if (next.length > MAX_LENGTH && id) break;
    id = next;
  }
  if (id.length > MAX_LENGTH) id = id.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '') || id.slice(0, MAX_LENGTH);
  id = tidy(id);
  return id && ID_PATTERN.test(id) ? id : undefined;
}

/** The most local named level of a region, without its generic word: 广陈镇 → guangchen. */
export function regionSlug(region: Region | undefined): string | undefined {
  const name = region?.town ?? region?.county ?? region?.city ?? region?.province;
  if (!name) return undefined;
  return slugify(name.replace(/(街道|镇|乡|区|县|市|省)$/, '') || name);
}

/**
 * A free id near `base`: first with the region (two 山塘村 become shantang-cun and shantang-cun-langxia),
 * then numbered. `taken` holds every id of the collection, in the pack and in this import.
 */
export function freeId(base: string, taken: ReadonlySet<string>, region?: Region): string {
  if (!taken.has(base)) return base;
  const place = regionSlug(region);
  if (place && !base.endsWith(`-${place}`) && !taken.has(`${base}-${place}`)) return `${base}-${place}`;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
