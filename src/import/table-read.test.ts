import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../pack/messages/index.ts';
import { csvRows, guessDelimiter, tableFromRows, xlsxRows } from './table-read.ts';

const m = zh.import;
const FIX = resolve(import.meta.dirname, '../../tests/fixtures/import');

describe('csvRows', () => {
  it('reads quoted cells with commas and line breaks, and tab-separated text', () => {
    expect(csvRows('名称,简介\n"转角湾","一,二\n三"\n', m).rows).toEqual([
      ['名称', '简介'],
      ['转角湾', '一,二\n三'],
    ]);
    expect(csvRows('名称\t经度\n甲\t121\n', m).rows).toEqual([
      ['名称', '经度'],
      ['甲', '121'],
    ]);
  });
});

describe('tableFromRows', () => {
  it('finds the header below a title line and numbers rows as the spreadsheet does', () => {
    const t = tableFromRows([['红色地点一览表'], ['名称', '经度', '纬度'], ['甲', 121, 30], [null, '', null], ['乙', 121.1, 30.1]], new Map(), m);
    expect(t.headerRow).toBe(2);
    expect(t.rows.map((r) => r.n)).toEqual([3, 5]);
    expect(t.read).toEqual(['表头在第 2 行；第 1 行是标题，不是数据，已跳过', '跳过 1 个空行：4']);
  });
});

describe('xlsxRows', () => {
  it('reads the first sheet, numbers as numbers', async () => {
    const { rows, name, n, passed } = await xlsxRows(readFileSync(`${FIX}/sites.xlsx`), m);
    expect([name, n, passed]).toEqual(['红色地点', 1, []]);
    expect(rows[0]).toEqual(['金山区红色地点一览表（测试数据）', null, null, null, null, null, null, null, null, null, null, null]);
    expect(rows[2]?.slice(0, 5)).toEqual([1, '廊下镇党群服务中心', '党群服务中心', 121.1789, 30.8102]);
  });
});

describe('guessDelimiter', () => {
  it('takes the separator the header uses most, outside quotes', () => {
    expect(guessDelimiter('名称;经度;纬度\n甲;121,05;30,66\n')).toBe(';');
    expect(guessDelimiter('"a,b"\tc\n')).toBe('\t');
    expect(guessDelimiter('名称\n')).toBe(',');
  });
});
