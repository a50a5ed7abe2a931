import { describe, expect, it } from 'vitest';
import { zh } from '../pack/messages/index.ts';
import { emptyPlan } from './plan.ts';
import { displayWidth, padTo, planReport, planTable } from './report.ts';

const m = zh.import;

describe('table layout', () => {
  it('counts a Chinese character as two columns, so the table lines up in a terminal', () => {
    expect(displayWidth('转角湾')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('（）')).toBe(4);
    expect(padTo('沪浙山塘联合党支部', 10)).toBe('沪浙山塘… ');
    expect(displayWidth(padTo('沪浙山塘联合党支部', 10))).toBe(10);
  });

  it('shows the first rows and says how many more there are', () => {
    const plan = emptyPlan('x.csv');
    for (let i = 0; i < 45; i++)
      plan.entries.push({
        collection: 'sites',
        id: `s${i}`,
        at: `row ${i + 2}`,
        data: {},
        body: '',
        action: 'new',
        show: { title: '甲', what: 'village', where: '' },
      });
    const table = planTable(plan, false, m);
    expect(table).toHaveLength(42);
    expect(table.at(-1)).toBe('  …… 另有 5 条（--all 全部列出）');
    expect(planTable(plan, true, m)).toHaveLength(46);
  });

  it('ends with counts', () => {
    const plan = emptyPlan('x.csv');
    plan.total = 3;
    plan.skipped.push({ at: 'row 2', field: 'lon', message: 'missing coordinates' }, { at: 'row 2', field: 'sources', message: 'no source' });
    const report = planReport(plan, false, m);
    expect(report).toContain('没有导入（3 行中的 1 行），每个原因一行：');
    expect(report).toContain('  x.csv  row 2  经度  missing coordinates');
    expect(report.at(-1)).toBe('读了 3 行：要写 0 个条目，0 组几何图形，1 行没有导入。');
  });

  it('puts rows left out for the same reason on one line', () => {
    const plan = emptyPlan('x.csv');
    plan.total = 30;
    for (let i = 0; i < 27; i++) plan.skipped.push({ at: m.at.row(i + 2), field: 'province', ...m.row.noRegion() });
    const lines = planReport(plan, false, m).filter((l) => l.includes('没有地区'));
    expect(lines).toEqual([
      '  x.csv  第 2 行、第 3 行、第 4 行、第 5 行、第 6 行、第 7 行、第 8 行、第 9 行 等 27 处  省  没有地区：没有省/市/区县单元格，没有 --region，点也不在内容包边界图层的任何轮廓里（加一列省/province，或加上 --region 省/市/区县）',
    ]);
  });
});
