import { describe, expect, it } from 'vitest';
import { alignedSyllables, MAX_GRAM, phraseKeys, pinyinKeys, quotedPhrases, runKeys, syllableRuns, titleKeys } from './pinyin.ts';

describe('alignedSyllables', () => {
  it('gives one toneless syllable per character and nothing for other characters', () => {
    expect(alignedSyllables('明月山塘')).toEqual(['ming', 'yue', 'shan', 'tang']);
    expect(alignedSyllables('G60科创·吕巷')).toEqual(['', '', '', 'ke', 'chuang', '', 'lv', 'xiang']);
  });

  it('reads polyphonic characters in context', () => {
    expect(alignedSyllables('长街宴')[0]).toBe('chang');
    expect(alignedSyllables('重庆')[0]).toBe('chong');
  });
});

describe('syllableRuns', () => {
  it('splits at anything that is not a Chinese character', () => {
    expect(syllableRuns('中共衙前支部（平湖第一个党支部）')).toEqual([
      ['zhong', 'gong', 'ya', 'qian', 'zhi', 'bu'],
      ['ping', 'hu', 'di', 'yi', 'ge', 'dang', 'zhi', 'bu'],
    ]);
  });
});

describe('pinyinKeys of a title', () => {
  const keys = pinyinKeys('明月山塘');

  it('has every syllable, so "shan tang" with a space matches', () => {
    expect(keys).toEqual(expect.arrayContaining(['ming', 'yue', 'shan', 'tang']));
  });

  it('has the joined pinyin of every stretch, so "shantang" and "mingyue" match inside the title', () => {
    expect(keys).toEqual(expect.arrayContaining(['mingyue', 'yueshan', 'shantang', 'mingyueshan', 'mingyueshantang']));
  });

  it('has the initials of the title and of its stretches ("myst", "st")', () => {
    expect(keys).toEqual(expect.arrayContaining(['myst', 'my', 'st', 'yst']));
  });

  it('adds the whole run of a long title, beyond the longest stretch', () => {
    const long = pinyinKeys('沪浙山塘联合党支部');
    expect(long).toContain('huzheshantanglianhedangzhibu');
    expect(long).toContain('hzstlhdzb');
    expect(long).toContain('lhdz');
    // stretches stop at MAX_GRAM syllables: no five-syllable initials other than the whole title
    expect(long).not.toContain('hzstl');
    expect(MAX_GRAM).toBe(4);
    expect(pinyinKeys('中共衙前支部')).toEqual(expect.arrayContaining(['yaqian', 'yqzb', 'zgyqzb']));
  });

  it('gives ü both as v and as u', () => {
    expect(pinyinKeys('吕巷镇')).toEqual(expect.arrayContaining(['lvxiang', 'luxiang', 'lxz']));
  });

  it('lists each key once and nothing for a title without Chinese', () => {
    expect(new Set(keys).size).toBe(keys.length);
    expect(pinyinKeys('G60')).toEqual([]);
  });
});

describe('titleKeys', () => {
  it('sets the whole title apart from its parts', () => {
    expect(titleKeys('明月山塘')).toEqual({
      whole: ['mingyueshantang', 'myst'],
      parts: expect.arrayContaining(['yue', 'shan', 'shantang', 'yueshan', 'st', 'yst']),
    });
    // prefixes of whole keys are left to Pagefind's prefix matching
    expect(titleKeys('明月山塘').parts).not.toEqual(expect.arrayContaining(['ming', 'mingyue', 'my', 'myst']));
    expect(titleKeys('中共衙前支部（平湖）').whole).toEqual(['zhonggongyaqianzhibu', 'zgyqzb', 'pinghu', 'ph', 'zhonggongyaqianzhibupinghu', 'zgyqzbph']);
  });
});

describe('runKeys', () => {
  it('keeps a one-character run as its syllable', () => {
    expect(runKeys(['hu'])).toEqual(['hu']);
  });
});

describe('quotedPhrases and phraseKeys', () => {
  const summary = '联合党支部，党建品牌“一桥两山塘、党建一家亲”，共同推进“明月山塘”和公交互通；另见「北宿南食」。';

  it('finds short quoted names and slogans, split at enumeration commas', () => {
    expect(quotedPhrases(summary)).toEqual(['一桥两山塘', '党建一家亲', '明月山塘', '北宿南食']);
  });

  it('leaves out long quotations and one-character quotes', () => {
    expect(quotedPhrases('他说：“这中间也离不开沪浙山塘联合党支部这一平台的推动作用”。“好”')).toEqual([]);
  });

  it('gives a phrase its joined pinyin and initials', () => {
    expect(phraseKeys('一桥两山塘')).toEqual(['yiqiaoliangshantang', 'yqlst']);
    expect(phraseKeys('廊下镇')).toEqual(['langxiazhen', 'lxz']);
  });
});
