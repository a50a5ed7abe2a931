import { describe, expect, it } from 'vitest';
import { FUZZY_MARK, FUZZY_PAIRS, fuzzyForm, fuzzyKey, fuzzyQuery } from './fuzzy.ts';

describe('fuzzyForm', () => {
  it('spells both sides of every documented pair alike, as initials and as finals', () => {
    for (const [a, b, part] of FUZZY_PAIRS) {
      const [x, y] = part === 'initial' ? [`${a}ao`, `${b}ao`] : [`x${a}`, `x${b}`];
      expect(fuzzyForm(x), `${x} ~ ${y}`).toBe(fuzzyForm(y));
    }
  });

  it('finds the issue’s examples: santang for 山塘, lanxia and nanxia for 廊下, lü as lu or lv', () => {
    expect(fuzzyForm('mingyuesantang')).toBe(fuzzyForm('mingyueshantang'));
    expect(fuzzyForm('lanxia')).toBe(fuzzyForm('langxia'));
    expect(fuzzyForm('nangxia')).toBe(fuzzyForm('langxia'));
    expect(fuzzyForm('luxiang')).toBe(fuzzyForm('lvxiang'));
    expect(fuzzyForm('lüxiang')).toBe(fuzzyForm('lvxiang'));
  });

  it('keeps sounds apart that are no pair', () => {
    expect(fuzzyForm('shantang')).not.toBe(fuzzyForm('shandang'));
    expect(fuzzyForm('ming')).not.toBe(fuzzyForm('meng'));
    expect(fuzzyForm('zhong')).not.toBe(fuzzyForm('zhon'.concat('e')));
  });

  it('keeps a prefix a prefix, so a word half typed still matches', () => {
    for (const [whole, typed] of [
      ['langxiazhen', 'lanx'],
      ['zhuanjiaowan', 'zuanj'],
      ['xingwangcun', 'xinw'],
      ['fengjing', 'hen'],
    ]) {
      expect(fuzzyForm(whole ?? '').startsWith(fuzzyForm(typed ?? '')), `${typed} → ${whole}`).toBe(true);
    }
  });
});

describe('fuzzyQuery', () => {
  it('marks each word, so fuzzy keys match only fuzzy queries', () => {
    expect(fuzzyQuery('mingyue santang')).toBe(`${fuzzyKey('mingyue')} ${fuzzyKey('shantang')}`);
    expect(fuzzyKey('myst').startsWith(FUZZY_MARK)).toBe(true);
  });

  it('leaves Chinese, digits and punctuation alone', () => {
    expect(fuzzyQuery('山塘')).toBe('');
    expect(fuzzyQuery('207lu')).toBe('');
    expect(fuzzyQuery('cross-province')).toBe('');
    expect(fuzzyQuery('')).toBe('');
  });
});
