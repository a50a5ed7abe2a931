import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../tests/fixtures/hostile.ts';
import { decimal, listOf, lonLat, MAX_LIST } from './url-rules.ts';

describe('map URL rules', () => {
  it('read plain decimals in range only', () => {
    expect(decimal('11.5', 0, 20)).toBe(11.5);
    expect(decimal(' -3 ', -5, 5)).toBe(-3);
    for (const bad of ['1e3', '0x10', 'NaN', 'Infinity', '', '  ', '21', '1,5', null, undefined]) expect(decimal(bad, 0, 20), String(bad)).toBeUndefined();
  });

  it('read a centre as exactly two numbers in range', () => {
    expect(lonLat('121.1,30.7')).toEqual([121.1, 30.7]);
    for (const bad of ['121.1', '121.1,30.7,9', '200,30', '121,95', 'x,30']) expect(lonLat(bad), bad).toBeUndefined();
  });

  it('cut lists, trim items and drop blanks', () => {
    expect(listOf(' a, ,b ,')).toEqual(['a', 'b']);
    expect(listOf('x,'.repeat(100_000))).toHaveLength(MAX_LIST);
    expect(listOf(null)).toEqual([]);
  });

  it.each(HOSTILE)('never turn %j into a number', (v) => {
    const n = decimal(v, -1e9, 1e9);
    expect(n === undefined || String(n) === v.trim()).toBe(true);
  });
});
