import { describe, expect, it } from 'vitest';
import { emptyPlan } from './plan.ts';
import { displayWidth, padTo, planReport, planTable } from './report.ts';

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
    const table = planTable(plan, false);
    expect(table).toHaveLength(42);
    expect(table.at(-1)).toBe('  … and 5 more (--all lists them all)');
    expect(planTable(plan, true)).toHaveLength(46);
  });

  it('ends with counts', () => {
    const plan = emptyPlan('x.csv');
    plan.total = 3;
    plan.skipped.push({ at: 'row 2', field: 'lon', message: 'missing coordinates' }, { at: 'row 2', field: 'sources', message: 'no source' });
    const report = planReport(plan, false);
    expect(report).toContain('Not imported (1 of 3), one line per reason:');
    expect(report).toContain('  x.csv  row 2  lon  missing coordinates');
    expect(report.at(-1)).toBe('3 read: 0 entries to write, 0 geometries, 1 not imported.');
  });
});
