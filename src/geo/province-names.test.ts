import { describe, expect, it } from 'vitest';
import { borderName } from './province-names.ts';
import { PROVINCE_NAMES } from './provinces.ts';

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

  it('knows every provincial-level unit the fact checks know', () => {
    for (const p of PROVINCE_NAMES) expect(borderName([p, p === '北京市' ? '天津市' : '北京市']), p).toBeDefined();
  });
});
