import { describe, expect, it } from 'vitest';
import type { EntryClass } from './categories.ts';
import { CATEGORY_SHOWN, categoryAnswers, categoryFile, categoryWord, spelledCategories } from './category-names.ts';
import type { NameRecord } from './names.ts';
import { alignedSyllables } from './pinyin.ts';

const record = (y: string, i: string, t: string, e?: string): NameRecord => ({
  y,
  i,
  t,
  s: '',
  p: alignedSyllables(t)
    .map((s) => s || '.')
    .join(' '),
  ...(e ? { e } : {}),
});

const ENTRIES: [NameRecord, EntryClass][] = [
  [record('transit', 'pinghu-207-lu', '平湖207路', 'Pinghu Bus Route 207'), { type: 'transit', cross: true }],
  [record('transit', 'langxia-2-lu', '廊下2路'), { type: 'transit', cross: true }],
  [record('stories', 'gongjiao-kaidao', '2019年：公交开到山塘村'), { type: 'stories', cross: false }],
  [record('sites', 'langxia-jiaoye-gongyuan', '廊下郊野公园', 'Langxia Country Park'), { type: 'sites', kind: 'park', cross: false }],
  [record('sites', 'mingyue-shantang', '明月山塘'), { type: 'sites', kind: 'park', cross: true }],
  [record('sites', 'shantang-cun', '山塘村'), { type: 'sites', kind: 'village', cross: true }],
  [record('sites', 'langxia-zhen', '廊下镇'), { type: 'sites', kind: 'town', cross: false }],
  [record('sites', 'xinhong', '虹桥商务区党群服务中心', 'Hongqiao Business District Service Centre'), { type: 'sites', kind: 'service-centre', cross: false }],
  [record('stories', 'buses-cross', '2019年：廊下2路开到山塘村', '2019: Buses cross the border'), { type: 'stories', cross: false }],
  [record('stories', 'bushu', '2020年：部署枢纽党建', 'January 2020: Hub Party Building'), { type: 'stories', cross: false }],
];
const answers = categoryAnswers(
  ENTRIES.map(([r]) => r),
  ENTRIES.map(([, c]) => c),
);
const ids = (word: string) => answers.get(word)?.r.map((r) => r.i);

describe('category answers', () => {
  it('answers a category word with the entries of its category first, then the names that hold it', () => {
    expect(ids('公交')).toEqual(['langxia-2-lu', 'pinghu-207-lu', 'gongjiao-kaidao']);
    expect(answers.get('公交')?.n).toBe(3);
    expect(ids('公交线路')).toEqual(['langxia-2-lu', 'pinghu-207-lu']);
    // An English word as a word of a name, plural allowed: not in "Business", nor in the pinyin of 部署 (bushu).
    expect(ids('bus')).toEqual(['langxia-2-lu', 'pinghu-207-lu', 'buses-cross']);
    expect(ids('公园')).toEqual(['明月山塘', '廊下郊野公园'].map((t) => ENTRIES.find(([r]) => r.t === t)?.[0].i));
    expect(ids('跨省')).toEqual(['山塘村', '廊下2路', '明月山塘', '平湖207路'].map((t) => ENTRIES.find(([r]) => r.t === t)?.[0].i));
    expect(ids('park')).toContain('langxia-jiaoye-gongyuan');
  });

  it('writes no answer for a word nothing answers, so that Pagefind searches the texts for it', () => {
    expect(answers.has('示范带')).toBe(false);
    expect(answers.has('人物')).toBe(false);
  });

  it('keeps the first entries the box shows and counts them all', () => {
    const many = Array.from({ length: 30 }, (_, n) => record('sites', `cun-${n}`, `${'青枫桥溪塘湾河港泾浜'[n % 10]}${n}村`));
    const big = categoryAnswers(
      many,
      many.map(() => ({ type: 'sites', kind: 'village', cross: false })),
    );
    expect(big.get('村')?.n).toBe(30);
    expect(big.get('村')?.r).toHaveLength(CATEGORY_SHOWN);
    // A route through a village is named with 村 but is no village: the villages fill the box.
    const route = record('routes', 'route', '兴旺村一日游');
    const villages = categoryAnswers(
      [route, ...many],
      [{ type: 'routes', cross: false }, ...many.map(() => ({ type: 'sites', kind: 'village', cross: false }))],
    );
    expect(villages.get('村')?.r.map((r) => r.y)).toEqual(Array(CATEGORY_SHOWN).fill('sites'));
    // Many border sites outrank the one border line, which is kept all the same.
    const line = record('transit', 'kuasheng', '“跨省零换乘”公交专线（平湖）');
    const border = categoryAnswers([...many, line], [...many.map(() => ({ type: 'sites', cross: true })), { type: 'transit', cross: true }]);
    expect(border.get('跨省')?.r.map((r) => r.i)).toEqual([...many.slice(0, CATEGORY_SHOWN - 1).map((r) => r.i), 'kuasheng']);
  });

  it('takes a query that is one category word and nothing else', () => {
    expect(categoryWord(' 公交 ')).toBe('公交');
    expect(categoryWord('Bus')).toBe('bus');
    expect(categoryWord('廊下 公交')).toBeUndefined();
    expect(categoryWord('山塘')).toBeUndefined();
    expect(categoryFile('公交')).toMatch(/^c[0-9a-z]+$/);
    expect(categoryFile('公交')).not.toBe(categoryFile('巴士'));
  });

  it('takes the pinyin of a Chinese category word, whole or as initials, but not its fuzzy forms', () => {
    const spelled = spelledCategories(['公交', '党群服务中心', '联合党支部', '路线', '村', 'bus'], alignedSyllables);
    expect(categoryWord('gongjiao', spelled)).toBe('公交');
    expect(categoryWord('gong jiao', spelled)).toBe('公交');
    expect(categoryWord('dqfwzx', spelled)).toBe('党群服务中心');
    expect(categoryWord('dangqunfuwuzhongxin', spelled)).toBe('党群服务中心');
    expect(categoryWord('lianhe dangzhibu', spelled)).toBe('联合党支部');
    expect(categoryWord('luxian', spelled)).toBe('路线');
    // 吕巷 (lvxiang) and 路线 (luxian) are one word in fuzzy pinyin: a place, not the routes.
    expect(categoryWord('lvxiang', spelled)).toBeUndefined();
    expect(categoryWord('nianhe danzibu', spelled)).toBeUndefined();
    // One syllable starts too many names to mean the category; two initials are too few letters to mean anything.
    expect(categoryWord('cun', spelled)).toBeUndefined();
    expect(categoryWord('gj', spelled)).toBeUndefined();
    expect(categoryWord('mingyue', spelled)).toBeUndefined();
    expect(Object.values(spelled)).not.toContain('bus');
  });
});
