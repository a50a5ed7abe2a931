import { describe, expect, it } from 'vitest';
import { borderName, PROVINCE_NAMES, provinceKey, provinceName } from './provinces.ts';

describe('provinceName', () => {
  it('knows all 34 provincial-level units by their full names', () => {
    expect(PROVINCE_NAMES).toHaveLength(34);
    expect(new Set(PROVINCE_NAMES).size).toBe(34);
    for (const name of PROVINCE_NAMES) expect(provinceName(name)).toEqual({ full: name, short: false });
  });

  it.each([
    ['浙江', '浙江省'],
    ['上海', '上海市'],
    ['江苏', '江苏省'],
    ['内蒙古', '内蒙古自治区'],
    ['广西', '广西壮族自治区'],
    ['香港', '香港特别行政区'],
  ])('reads the short form %s as %s', (short, full) => {
    expect(provinceName(short)).toEqual({ full, short: true });
    expect(provinceKey(` ${short} `)).toBe(full);
  });

  it('does not guess at names it does not know', () => {
    expect(provinceName('沪')).toBeUndefined();
    expect(provinceName('浙沪')).toBeUndefined();
    expect(provinceKey('浙沪')).toBe('浙沪');
  });
});

describe('borderName', () => {
  it('joins the 简称 in code order, whatever order the pack lists them in', () => {
    expect(borderName(['河北省', '天津市', '北京市'])).toEqual({ zh: '京津冀', en: 'Beijing–Tianjin–Hebei' });
    expect(borderName(['浙江省', '江苏省'])).toEqual({ zh: '苏浙', en: 'Jiangsu–Zhejiang' });
    expect(borderName(['上海市', '浙江省', '上海市'])).toEqual({ zh: '沪浙', en: 'Shanghai–Zhejiang' });
  });

  it('names no border for one province, for too many, or for a name it does not know', () => {
    expect(borderName(['浙江省'])).toBeUndefined();
    expect(borderName(['浙江省', '上海市', '江苏省', '安徽省'])).toBeUndefined();
    expect(borderName(['浙江', '上海市'])).toBeUndefined();
  });

  it('names a border between any two provincial-level units', () => {
    for (const p of PROVINCE_NAMES) expect(borderName([p, p === '北京市' ? '天津市' : '北京市']), p).toBeDefined();
  });
});
