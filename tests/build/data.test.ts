import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/pack/index.ts';
import { readPage } from '../support/dist.ts';

const { entries } = getPack();

describe('open data of the build', () => {
  it('/data/sites.geojson has every site at its WGS-84 point', () => {
    const fc = JSON.parse(readPage('/data/sites.geojson'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f: { id: string }) => f.id).sort()).toEqual(entries.sites.map((e) => e.id).sort());
    for (const site of entries.sites) {
      const f = fc.features.find((x: { id: string }) => x.id === site.id);
      expect(f.geometry.coordinates).toEqual([site.data.location.lon, site.data.location.lat]);
      expect(f.properties.title).toBe(site.data.title);
    }
  });

  it('/data/sites.csv opens in Excel (BOM) with one row per site', () => {
    const csv = readPage('/data/sites.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.id).sort()).toEqual(entries.sites.map((e) => e.id).sort());
  });

  it('/data/ links both files', () => {
    const html = readPage('/data/');
    expect(html).toContain('href="/data/sites.geojson"');
    expect(html).toContain('href="/data/sites.csv"');
  });
});
