import { describe, expect, it } from 'vitest';
import { matchesFind, queryWords } from './find.ts';

const sites = [
  { id: 'mingyue-shantang', title: '明月山塘', regions: ['上海市 金山区 廊下镇'] },
  { id: 'shantang-cun-guangchen', title: '山塘村（平湖市广陈镇）', regions: ['浙江省 嘉兴市 平湖市'] },
  { id: 'tengtou', title: '滕头村', titleEn: 'Tengtou Village', regions: ['浙江省 宁波市 奉化区'] },
];
const find = (q: string) => sites.filter((s) => matchesFind(s, queryWords(q))).map((s) => s.id);

describe('the map find box', () => {
  it('keeps every site for a blank query', () => {
    expect(queryWords('  ')).toEqual([]);
    expect(find('  ')).toEqual(['mingyue-shantang', 'shantang-cun-guangchen', 'tengtou']);
  });
  it('finds by part of a title', () => {
    expect(find('山塘')).toEqual(['mingyue-shantang', 'shantang-cun-guangchen']);
    expect(find('明月')).toEqual(['mingyue-shantang']);
  });
  it('needs every word, matches a place in the regions, and ignores case and full-width forms', () => {
    expect(find('山塘 平湖')).toEqual(['shantang-cun-guangchen']);
    expect(find('山塘 金山')).toEqual(['mingyue-shantang']);
    expect(find('ＴＥＮＧＴＯＵ')).toEqual(['tengtou']);
  });
  it('finds nothing for text no site holds', () => {
    expect(find('北京')).toEqual([]);
  });
});
