import { describe, expect, it } from 'vitest';
import { findInList } from './find.ts';

const list = [
  { id: 'mingyue-shantang', text: '明月山塘 村 · 上海市 金山区 廊下镇' },
  { id: 'shantang-cun-guangchen', text: '山塘村（平湖市广陈镇） 村 · 浙江省 嘉兴市 平湖市' },
  { id: 'tengtou', text: 'Tengtou Village 滕头村' },
];

describe('the map list find box', () => {
  it('keeps every entry for an empty query', () => {
    expect(findInList(list, '  ')).toEqual(['mingyue-shantang', 'shantang-cun-guangchen', 'tengtou']);
  });
  it('finds by part of a title, in list order', () => {
    expect(findInList(list, '山塘')).toEqual(['mingyue-shantang', 'shantang-cun-guangchen']);
    expect(findInList(list, '明月')).toEqual(['mingyue-shantang']);
  });
  it('needs every word, matches a place in the meta line, and ignores case and full-width forms', () => {
    expect(findInList(list, '山塘 平湖')).toEqual(['shantang-cun-guangchen']);
    expect(findInList(list, 'ＴＥＮＧＴＯＵ')).toEqual(['tengtou']);
  });
  it('finds nothing for text no entry holds', () => {
    expect(findInList(list, '北京')).toEqual([]);
  });
});
