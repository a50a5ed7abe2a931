import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRows, guessDelimiter, tableFromRows, xlsxRows } from './table-read.ts';

const FIX = resolve(import.meta.dirname, '../../tests/fixtures/import');

describe('csvRows', () => {
  it('reads quoted cells with commas and line breaks, and tab-separated text', () => {
    expect(csvRows('名称,简介\n"转角湾","一,二\n三"\n').rows).toEqual([
      ['名称', '简介'],
      ['转角湾', '一,二\n三'],
    ]);
    expect(csvRows('名称\t经度\n甲\t121\n').rows).toEqual([
      ['名称', '经度'],
      ['甲', '121'],
    ]);
  });
});

describe('tableFromRows', () => {
  it('finds the header below a title line and numbers rows as the spreadsheet does', () => {
    const t = tableFromRows([['红色地点一览表'], ['名称', '经度', '纬度'], ['甲', 121, 30], [null, '', null], ['乙', 121.1, 30.1]]);
    expect(t.headerRow).toBe(2);
    expect(t.rows.map((r) => r.n)).toEqual([3, 5]);
    expect(t.read).toEqual(['header on row 2; row 1 above it is not data and was passed over', '1 empty row(s) passed over: 4']);
  });
});

describe('xlsxRows', () => {
  it('reads the first sheet, numbers as numbers', async () => {
    const rows = await xlsxRows(readFileSync(`${FIX}/sites.xlsx`));
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
