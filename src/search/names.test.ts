import { describe, expect, it } from 'vitest';
import { COMMON_AT, matchesName, type NameRecord, namesIndex, namesQuery, partOf, rankNames, recordKeys } from './names.ts';
import { alignedSyllables, phraseKeys, pinyinKeys } from './pinyin.ts';

/** A record as the build writes it (src/search/pack-records.ts), from a title and other names. */
function record(y: string, i: string, t: string, extra: { e?: string; a?: string[]; pinyinOf?: string } = {}): NameRecord {
  const p = alignedSyllables(extra.pinyinOf ?? t)
    .map((s) => s || '.')
    .join(' ');
  const keys = (extra.a ?? []).flatMap((a) => [...phraseKeys(a), ...pinyinKeys(a)]);
  return {
    y,
    i,
    t,
    s: `${y} · 测试`,
    p,
    ...(extra.e ? { e: extra.e } : {}),
    ...(extra.a ? { a: extra.a } : {}),
    ...(keys.length ? { k: keys.join(' ') } : {}),
  };
}

const RECORDS: NameRecord[] = [
  record('sites', 'mingyue-shantang', '明月山塘', { e: 'Mingyue Shantang' }),
  record('sites', 'shantang-cun-langxia', '山塘村（金山区廊下镇）', { a: ['北山塘'] }),
  record('sites', 'langxia-zhen', '廊下镇'),
  record('sites', 'langxia-jiaoye-gongyuan', '廊下郊野公园', { e: 'Langxia Country Park' }),
  record('sites', 'zhuanjiaowan', '转角湾'),
  record('routes', 'mingyue-shantang-yiri', '明月山塘一日游'),
  record('transit', 'pinghu-207-lu', '平湖207路'),
  record('partnerships', 'pinghu-jinshan', '平湖—金山毗邻党建', { a: ['1+6+4'] }),
  record('people', 'li-yiwan', '李一湾', { a: ['李一谔'] }),
  record('sites', 'en-page', 'Mingyue Shantang', { e: '明月山塘', pinyinOf: '明月山塘' }),
];

const href = (path: string) => `/${path}`;
const found = (query: string, records = RECORDS) => {
  const nq = namesQuery(query);
  return nq ? rankNames(records, query, nq, href).map((h) => h.url) : undefined;
};

describe('names index query', () => {
  it('answers Chinese, pinyin, initials, fuzzy pinyin, English and other names', () => {
    expect(found('山塘')?.slice(0, 2)).toEqual(['/sites/shantang-cun-langxia/', '/sites/mingyue-shantang/']);
    expect(found('明月山塘')?.[0]).toBe('/sites/mingyue-shantang/');
    expect(found('mingyue shantang')).toContain('/sites/mingyue-shantang/');
    expect(found('mingyue santang')).toContain('/sites/mingyue-shantang/');
    expect(found('myst')).toContain('/sites/mingyue-shantang/');
    expect(found('lanxia')).toEqual(expect.arrayContaining(['/sites/langxia-zhen/', '/sites/langxia-jiaoye-gongyuan/']));
    expect(found('nxjygy')).toEqual(['/sites/langxia-jiaoye-gongyuan/']);
    expect(found('zuanjiaowan')).toEqual(['/sites/zhuanjiaowan/']);
    expect(found('Langxia Country')).toEqual(['/sites/langxia-jiaoye-gongyuan/']);
    expect(found('北山塘')).toEqual(['/sites/shantang-cun-langxia/']);
    expect(found('李一谔')).toEqual(['/people/li-yiwan/']);
    expect(found('207路')).toEqual(['/transit/pinghu-207-lu/']);
    // An English page's record: its Chinese title and pinyin find it too.
    expect(found('明月山塘')).toContain('/sites/en-page/');
  });

  it('leaves to Pagefind what names cannot decide: category words alone, short Latin queries, nothing typed', () => {
    expect(namesQuery('公交')).toBeUndefined();
    expect(namesQuery('bus')).toBeUndefined();
    // Among other words a category word is part of a name; none holds 廊下 and 公交, so the box asks Pagefind.
    expect(found('Langxia Country Park')).toEqual(['/sites/langxia-jiaoye-gongyuan/']);
    expect(found('廊下 公园')).toEqual(['/sites/langxia-jiaoye-gongyuan/']);
    expect(found('廊下 公交')).toEqual([]);
    expect(namesQuery('zj')).toBeUndefined();
    expect(namesQuery('  ')).toBeUndefined();
    // A typo matches no name, so the box goes on to Pagefind and its suggestions.
    expect(found('明月三塘')).toEqual([]);
  });

  it('keys a Chinese query by its first character that is not common, a Latin one by its first fuzzy letters', () => {
    expect(namesQuery('山塘村')).toMatchObject({ han: true, key: '山' });
    expect(namesQuery('村山塘', ['村'])).toMatchObject({ han: true, key: '山' });
    expect(namesQuery('村镇', ['村', '镇'])).toMatchObject({ key: '村镇' });
    expect(namesQuery('村镇', ['村', '镇', '村镇'])).toBeUndefined();
    expect(namesQuery('Shantang')).toMatchObject({ han: false, key: 'sal', typed: 'saltal' });
    expect(namesQuery('santang')).toMatchObject({ key: 'sal' });
    expect(found('zjw')).toEqual(['/sites/zhuanjiaowan/']);
  });
});

describe('names index parts', () => {
  const X = '青枫桥溪塘湾河港泾浜';
  const Y = '泉林桑柳荷梅竹松石';
  const n10 = (n: number) => X[n % 10] ?? '';
  const n9 = (n: number) => Y[Math.floor(n / 10) % 9] ?? '';
  // Enough records for several parts and for common keys at every level: 村 alone; 平 and 湖 apart but not 平湖; 明月 and its pinyin.
  const many: NameRecord[] = [
    ...RECORDS,
    ...Array.from({ length: COMMON_AT + 20 }, (_, n) => record('sites', `cun-${n}`, `${n10(n)}${n9(n)}村`)),
    ...Array.from({ length: 220 }, (_, n) => record('sites', `ph-${n}`, `平湖${n10(n)}${n9(n)}`)),
    ...Array.from({ length: 220 }, (_, n) => record('sites', `hp-${n}`, `湖${n10(n)}平${n9(n)}`)),
    ...Array.from({ length: COMMON_AT + 20 }, (_, n) => record('stories', `my-${n}`, `明月${n10(n)}${n9(n)}`)),
  ];
  const index = namesIndex(many, (text) => String(text.length));

  it('lists a key filed for too many records as common, files it nowhere, and files longer keys made of common ones', () => {
    expect(index.info.common).toEqual(expect.arrayContaining(['村', '平', '湖', '明', '月', '明月', 'mil', 'milyu']));
    expect(index.info.common).not.toContain('平湖');
    expect(namesQuery('平湖', index.info.common)).toMatchObject({ key: '平湖' });
    expect(namesQuery('明月青', index.info.common)).toMatchObject({ key: '青' });
    // Common at every level it has: Pagefind answers it.
    expect(namesQuery('明月', index.info.common)).toBeUndefined();
    expect(namesQuery('mingyue', index.info.common)).toBeUndefined();
    expect(namesQuery('mingyue qingquan', index.info.common)).toMatchObject({ key: 'milyueq' });
    // At the next level a record is filed only under keys made of common ones: with 明 alone common, 明月山塘 has none.
    expect(recordKeys(RECORDS[0] as NameRecord, 1, new Set(['明']))).toEqual(new Set());
    expect(index.info.parts).toBeGreaterThan(1);
    expect(index.info.parts).toBe(index.parts.length);
  });

  it('holds every match of a query in the one part of its key', () => {
    const queries = [
      ...['山塘', '廊下', 'santang', 'myst', 'lanxia', 'lxjygy', 'langxia country', 'qinglin', '青泉', '桑村'],
      ...['qingquan', '李一谔', 'pinghu', '平湖', '平湖青', '湖青平', '明月青泉', 'mingyue qingquan', 'myqq'],
    ];
    for (const query of queries) {
      const nq = namesQuery(query, index.info.common);
      expect(nq, query).toBeDefined();
      if (!nq) continue;
      const part = index.parts[partOf(nq.key, index.info.parts)] ?? [];
      const everywhere = many.filter((r) => matchesName(r, nq));
      expect(everywhere.length, query).toBeGreaterThan(0);
      expect(
        part.filter((r) => matchesName(r, nq)),
        query,
      ).toEqual(everywhere);
    }
  });

  it('files each record once in each part of its keys, and changes version with the records', () => {
    for (const part of index.parts) expect(new Set(part).size).toBe(part.length);
    const r = RECORDS[0] as NameRecord;
    for (const key of recordKeys(r)) if (!index.info.common.includes(key)) expect(index.parts[partOf(key, index.info.parts)]).toContain(r);
    const changed = namesIndex([{ ...r, t: '明月山塘（改）' }, ...many.slice(1)], (text) => String(text.length));
    expect(changed.info.version).not.toBe(index.info.version);
  });
});
