import { describe, expect, it } from 'vitest';
import type { CollectionData } from '../pack/schemas.ts';
import { listItems, metaText } from './list-items.ts';

const site = (title: string, titleEn: string) =>
  ({
    title,
    titleEn,
    kind: 'village',
    regions: [{ province: '浙江省', city: '嘉兴市', county: '平湖市', town: '广陈镇' }],
  }) as unknown as CollectionData['sites'];
const story = (title: string, date: string) => ({ title, date }) as unknown as CollectionData['stories'];

describe('index rows', () => {
  it('order sites by the pinyin of their Chinese title, in both languages', () => {
    // 金山, 平湖, 山塘 (jin, ping, shan): by code point the order would be the reverse.
    const sites = [
      { id: 's', data: site('山塘村', 'Shantang') },
      { id: 'p', data: site('平湖市', 'Pinghu') },
      { id: 'j', data: site('金山区', 'Jinshan') },
    ];
    expect([...sites].sort((a, b) => (a.data.title < b.data.title ? -1 : 1)).map((r) => r.id)).toEqual(['s', 'p', 'j']);
    expect(listItems('sites', sites).map((r) => r.id)).toEqual(['j', 'p', 's']);
    const en = listItems('sites', sites, 'en');
    expect(en.map((r) => r.title)).toEqual(['Jinshan', 'Pinghu', 'Shantang']);
  });

  it('order stories by date, then by title, with the date as their line', () => {
    const rows = listItems('stories', [
      { id: 'late', data: story('乙', '2024-05-01') },
      { id: 'b', data: story('山塘', '2021-03-01') },
      { id: 'a', data: story('阿', '2021-03-01') },
    ]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'late']);
    expect(metaText(rows[2]?.meta)).toContain('2024');
  });
});
