import { describe, expect, it } from 'vitest';
import { dateLabel, precisionNote, regionLabel } from './format.ts';

describe('regionLabel', () => {
  it('joins the levels of a Zhejiang village', () => {
    expect(regionLabel({ province: '浙江省', city: '嘉兴市', county: '平湖市', town: '广陈镇', village: '山塘村' })).toBe('浙江省嘉兴市平湖市广陈镇山塘村');
  });
  it('does not repeat a municipality', () => {
    expect(regionLabel({ province: '上海市', city: '上海市', county: '金山区', town: '廊下镇' })).toBe('上海市金山区廊下镇');
  });
});

describe('dateLabel', () => {
  it.each([
    ['2017-08-17', '2017年8月17日'],
    ['2021-07', '2021年7月'],
    ['1927', '1927年'],
  ])('%s → %s', (input, label) => expect(dateLabel(input)).toBe(label));
});

describe('precisionNote', () => {
  it('tells what an approximate point stands for', () => {
    expect(precisionNote({ lon: 1, lat: 2, precision: 'approximate: village centre' })).toBe('village centre');
    expect(precisionNote({ lon: 1, lat: 2, precision: 'survey' })).toBeUndefined();
  });
});
