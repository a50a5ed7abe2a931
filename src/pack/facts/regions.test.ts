import { describe, expect, it } from 'vitest';
import { boxOutline } from '../../../tests/support/boxes.ts';
import { scenarioPack } from '../../../tests/support/scenario.ts';
import { loadPack } from '../load.ts';
import { zh } from '../messages/index.ts';
import type { Outline } from './outlines.ts';
import { placedPoints } from './points.ts';
import { agrees, checkRegions } from './regions.ts';

const outline = boxOutline;

describe('agrees', () => {
  const pinghu = outline({ province: '浙江省', city: '嘉兴市', county: '平湖市' });
  it('compares only the levels both name, short province names as full', () => {
    expect(agrees({ province: '浙江省', county: '平湖市' }, pinghu)).toBe(true);
    expect(agrees({ province: '浙江' }, pinghu)).toBe(true);
    expect(agrees({ province: '浙江省', county: '嘉善县' }, pinghu)).toBe(false);
    expect(agrees({ province: '上海市' }, pinghu)).toBe(false);
    expect(agrees({ province: '上海市' }, outline({ county: '平湖市' }))).toBe(true);
  });
});

describe('checkRegions', () => {
  // Base pack: 转角湾 (121.05, 30.66) in 平湖市; 明月山塘 (121.13, 30.78) in both 平湖市 and 金山区; the member 金山区 at (121.34, 30.74).
  const points = placedPoints(loadPack(scenarioPack('base')).entries);
  const said = (outlines: Outline[]) => checkRegions(points, outlines, zh).map((p) => `${p.entry} ${p.field} ${p.message}`);

  it('is quiet when every point lies in an outline one of its regions agrees with', () => {
    const pinghu = outline({ province: '浙江省', city: '嘉兴市', county: '平湖市', label: '浙江省嘉兴市平湖市' });
    const jinshan = outline({ province: '上海市', city: '上海市', county: '金山区', label: '上海市金山区' }, 121.15, 122);
    expect(said([pinghu, jinshan])).toEqual([]);
  });

  it('names the written region and the outline when they disagree, for a border site only when neither region does', () => {
    const jiashan = outline({ province: '浙江省', city: '嘉兴市', county: '嘉善县', label: '浙江省嘉兴市嘉善县' }, 120.5, 122);
    expect(said([jiashan])).toEqual([
      'sites/shantang regions 所在地区写的是 浙江省嘉兴市平湖市广陈镇、上海市金山区廊下镇，但坐标落在 浙江省嘉兴市嘉善县 的轮廓内',
      'sites/zhuanjiaowan regions 所在地区写的是 浙江省嘉兴市平湖市独山港镇，但坐标落在 浙江省嘉兴市嘉善县 的轮廓内',
      'partnerships/pinghu-jinshan members.1.region 所在地区写的是 上海市金山区，但坐标落在 浙江省嘉兴市嘉善县 的轮廓内',
    ]);
  });
});
