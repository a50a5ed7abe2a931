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
  it('order sites by their Chinese title, in pinyin order, in both languages', () => {
    const sites = [
      { id: 'x', data: site('新埭镇', 'Xindai') },
      { id: 'a', data: site('安吉余村', 'Yu Village') },
      { id: 's', data: site('山塘村', 'Shantang') },
    ];
    expect(listItems('sites', sites).map((r) => r.id)).toEqual(['a', 's', 'x']);
    const en = listItems('sites', sites, 'en');
    expect(en.map((r) => r.id)).toEqual(['a', 's', 'x']);
    expect(en.map((r) => r.title)).toEqual(['Yu Village', 'Shantang', 'Xindai']);
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
