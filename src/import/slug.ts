/**
 * Entry ids from Chinese names, the way the pack's hand-written ids look: the name in pinyin, with the
 * generic words at its end split off (山塘村 → shantang-cun, 廊下郊野公园 → langxia-jiaoye-gongyuan).
 * The same name always gives the same id, so re-importing a sheet finds the entries it made before.
 */
import { pinyin } from 'pinyin-pro';
import { ID_PATTERN, type Region } from '../pack/schemas.ts';

/** Generic words split off the end of a name, longest first. */
const SUFFIXES = [
  '党支部',
  '纪念馆',
  '展览馆',
  '博物馆',
  '服务站',
  '产业园',
  '科技城',
  '工业区',
  '示范点',
  '示范路',
  '示范带',
  '街道',
  '社区',
  '公园',
  '郊野',
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
  '村',
  '镇',
  '乡',
  '县',
  '区',
  '市',
  '省',
  '路',
];

const HAN = /\p{Script=Han}/u;
const MAX_LENGTH = 60;

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

/** The id a name gives, or undefined when nothing of it can be written in ASCII. */
export function slugify(name: string): string | undefined {
  let rest = name.normalize('NFKC').trim();
  const tail: string[] = [];
  // Split generic words only while a real name (two characters or more) stays in front of them.
  for (;;) {
    const suffix = SUFFIXES.find((s) => rest.endsWith(s) && [...rest.slice(0, -s.length)].filter((c) => HAN.test(c)).length >= 2);
    if (!suffix) break;
    tail.unshift(suffix);
    rest = rest.slice(0, -suffix.length).trim();
  }
  let id = tidy([rest, ...tail].map(wordSlug).join('-'));
  if (id.length > MAX_LENGTH) id = id.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '');
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
