import { describe, expect, it } from 'vitest';
import { clock, distanceLabel, duration } from '../routes/format.ts';
import { dateLabel } from '../site/format.ts';
import { en } from './en.ts';
import { uiFor } from './index.ts';
import { zhCN } from './zh-CN.ts';

/** Every key path of a dictionary, functions and strings as leaves. */
function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Every text of a dictionary: strings, and functions called with sample arguments. */
function texts(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  if (typeof o === 'function') {
    // unplacedStops takes a list; the rest take numbers or strings, for which '2' serves.
    const args = Array.from({ length: o.length }, () => (prefix.endsWith('unplacedStops') ? ['x'] : '2'));
    return [[prefix, String((o as (...a: unknown[]) => unknown)(...args))]];
  }
  if (typeof o !== 'object' || o === null) return [];
  return Object.entries(o).flatMap(([k, v]) => texts(v, prefix ? `${prefix}.${k}` : k));
}

/** English strings that quote a Chinese name on purpose: the language link names Chinese in Chinese. */
const HAN_ALLOWED = new Set(['languageSwitch.other']);
const HAN = /\p{Script=Han}/u;

describe('the dictionaries', () => {
  it('have the same keys in zh-CN and en', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('have no Chinese characters in English strings, except names quoted on purpose', () => {
    const han = texts(en).filter(([k, v]) => HAN.test(v) && !HAN_ALLOWED.has(k));
    expect(han).toEqual([]);
    // The allowance is not a blanket one: those strings do hold Chinese.
    for (const k of HAN_ALLOWED) expect(texts(en).find(([key]) => key === k)?.[1]).toMatch(HAN);
  });

  it('give the language of their pages', () => {
    expect(uiFor('en').lang).toBe('en');
    expect(uiFor('zh-CN').lang).toBe('zh-CN');
    expect(uiFor(undefined).lang).toBe('zh-CN');
    expect(uiFor('fr').lang).toBe('zh-CN');
  });

  it('count in English with singular and plural', () => {
    expect(en.countOf(1)).toBe('1 entry');
    expect(en.countOf(12)).toBe('12 entries');
    expect(en.map.count(3, 47)).toBe('Showing 3 of 47 sites');
    expect(zhCN.countOf(12)).toBe('共 12 条');
  });
});

describe('dates, durations and distances per language', () => {
  it('dates as precise as the source', () => {
    expect(dateLabel('2017-08-17')).toBe('2017年8月17日');
    expect(dateLabel('2017-08-17', 'en')).toBe('17 August 2017');
    expect(dateLabel('2017-08', 'en')).toBe('August 2017');
    expect(dateLabel('2019', 'en')).toBe('2019');
    expect(dateLabel('2019', 'zh-CN')).toBe('2019年');
  });

  it('minutes, hours and kilometres', () => {
    expect(duration(95)).toBe('1 小时 35 分钟');
    expect(duration(95, 'en')).toBe('1 h 35 min');
    expect(duration(120, 'en')).toBe('2 h');
    expect(duration(45, 'en')).toBe('45 min');
    expect(distanceLabel(0.85, 'en')).toBe('850 m');
    expect(distanceLabel(12.34, 'en')).toBe('12.3 km');
    expect(distanceLabel(12.34)).toBe('12.3 公里');
    expect(clock(1470, 'en')).toBe('next day 00:30');
    expect(clock(1470)).toBe('次日 00:30');
  });
});
