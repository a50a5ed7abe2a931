import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_WORDS } from '../i18n/pack-words.ts';
import { loadPack } from './load.ts';
import { zh } from './messages/zh.ts';
import { packConfigSchema } from './schemas.ts';
import { borderWarnings, packWords, searchExample } from './words.ts';

const ROOT = join(import.meta.dirname, '../..');
const tongwulang = loadPack(join(ROOT, 'examples/tongwulang'));

const site = (title: string, province: string, featured = false) => ({
  id: title,
  data: { title, featured, regions: [{ province }] },
});
/** A pack of just what the words are made from: pack.yaml, sites, outlines. */
function pack(o: { sites?: ReturnType<typeof site>[]; config?: Record<string, unknown>; outlines?: string[] }) {
  const config = packConfigSchema.parse({ title: 't', description: 'd', serviceArea: [115, 38, 118, 41], ...o.config });
  const entries = { sites: o.sites ?? [], routes: [], belts: [], transit: [], partnerships: [], stories: [] };
  const features = (o.outlines ?? []).map((province) => ({ type: 'Feature', properties: { province }, geometry: null }));
  return { config, entries, basemap: [{ file: 'c.geojson', role: 'boundary', features }] } as unknown as Parameters<typeof packWords>[0];
}

describe('packWords', () => {
  it('gives a pack that names nothing the neutral words and a border named from its provinces', () => {
    const words = packWords(tongwulang);
    expect(words.zh).toMatchObject({ partnerships: '联建合作', belt: '示范带', border: '京津冀省界', transitLead: '跨越京津冀边界的公交线路。' });
    expect(words.en).toMatchObject({ partnerships: 'Partnerships', border: 'Beijing–Tianjin–Hebei border' });
    expect(JSON.stringify(words)).not.toMatch(/毗邻党建合作|七彩|浙沪|Zhejiang|Shanghai|shantang|myst/);
  });

  it("keeps what the pack's labels say, in each language", () => {
    const words = packWords(
      pack({ config: { labels: { partnerships: '毗邻党建合作', border: '浙沪省界' }, labelsEn: { border: 'Zhejiang–Shanghai border' } } }),
    );
    expect(words.zh.partnerships).toBe('毗邻党建合作');
    expect(words.zh.border).toBe('浙沪省界');
    expect(words.en.border).toBe('Zhejiang–Shanghai border');
    // A Chinese label is not shown on English pages.
    expect(words.en.partnerships).toBe(NEUTRAL_WORDS.en.partnerships);
  });

  it('names the border from the outlines the line is drawn between, when two of the provinces have them', () => {
    const sites = [site('甲村', '江苏省'), site('乙村', '浙江省'), site('丙村', '上海市'), site('丁村', '安徽省')];
    expect(packWords(pack({ sites })).zh.border).toBe(NEUTRAL_WORDS.zh.border);
    expect(packWords(pack({ sites, outlines: ['江苏省', '浙江省'] })).zh.border).toBe('苏浙省界');
    expect(packWords(pack({ sites: [site('甲村', '浙江省')] })).zh.border).toBe('省界');
  });

  it("takes the search examples from the pack's titles, featured first, and the same queries in English", () => {
    const words = packWords(tongwulang);
    expect([words.zh.searchPinyin, words.zh.searchInitials]).toEqual(['dongmaquancun', 'dmqc']);
    expect(words.en.searchPinyin).toBe(words.zh.searchPinyin);
    expect(searchExample(pack({ sites: [site('东马圈村', '天津市'), site('明月山塘（金山区）', '上海市', true)] }))).toEqual({
      pinyin: 'mingyueshantang',
      initials: 'myst',
    });
  });
});

describe('borderWarnings', () => {
  it('tells a pack with no outlines for a side of its border that no line can be drawn there', () => {
    const [w] = borderWarnings(tongwulang, zh.region);
    expect(w?.message).toContain('北京市、天津市、河北省');
    expect(w?.message).toContain('画不出');
    expect(w?.hint).toContain('role: boundary');
    const sites = [site('甲村', '江苏省'), site('乙村', '浙江省')];
    expect(borderWarnings(pack({ sites, outlines: ['江苏省', '浙江省'] }), zh.region)).toEqual([]);
    expect(borderWarnings(pack({ sites, outlines: ['江苏省'] }), zh.region)[0]?.message).toMatch(/没有 浙江省 的区县轮廓/);
    expect(borderWarnings(pack({ sites: [site('甲村', '浙江省')] }), zh.region)).toEqual([]);
  });
});
