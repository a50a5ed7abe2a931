/**
 * The default pack tells a public, political story: these tests keep it whole and sourced.
 * Titles are matched by their start so a clarifying suffix, e.g. "（平湖市）", may change.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/load.ts';
import { COLLECTIONS, type CollectionName } from '../../src/pack/schemas.ts';
import { ROOT } from '../support/dist.ts';

const pack = loadPack(ROOT);
const all = COLLECTIONS.flatMap((c) => pack.entries[c].map((e) => ({ c, e })));
const titles = (c: CollectionName) => pack.entries[c].map((e) => e.data.title);

const REQUIRED: Record<CollectionName, string[]> = {
  sites: [
    // the eight towns of the four adjacent pairs
    '新埭镇',
    '枫泾镇',
    '新仓镇',
    '吕巷镇',
    '独山港镇',
    '金山卫镇',
    '广陈镇',
    '廊下镇',
    '转角湾',
    '中共衙前支部',
    '山塘村（平湖市广陈镇）',
    '山塘村（金山区廊下镇）',
    '沪浙山塘联合党支部',
    '明月山塘',
    '廊下郊野公园',
    '边界法治示范路',
    '兴旺村',
    '蔷薇村',
    '张江长三角科技城',
    '浙沪新材料产业园',
    '浙沪毗邻党建公园',
    // the 2011 mediation council's villages
    '金桥村',
    '金沙村',
    '穗轮村',
    '永久村',
    '永联村',
    '金山第二工业区',
    '“田园五镇”',
    // the 浙东红脉 loop
    '大堰镇',
    '深甽镇',
    '西店镇',
    '石梁镇',
  ],
  belts: ['毗邻党建七彩示范带'],
  transit: ['廊下2路', '平湖207路', '“跨省零换乘”'],
  routes: ['红色渊源线', '明月山塘一日', '边界十联', '浙东红脉'],
  partnerships: [
    '平湖–金山毗邻党建“1+6+4”',
    '新埭镇–枫泾镇',
    '新仓镇–吕巷镇',
    '独山港镇–金山卫镇',
    '广陈镇–廊下镇',
    'G60科创走廊',
    '长三角区域城市（嘉定、温州、昆山、太仓）',
    '三市五地',
    '滕头村“1+6”',
    '慈溪市–金山区',
    '“通武廊”',
    '吴江–秀洲',
    '皖苏鲁豫',
    '闵行区“枢纽党建”',
    '川渝',
    '川甘陕',
  ],
  stories: [
    '1927年',
    '2010年',
    '2011年',
    '2012年',
    '2017年8月17日',
    '2018年：九城市',
    '2018年：平湖与金山签订12个',
    '2019年',
    '2021年7月',
    '2024年',
    '一桥两山塘',
  ],
  // the first Party members of 金山 and 平湖 in seed-002, the only people of the region's red history the seeds name
  people: ['李一湾', '朱轶凡'],
};

describe('the default content pack', () => {
  it('is valid', () => {
    expect(pack.problems).toEqual([]);
  });

  it('puts no point in the sea or in the wrong outline', () => {
    // 西店镇's old guessed point lay 1.5 km into 象山港; it now stands on GeoNames' point for the town, named as its source.
    expect(pack.warnings.map((w) => `${w.entry} ${w.field}`)).toEqual([]);
  });

  it('has a second pack, examples/tongwulang, with no problem and no warning', () => {
    const other = loadPack(resolve(ROOT, 'examples/tongwulang'));
    expect([...other.problems, ...other.warnings]).toEqual([]);
  });

  it.each(COLLECTIONS)('has every required %s entry', (c) => {
    for (const title of REQUIRED[c])
      expect(
        titles(c).some((t) => t.startsWith(title)),
        `${c}: ${title}`,
      ).toBe(true);
  });

  it('covers Pinghu–Jinshan with at least 35 sites', () => {
    const pj = pack.entries.sites.filter((s) => s.data.regions.some((r) => r.county === '平湖市' || r.county === '金山区'));
    expect(pj.length).toBeGreaterThanOrEqual(35);
  });

  it('gives every entry a source, a body, and every point an honest precision', () => {
    for (const { e } of all) {
      expect(e.data.sources.length, e.file).toBeGreaterThan(0);
      expect(e.body.trim().length, `${e.file} has an empty body`).toBeGreaterThan(20);
    }
    for (const s of pack.entries.sites) expect(s.data.location.precision, s.file).toMatch(/^(survey|approximate: .+)$/);
    for (const p of pack.entries.partnerships) for (const m of p.data.members) if (m.location) expect(m.location.precision, p.file).toMatch(/^approximate: .+/);
  });

  it('resolves every route stop and belt member to a site', () => {
    const ids = new Set(pack.entries.sites.map((s) => s.id));
    for (const r of pack.entries.routes) for (const s of r.data.stops) expect(ids.has(s.site), `${r.file}: ${s.site}`).toBe(true);
    for (const b of pack.entries.belts) for (const band of b.data.bands) for (const m of band.members) expect(ids.has(m), `${b.file}: ${m}`).toBe(true);
  });

  it('states the belt as the sources state it: 32 points, red and yellow named, the other five unnamed', () => {
    const belt = pack.entries.belts[0]!.data;
    expect(belt.statedPoints).toBe(32);
    expect(belt.bands).toHaveLength(7);
    expect(
      belt.bands
        .filter((b) => b.field)
        .map((b) => b.field)
        .sort(),
    ).toEqual(['农业丰收', '红色传承'].sort());
    expect(belt.bands.filter((b) => !b.colourName && !b.field)).toHaveLength(5);
  });

  it('invents no opening hours, bookings or timetables', () => {
    for (const s of pack.entries.sites) {
      expect(s.data.opening, s.file).toBeUndefined();
      expect(s.data.booking, s.file).toBeUndefined();
    }
    for (const t of pack.entries.transit) expect(t.data.frequency, t.file).toBeUndefined();
  });

  it('keeps the more precise date of the 2017 agreement and cites both seeds', () => {
    const story = pack.entries.stories.find((s) => s.data.title.startsWith('2017年8月17日'))!;
    expect(story.data.date).toBe('2017-08-17');
    const keys = story.data.sources.map((s) => (typeof s === 'string' ? s : s.ref));
    expect(keys).toEqual(expect.arrayContaining(['seed-000', 'seed-002']));
  });

  it('dates at least eight stories into a timeline', () => {
    expect(new Set(pack.entries.stories.map((s) => s.data.date)).size).toBeGreaterThanOrEqual(8);
  });
});
