import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from '../pack/load.ts';
import { entryFromFile, entryToFile } from './format.ts';

// What Decap hands the format for a form filled in with some fields left blank.
const form = {
  id: 'xin-didian',
  title: '新地点',
  titleEn: '',
  summary: '一句话摘要。',
  kind: 'village',
  aliases: [],
  regions: [{ province: '浙江省', city: '嘉兴市', county: '平湖市', town: '', village: '' }],
  location: { lon: 121.05, lat: 30.7, precision: 'survey' },
  sources: [{ ref: 'seed-002' }, { ref: 'seed-002', note: '第五部分', title: '', url: '' }],
  featured: false,
  body: '第一段。\n\n第二段。\n\n',
};

describe('the pack format of the editor', () => {
  it('writes what a person writes: no id, no blank fields, a lone source ref as its key', () => {
    expect(entryToFile(form)).toBe(
      [
        '---',
        'title: 新地点',
        'summary: 一句话摘要。',
        'kind: village',
        'regions:',
        '  - province: 浙江省',
        '    city: 嘉兴市',
        '    county: 平湖市',
        'location:',
        '  lon: 121.05',
        '  lat: 30.7',
        '  precision: survey',
        'sources:',
        '  - seed-002',
        '  - ref: seed-002',
        '    note: 第五部分',
        '---',
        '第一段。',
        '',
        '第二段。',
        '',
      ].join('\n'),
    );
  });

  it('an entry saved by the editor and the same entry written by hand load the same', () => {
    const saved = scenarioPack('base');
    const byHand = scenarioPack('base');
    writeFileSync(join(saved, 'content/sites/xin-didian.md'), entryToFile(form));
    writeFileSync(
      join(byHand, 'content/sites/xin-didian.md'),
      '---\ntitle: 新地点\nsummary: 一句话摘要。\nkind: village\nregions:\n  - { province: 浙江省, city: 嘉兴市, county: 平湖市 }\nlocation: { lon: 121.05, lat: 30.7, precision: survey }\nsources: [seed-002, { ref: seed-002, note: 第五部分 }]\n---\n第一段。\n\n第二段。\n',
    );
    const a = loadPack(saved);
    const b = loadPack(byHand);
    expect(a.problems).toEqual([]);
    const entry = (p: typeof a) => p.entries.sites.find((e) => e.id === 'xin-didian');
    expect(entry(a)?.data).toEqual(entry(b)?.data);
    expect(entry(a)?.body).toBe(entry(b)?.body);
    expect(a.warnings).toEqual(b.warnings);
  });

  it('reads a hand-written file back into the form, sources as objects, and writes it unchanged in meaning', () => {
    const file = '---\ntitle: 明月山塘\nsummary: 一桥两山塘。\nsources: [seed-002, { ref: seed-002, note: 第五部分 }]\n---\n住在北、吃在南。\n';
    const data = entryFromFile(file);
    expect(data).toEqual({
      title: '明月山塘',
      summary: '一桥两山塘。',
      sources: [{ ref: 'seed-002' }, { ref: 'seed-002', note: '第五部分' }],
      body: '住在北、吃在南。',
    });
    expect(entryFromFile(entryToFile(data))).toEqual(data);
  });
});
