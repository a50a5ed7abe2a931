import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from '../pack/load.ts';
import { CSV_COLUMNS, type SiteRow, sitesToCsv, sitesToGeoJson } from './sites-export.ts';

const sites = loadPack(scenarioPack('base')).entries.sites;

describe('sitesToCsv', () => {
  const csv = sitesToCsv(sites);

  it('starts with a UTF-8 byte-order mark so Excel reads Chinese correctly', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('parses back to the same sites, both regions of a cross-border site included', () => {
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const shantang = parsed.data.find((r) => r.id === 'shantang');
    // The note of a source travels with it, so an import of the file cites it the same way.
    expect(shantang).toMatchObject({
      title: '明月山塘',
      kind: 'park',
      lon: '121.13',
      lat: '30.78',
      town: '广陈镇',
      town_2: '廊下镇',
      sources: 'seed-002: 第五部分',
    });
    expect(parsed.data).toHaveLength(sites.length);
  });

  it('quotes cells that hold commas, quotes and line breaks', () => {
    const tricky = { id: 'x', data: structuredClone(sites[0]!.data) };
    tricky.data.summary = '一桥两山塘，"横跨",浙与沪\n第二行';
    const row = Papa.parse<Record<string, string>>(sitesToCsv([tricky]).slice(1), { header: true }).data[0];
    expect(row?.summary).toBe(tricky.data.summary);
  });
});

describe('sitesToGeoJson', () => {
  it('gives one point feature per site with its page link', () => {
    const fc = sitesToGeoJson(sites);
    expect(fc.features).toHaveLength(sites.length);
    const f = fc.features.find((x) => x.id === 'zhuanjiaowan');
    expect(f?.geometry.coordinates).toEqual([121.05, 30.66]);
    expect(f?.properties).toMatchObject({ title: '转角湾', kind: 'red-heritage', url: '/sites/zhuanjiaowan/', precision: 'approximate: village centre' });
  });
});

describe('the round trip fields (issue 18)', () => {
  it('the CSV carries the body and the English summary, the GeoJSON opening and booking', () => {
    const site = sites[0] as SiteRow;
    const full: SiteRow = {
      ...site,
      data: { ...site.data, summaryEn: 'In English.', opening: '全天开放', booking: '电话 0573-00000000' },
      body: '第一段。\n\n第二段, 含逗号。\n',
    };
    const row = Papa.parse<Record<string, string>>(sitesToCsv([full]).slice(1), { header: true }).data[0];
    expect([row?.summary_en, row?.body, row?.opening, row?.booking]).toEqual(['In English.', '第一段。\n\n第二段, 含逗号。', '全天开放', '电话 0573-00000000']);
    expect(sitesToGeoJson([full]).features[0]?.properties).toMatchObject({ opening: '全天开放', booking: '电话 0573-00000000', summaryEn: 'In English.' });
  });
});
