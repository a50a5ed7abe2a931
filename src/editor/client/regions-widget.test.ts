import { describe, expect, it } from 'vitest';
import { sameRegion, tidy, withRegion } from './regions-widget.ts';

const pinghu = { province: '浙江省', city: '嘉兴市', county: '平湖市' };
const jinshan = { province: '上海市', city: '上海市', county: '金山区' };

describe('taking a proposed region', () => {
  it('fills the empty row a clerk has just added, rather than leaving a blank one before it', () => {
    expect(withRegion([{}], pinghu, 2)).toEqual([pinghu]);
    expect(withRegion([], pinghu, 2)).toEqual([pinghu]);
  });
  it('adds a second region for a site on the border, and does not add one twice', () => {
    expect(withRegion([jinshan], pinghu, 2)).toEqual([jinshan, pinghu]);
    expect(withRegion([pinghu], pinghu, 2)).toEqual([pinghu]);
  });
  it('replaces the first region when the list is full, keeping the second', () => {
    expect(withRegion([jinshan, { province: '江苏省' }], pinghu, 2)).toEqual([pinghu, { province: '江苏省' }]);
  });
});

describe('a region row as the pack writes it', () => {
  it('keeps the parts with text, in the schema order, and drops emptied boxes', () => {
    expect(tidy({ county: '平湖市', town: ' ', province: '浙江省' })).toEqual({ province: '浙江省', county: '平湖市' });
    expect(Object.keys(tidy({ village: '山塘村', province: '浙江省', city: '嘉兴市' }))).toEqual(['province', 'city', 'village']);
  });
  it('compares rows part by part', () => {
    expect(sameRegion(pinghu, { ...pinghu })).toBe(true);
    expect(sameRegion(pinghu, { ...pinghu, town: '广陈镇' })).toBe(false);
  });
});
