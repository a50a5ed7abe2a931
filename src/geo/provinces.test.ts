import { describe, expect, it } from 'vitest';
import { PROVINCE_NAMES, provinceKey, provinceName } from './provinces.ts';

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
