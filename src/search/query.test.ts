import { describe, expect, it } from 'vitest';
import {
  clipExcerpt,
  excerptParts,
  fill,
  groupByType,
  highlight,
  isExactTitle,
  mapHref,
  mergeResults,
  needsLatinRetry,
  normalizeQuery,
  pagefindFilters,
  parseState,
  relaxedQueries,
  rerank,
  siteIdOf,
  stateToSearch,
  tier,
  withoutTitles,
} from './query.ts';

const marked = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('normalizeQuery', () => {
  it('drops tone numbers and apostrophes from pinyin, folds width and case', () => {
    expect(normalizeQuery('  Shan1 Tang2 ')).toBe('shan tang');
    expect(normalizeQuery("xi'an")).toBe('xian');
    expect(normalizeQuery('ＢＵＳ')).toBe('bus');
  });

  it('leaves Chinese and mixed queries alone', () => {
    expect(normalizeQuery('G60 科创走廊')).toBe('g60 科创走廊');
    expect(normalizeQuery('廊下2路')).toBe('廊下2路');
  });
});

describe('highlight', () => {
  const pyt = 'ming yue shan tang';

  it('marks a Chinese word inside the title', () => {
    expect(marked(highlight('明月山塘', '山塘', pyt))).toBe('明月[山塘]');
  });

  it('marks the characters a pinyin word spells, with or without spaces, even cut short', () => {
    expect(marked(highlight('明月山塘', 'shantang', pyt))).toBe('明月[山塘]');
    expect(marked(highlight('明月山塘', 'shan tang', pyt))).toBe('明月[山塘]');
    expect(marked(highlight('明月山塘', 'mingyues', pyt))).toBe('[明月山]塘');
    expect(marked(highlight('明月山塘', 'shāntáng', pyt))).toBe('明月山塘');
  });

  it('marks the characters whose initials were typed', () => {
    expect(marked(highlight('明月山塘', 'myst', pyt))).toBe('[明月山塘]');
    expect(marked(highlight('沪浙山塘联合党支部', 'lhdzb', 'hu zhe shan tang lian he dang zhi bu'))).toBe('沪浙山塘[联合党支部]');
  });

  it('marks Latin words in any case, and ignores syllables that do not line up', () => {
    expect(marked(highlight('Mingyue Shantang', 'shantang'))).toBe('Mingyue [Shantang]');
    expect(marked(highlight('廊下2路', 'langxia', 'lang xia'))).toBe('廊下2路');
    expect(marked(highlight('廊下2路', 'langxia', 'lang xia . lu'))).toBe('[廊下]2路');
  });

  it('marks the two-character words of a longer Chinese query', () => {
    expect(marked(highlight('红色文化与教育基地', '红色传承教育'))).toBe('[红色]文化与[教育]基地');
  });
});

describe('isExactTitle and rerank', () => {
  const village = { title: '山塘村（金山区廊下镇）', pyt: 'shan tang cun . jin shan qu lang xia zhen .' };
  const site = { title: '明月山塘', en: 'Mingyue Shantang', pyt: 'ming yue shan tang' };
  const route = { title: '明月山塘一日：住在北、吃在南', pyt: 'ming yue shan tang yi ri . zhu zai bei . chi zai nan' };

  it('knows a whole title typed in Chinese, English, pinyin or initials', () => {
    for (const q of ['明月山塘', 'mingyue shantang', 'ming yue shan tang', 'myst', 'MYST']) expect(isExactTitle(q, site)).toBe(true);
    for (const q of ['山塘村', '山塘村（金山区廊下镇）', 'shantangcun', 'stc']) expect(isExactTitle(q, village)).toBe(true);
    for (const q of ['山塘', 'shantang', 'mys']) expect(isExactTitle(q, site)).toBe(false);
  });

  it('moves whole-title matches first and keeps the rest in order', () => {
    expect(rerank([route, village, site], 'myst')).toEqual([site, route, village]);
    expect(rerank([route, village], 'shantang')).toEqual([route, village]);
  });
});

describe('excerptParts', () => {
  it('turns marks into parts and decodes entities, never passing HTML through', () => {
    expect(excerptParts('广陈镇<mark>山塘</mark>村 &lt;b&gt; &amp; &#39;x&#39;')).toEqual([
      { text: '广陈镇', mark: false },
      { text: '山塘', mark: true },
      { text: "村 <b> & 'x'", mark: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>text')).toEqual([{ text: 'text', mark: false }]);
  });
});

describe('withoutTitles', () => {
  const parts = excerptParts('<mark>山塘</mark>村（平湖市广陈镇） Shantang Village, Guangchen (Pinghu). “一桥两<mark>山塘</mark>”');
  it('drops the title and the title in the other language that the excerpt starts with, keeping the marks after them', () => {
    expect(withoutTitles(parts, ['山塘村（平湖市广陈镇）', 'Shantang Village, Guangchen (Pinghu)'])).toEqual([
      { text: '“一桥两', mark: false },
      { text: '山塘', mark: true },
      { text: '”', mark: false },
    ]);
    // In either order (an English page puts its English title first).
    expect(withoutTitles(parts, ['Shantang Village, Guangchen (Pinghu)', '山塘村（平湖市广陈镇）'])[0]).toEqual({ text: '“一桥两', mark: false });
    expect(withoutTitles(parts, ['山塘村（平湖市广陈镇）', undefined])[0]).toEqual({ text: 'Shantang Village, Guangchen (Pinghu). “一桥两', mark: false });
  });
  it('drops the end of a title where the excerpt’s window starts inside it', () => {
    const tail = excerptParts('沪<mark>山塘</mark>老街. Zhejiang–Shanghai Shantang Old Street. 连续三年举办“长街宴”');
    expect(withoutTitles(tail, ['浙沪山塘老街', 'Zhejiang–Shanghai Shantang Old Street'])).toEqual([{ text: '连续三年举办“长街宴”', mark: false }]);
  });
  it('leaves an excerpt that does not start with the title, and drops one that holds nothing else', () => {
    expect(withoutTitles(parts, ['明月山塘'])).toEqual(parts);
    expect(withoutTitles(excerptParts('。 镇内的<mark>山塘</mark>村'), ['广陈镇（平湖市）'])[0]).toEqual({ text: '镇内的', mark: false });
    // A word that ends the title but goes on into the text is text.
    expect(withoutTitles(excerptParts('山塘村与廊下镇'), ['广陈镇山塘'])).toEqual(excerptParts('山塘村与廊下镇'));
    expect(withoutTitles(excerptParts('<mark>山塘</mark>村. Shantang'), ['山塘村', 'Shantang'])).toEqual([]);
  });
});

describe('clipExcerpt', () => {
  it('keeps a short excerpt whole', () => {
    const short = excerptParts('广陈镇<mark>山塘</mark>村');
    expect(clipExcerpt(short, 90)).toEqual(short);
  });
  it('cuts a long one around its first mark, saying where it cut', () => {
    const long = excerptParts(`${'甲'.repeat(100)}<mark>山塘</mark>${'乙'.repeat(100)}`);
    const clipped = clipExcerpt(long, 30);
    const text = clipped.map((p) => p.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(Array.from(text).length).toBe(32);
    expect(clipped.find((p) => p.mark)?.text).toBe('山塘');
    // No mark: the start.
    expect(
      clipExcerpt(excerptParts('丙'.repeat(50)), 10)
        .map((p) => p.text)
        .join(''),
    ).toBe(`${'丙'.repeat(10)}…`);
  });
});

describe('search address', () => {
  it('reads and writes the query and repeated filter values', () => {
    const state = parseState('?q=%E5%B1%B1%E5%A1%98&type=sites&type=routes&region=%E5%B9%B3%E6%B9%96%E5%B8%82&unknown=1');
    expect(state).toEqual({ q: '山塘', filters: { type: ['sites', 'routes'], kind: [], region: ['平湖市'], band: [], partnership: [] } });
    expect(parseState(stateToSearch(state))).toEqual(state);
    expect(stateToSearch(parseState(''))).toBe('');
  });

  it('makes Pagefind filters: any value within a filter', () => {
    expect(pagefindFilters(parseState('?type=sites&type=routes&kind=park').filters)).toEqual({ type: { any: ['sites', 'routes'] }, kind: { any: ['park'] } });
  });
});

describe('relaxedQueries', () => {
  it('tries each word alone, then shorter prefixes', () => {
    expect(relaxedQueries('山塘 xyz')).toEqual(['xyz', '山塘', 'xy', '山']);
    expect(relaxedQueries('mysd')).toEqual(['mys', 'my']);
    expect(relaxedQueries('山塘公园', 2)).toEqual(['山塘公', '山塘']);
  });
});

describe('small helpers', () => {
  it('groups by type in rank order', () => {
    expect(groupByType([{ type: 'stories' }, { type: 'transit' }], 'transit').map((g) => g.type)).toEqual(['transit', 'stories']);
    expect(groupByType([{ type: 'stories' }], 'transit').map((g) => g.type)).toEqual(['stories']);
    const groups = groupByType([
      { type: 'routes', n: 1 },
      { type: 'sites', n: 2 },
      { type: 'routes', n: 3 },
    ]);
    expect(groups.map((g) => [g.type, g.items.map((i) => i.n)])).toEqual([
      ['routes', [1, 3]],
      ['sites', [2]],
    ]);
  });

  it('finds site ids and makes the map address', () => {
    expect(siteIdOf('/sites/mingyue-shantang/')).toBe('mingyue-shantang');
    expect(siteIdOf('/routes/hongse-yuanyuan/')).toBeUndefined();
    expect(mapHref(['a', 'b-c'])).toBe('/map/?sites=a,b-c');
    expect(fill('共 {n} 条，“{q}”', { n: 3, q: '山塘' })).toBe('共 3 条，“山塘”');
  });
});

describe('tier: what answers the query best comes first', () => {
  const site = { title: '明月山塘', pyt: 'ming yue shan tang', cat: '公园 跨省' };
  const bus = { title: '廊下2路（上海金山）', pyt: 'lang xia . lu . shang hai jin shan .', cat: '公交 巴士 bus' };
  const story = { title: '2019年：廊下2路开到广陈镇山塘村', pyt: '. . . . . . lang xia . lu kai dao guang chen zhen shan tang cun', cat: '大事记' };
  const town = { title: '廊下镇（金山区）', pyt: 'lang xia zhen . jin shan qu .', cat: '镇' };
  const belt = { title: '毗邻党建七彩示范带', pyt: 'pi lin dang jian qi cai shi fan dai', cat: '示范带' };

  it('puts the type a category word names above texts that mention it (公交, bus, 廊下 公交)', () => {
    expect(rerank([story, site, bus], '公交')).toEqual([bus, story, site]);
    expect(rerank([story, bus], 'bus')).toEqual([bus, story]);
    expect(rerank([story, town, bus], '廊下 公交')[0]).toBe(bus);
  });

  it('puts titles holding the Chinese words typed above texts that mention them once (毗邻)', () => {
    expect(tier(belt, '毗邻')).toBe(2);
    expect(tier(story, '毗邻')).toBe(3);
  });

  it('counts a title spelt in fuzzy pinyin as held (lanxia, nangxia → 廊下), and a whole name in fuzzy pinyin as the title', () => {
    expect(tier(town, 'lanxia')).toBe(2);
    expect(tier(town, 'nangxia')).toBe(2);
    expect(tier(site, 'lanxia')).toBe(3);
    expect(tier(site, 'mingyue santang')).toBe(0);
    expect(isExactTitle('mingyue santang', site)).toBe(true);
  });

  it('asks for closer matches when a word of pinyin finds nothing a title answers (mysd), not when one does', () => {
    expect(needsLatinRetry('mysd', [story])).toBe(true);
    expect(needsLatinRetry('myst', [site])).toBe(false);
    expect(needsLatinRetry('my', [story])).toBe(false);
    expect(needsLatinRetry('mingyue santang', [story])).toBe(false);
  });
});

describe('mergeResults', () => {
  it('merges the typed and the fuzzy search, each result once with its better score, exact winning a tie', () => {
    const a = { id: 'a', score: 10 };
    const b = { id: 'b', score: 8 };
    const c = { id: 'c', score: 20 };
    expect(mergeResults([a, b], [{ id: 'b', score: 30 }, c]).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(mergeResults([a], [{ id: 'x', score: 10 }]).map((r) => r.id)).toEqual(['a', 'x']);
  });
});
