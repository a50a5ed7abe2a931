import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from '../pack/load.ts';
import { COLLECTIONS } from '../pack/schemas.ts';
import { facets } from './facets.ts';
import { fuzzyKey } from './fuzzy.ts';
import { searchContext, searchRecord } from './records.ts';

const pack = loadPack(scenarioPack('base'));
const ctx = searchContext(pack.entries);

describe('searchRecord filters', () => {
  it('gives a cross-border site its kind, both counties, its bands and partnerships', () => {
    expect(searchRecord(ctx, 'sites', 'shantang').filters).toEqual({
      type: ['sites'],
      kind: ['park'],
      region: ['平湖市', '金山区'],
      band: [],
      partnership: ['pinghu-jinshan'],
    });
    expect(searchRecord(ctx, 'sites', 'zhuanjiaowan').filters.band).toEqual(['qicai/red']);
  });

  it('gives other entries the regions of the sites they name', () => {
    expect(searchRecord(ctx, 'routes', 'red-origins').filters.region).toEqual(['平湖市', '金山区']);
    expect(searchRecord(ctx, 'transit', 'langxia-2').filters).toMatchObject({ type: ['transit'], kind: [], region: ['平湖市', '金山区'] });
    expect(searchRecord(ctx, 'stories', 'yaqian-1927').filters.region).toEqual(['平湖市']);
    expect(searchRecord(ctx, 'belts', 'qicai').filters).toMatchObject({ band: ['qicai/red', 'qicai/band-2'], partnership: ['pinghu-jinshan'] });
  });

  it('puts a partnership in its own filter value', () => {
    expect(searchRecord(ctx, 'partnerships', 'pinghu-jinshan').filters.partnership).toEqual(['pinghu-jinshan']);
  });
});

describe('searchRecord metadata', () => {
  const site = searchRecord(ctx, 'sites', 'shantang').meta;

  it('carries the pinyin of the title for searching and, aligned, for highlighting', () => {
    expect(site.py.split(' ')).toEqual(['mingyueshantang', 'myst']);
    expect(site.pyp.split(' ')).toEqual(expect.arrayContaining(['shantang', 'shan', 'tang', 'yue', 'st']));
    expect(site.pyt).toBe('ming yue shan tang');
    expect(searchRecord(ctx, 'transit', 'langxia-2').meta.pyt).toBe('lang xia . lu');
  });

  it('names the kind and both regions in the result line', () => {
    expect(site.sub).toBe('公园景区 · 浙江省嘉兴市平湖市广陈镇山塘村 ⇄ 上海市金山区廊下镇山塘村');
  });

  it('has English type words, so "bus" finds the bus lines', () => {
    expect(searchRecord(ctx, 'transit', 'langxia-2').meta.alias.split(' ')).toEqual(expect.arrayContaining(['bus', '跨省公交']));
    expect(site.alias.split(' ')).toEqual(expect.arrayContaining(['site', 'park', '公园景区']));
  });

  it('has the pinyin of place names of both regions', () => {
    expect(site.alias.split(' ')).toEqual(expect.arrayContaining(['guangchenzhen', 'langxiazhen', 'pinghushi', 'jinshanqu', 'shantangcun', 'stc']));
  });

  it('has the pinyin of quoted names in the summary and story', () => {
    const p = loadPack(scenarioPack('base'));
    const entry = p.entries.sites.find((e) => e.id === 'shantang')!;
    entry.data = { ...entry.data, summary: '党建品牌“一桥两山塘、党建一家亲”。' };
    expect(searchRecord(searchContext(p.entries), 'sites', 'shantang').meta.alias.split(' ')).toEqual(expect.arrayContaining(['yqlst', 'djyjq']));
  });

  it('writes the fuzzy pinyin of the title, so santang and lanxia spellings meet the same key', () => {
    expect(site.fz.split(' ')).toEqual(expect.arrayContaining([fuzzyKey('mingyueshantang'), fuzzyKey('myst'), fuzzyKey('santang')]));
    expect(site.fz.split(' ').every((k) => k.startsWith('vv'))).toBe(true);
  });

  it('writes the category words of the type, the kind and a border crossing', () => {
    const words = site.cat.split(' ');
    expect(words).toEqual(expect.arrayContaining(['公园', 'park', '跨省', '省界']));
    expect(words).not.toContain('公交');
    expect(searchRecord(ctx, 'transit', 'langxia-2').meta.cat.split(' ')).toEqual(expect.arrayContaining(['公交', 'bus']));
    // 公交线路 would be cut into 公交 and 线路, and 线路 names the routes.
    expect(searchRecord(ctx, 'transit', 'langxia-2').meta.cat.split(' ')).not.toContain('公交线路');
    expect(searchRecord(ctx, 'routes', 'red-origins').meta.cat.split(' ')).toContain('线路');
  });

  it('indexes other names with their pinyin and initials', () => {
    const entries = {
      ...pack.entries,
      sites: pack.entries.sites.map((s) => (s.id === 'shantang' ? { ...s, data: { ...s.data, aliases: ['北山塘'] } } : s)),
    };
    const meta = searchRecord(searchContext(entries), 'sites', 'shantang').meta;
    expect(meta.aka?.split(' ')).toEqual(expect.arrayContaining(['北山塘', 'beishantang', 'bst']));
    expect(meta.fz.split(' ')).toContain(fuzzyKey('beishantang'));
    expect(site.aka).toBeUndefined();
  });

  it('leaves out the English title when there is none', () => {
    expect(site.en).toBeUndefined();
  });
});

describe('facets', () => {
  const records = COLLECTIONS.flatMap((c) => pack.entries[c].map((e) => searchRecord(ctx, c, e.id)));
  const f = facets(ctx, records);

  it('lists each filter value with its label and count', () => {
    expect(f.type.map((o) => [o.value, o.count])).toEqual([
      ['sites', 2],
      ['routes', 1],
      ['belts', 1],
      ['transit', 1],
      ['partnerships', 1],
      ['stories', 1],
      ['people', 1],
    ]);
    expect(f.kind).toEqual([
      { value: 'red-heritage', label: '革命旧址', count: 1 },
      { value: 'park', label: '公园景区', count: 1 },
    ]);
    expect(f.region.map((o) => o.value).sort()).toEqual(['平湖市', '金山区'].sort());
  });

  it('labels bands by colour name and field, with their colour', () => {
    expect(f.band).toEqual([
      { value: 'qicai/red', label: '红色 · 红色传承', count: 2, colour: '#c62828' },
      { value: 'qicai/band-2', label: '未具名色带 band-2', count: 1, colour: '#1565c0' },
    ]);
  });
});
