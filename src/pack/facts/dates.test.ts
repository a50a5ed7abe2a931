import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../../tests/support/scenario.ts';
import { loadPack } from '../load.ts';
import { zh } from '../messages/index.ts';
import { checkDates, isAfter, isCalendarDate, todayInChina } from './dates.ts';

describe('isCalendarDate', () => {
  it.each(['2017', '2017-02', '2017-02-28', '2020-02-29', '2000-02-29', '2017-12-31'])('%s exists', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2017-02-30', '2019-02-29', '1900-02-29', '2017-04-31', '2017-01-00'])('%s does not', (d) => expect(isCalendarDate(d)).toBe(false));
});

describe('isAfter', () => {
  it('compares at the date’s own precision', () => {
    expect(isAfter('2026', '2026-12-02')).toBe(false);
    expect(isAfter('2027', '2026-12-02')).toBe(true);
    expect(isAfter('2026-12', '2026-12-02')).toBe(false);
    expect(isAfter('2026-12-02', '2026-12-02')).toBe(false);
    expect(isAfter('2026-12-03', '2026-12-02')).toBe(true);
  });
});

describe('todayInChina', () => {
  it('is already tomorrow in China after 16:00 UTC', () => {
    expect(todayInChina(new Date('2025-06-15T15:59:00Z'))).toBe('2025-06-15');
    expect(todayInChina(new Date('2025-06-15T16:00:00Z'))).toBe('2025-06-16');
  });
});

describe('checkDates', () => {
  it('holds a story after today to being planned, and a source’s date to having been', () => {
    const pack = loadPack(scenarioPack('base'));
    const story = pack.entries.stories[0];
    if (!story) throw new Error('base pack has a story');
    story.data.date = '2025-07';
    const config = { ...pack.config, sources: { a: { title: 'a', date: '2025-06-16' }, b: { title: 'b', date: '2023-02-29' } } };
    const lines = checkDates(pack.entries, config, '2025-06-15', zh).map((p) => `${p.file} ${p.field} ${p.message}`);
    expect(lines).toEqual([
      'content/stories/yaqian-1927.md date 日期 2025-07 在今天（2025-06-15）之后',
      'pack.yaml sources.a.date 来源的发表日期 2025-06-16 在今天（2025-06-15）之后',
      'pack.yaml sources.b.date 日期 2023-02-29 不存在：这个月没有这一天',
    ]);
    story.data.planned = true;
    expect(checkDates(pack.entries, config, '2025-06-15', zh).map((p) => p.file)).toEqual(['pack.yaml', 'pack.yaml']);
  });
});
