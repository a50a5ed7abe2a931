import { describe, expect, it } from 'vitest';
import { fuzzyKey } from './fuzzy.ts';
import { bySound, hanChars, needsTypoRetry, soundIndex, soundMatch, typoKeys } from './typo.ts';

// As the build writes it (sounds.ts): the pack's syllables with the common characters that sound alike.
const sounds = soundIndex({ ming: '明名', yue: '月', shan: '山衫', san: '三', tang: '塘堂', zhuan: '转', jiao: '角脚', wan: '湾弯', chang: '长常' });

describe('needsTypoRetry', () => {
  it('retries a name of three or more characters that no title shown holds', () => {
    expect(needsTypoRetry('明月三塘', ['明月山塘一日：住在北、吃在南'])).toBe(true);
    expect(needsTypoRetry('明月山塘', ['明月山塘'])).toBe(false);
    expect(needsTypoRetry('山塘', [])).toBe(false);
  });

  it('leaves two words, and anything not Chinese, to the ordinary search', () => {
    expect(needsTypoRetry('廊下 公交', [])).toBe(false);
    expect(needsTypoRetry('myst', [])).toBe(false);
    expect(needsTypoRetry('207路', [])).toBe(false);
    expect(hanChars('明月 山塘')).toEqual(['明', '月', '山', '塘']);
  });
});

describe('typoKeys', () => {
  it('reads the query aloud first, so a wrong character of the same or a similar sound finds the name', () => {
    const keys = typoKeys('明月三塘', sounds);
    expect(keys[0]).toBe(fuzzyKey('mingyuesantang'));
    expect(keys[0]).toBe(fuzzyKey('mingyueshantang'));
  });

  it('then leaves out each character in turn (明月山山塘 → 明月山塘)', () => {
    expect(typoKeys('明月山山塘', sounds)).toContain(fuzzyKey('mingyueshantang'));
    expect(typoKeys('转脚湾', sounds)).toEqual(expect.arrayContaining([fuzzyKey('zhuanjiaowan'), fuzzyKey('jiaowan'), fuzzyKey('zhuanwan')]));
  });

  it('tries each reading of a polyphonic character, and skips a variant with a character of unknown sound', () => {
    const poly = soundIndex({ chang: '长', zhang: '长', ming: '明', yue: '月' });
    expect(typoKeys('长明月', poly)).toEqual(expect.arrayContaining([fuzzyKey('changmingyue'), fuzzyKey('zhangmingyue')]));
    expect(typoKeys('明月龘', sounds)).toEqual([fuzzyKey('mingyue')]);
    expect(typoKeys('明月', sounds)).toEqual([]);
  });
});

describe('soundMatch and bySound', () => {
  const site = { title: '转角湾老宅', pyt: 'zhuan jiao wan lao zhai' };
  const exact = { title: '转角湾', pyt: 'zhuan jiao wan' };
  const story = { title: '1927年：平湖第一个党支部在转角湾地区建立', pyt: '. . . . . ping hu di yi ge dang zhi bu zai zhuan jiao wan di qu jian li' };
  const other = { title: '明月山塘', pyt: 'ming yue shan tang' };
  const key = fuzzyKey('zhuanjiaowan');

  it('tells the name itself from a title that holds it, and drops titles that sound otherwise', () => {
    expect(soundMatch(exact.pyt, key)).toBe(0);
    expect(soundMatch(site.pyt, key)).toBe(1);
    expect(soundMatch(other.pyt, key)).toBeUndefined();
  });

  it('puts the name first, then shorter titles', () => {
    expect(bySound([story, other, site, exact], key)).toEqual([exact, site, story]);
  });
});
