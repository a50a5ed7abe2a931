import { describe, expect, it } from 'vitest';
import { zh } from '../pack/messages/index.ts';
import { siteSchema } from '../pack/schemas.ts';
import { precisionOf, type SiteContext, siteFromRecord } from './site-record.ts';
import type { ImportOptions } from './types.ts';

const options: ImportOptions = {
  crs: 'wgs84',
  m: zh.import,
  precision: 'approximate: imported from test.csv',
  kinds: new Map(),
  folderKinds: new Map(),
  sources: [],
  force: false,
  merge: false,
  new: false,
  replaceBody: false,
  mode: 'car',
  routes: [],
};
const ctx: SiteContext = {
  options,
  serviceArea: [120.5, 30.4, 122.0, 31.3],
  sourceKeys: new Set(['seed-002']),
  regionAt: () => ({ province: '浙江省', city: '嘉兴市', county: '平湖市' }),
};

describe('siteFromRecord', () => {
  it('makes frontmatter the site schema accepts, fields in the order entries are written', () => {
    const out = siteFromRecord(
      { title: '转角湾', kind: '革命旧址', lon: '121.05', lat: '30.66', summary: '旧址。', sources: 'seed-002: 第二节', themes: '红色传承|党史' },
      ctx,
    );
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    expect(siteSchema.safeParse(out.data).success).toBe(true);
    expect(Object.keys(out.data)).toEqual(['title', 'summary', 'kind', 'regions', 'location', 'themes', 'sources']);
    expect(out.data.sources).toEqual([{ ref: 'seed-002', note: '第二节' }]);
  });

  it('reports every problem of a row at once', () => {
    const out = siteFromRecord({ title: '坏行', kind: '纪念碑', lon: 'x' }, ctx);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems.map((p) => p.field)).toEqual(['kind', 'lon', 'lat', 'sources']);
  });

  it('writes a summary of facts when the row has none, and says it did', () => {
    const out = siteFromRecord({ title: '兴旺村', kind: '村', lon: '121.03', lat: '30.72', sources: 'seed-002', town: '新埭镇', village: '兴旺村' }, ctx);
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    expect(out.data.summary).toBe('兴旺村，位于浙江省嘉兴市平湖市新埭镇。');
    expect(out.generated).toEqual(['summary']);
  });

  it('a title over 80 characters is refused rather than cut', () => {
    const out = siteFromRecord({ title: '长'.repeat(81), kind: '村', lon: '121.03', lat: '30.72', sources: 'seed-002' }, ctx);
    expect(out).toMatchObject({ ok: false, problems: [{ field: 'title', message: '名称超过 80 个字' }] });
  });

  it('reads precision words', () => {
    expect([precisionOf('实测'), precisionOf('村委会'), precisionOf('approximate: village centre'), precisionOf('近似')]).toEqual([
      'survey',
      'approximate: 村委会',
      'approximate: village centre',
      undefined,
    ]);
  });
});
