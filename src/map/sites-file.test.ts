import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/support/dist.ts';
import { loadPack } from '../pack/load.ts';
import { buildMapData } from './data.ts';
import { levelsOf, regionOf, siteRegions } from './site-regions.ts';
import { fromSitesFile, toSitesFile } from './sites-file.ts';

const data = buildMapData(loadPack(ROOT));
const sites = data.sites.features;

describe('/map/sites.geojson', () => {
  it('gives the browser, once read, the same sites the build drew every view from', () => {
    const read = fromSitesFile(JSON.parse(JSON.stringify(toSitesFile(sites))));
    expect(read.features).toEqual(sites);
  });

  it('carries each region once, and no field the browser derives', () => {
    const file = JSON.stringify(toSitesFile(sites));
    expect(file).not.toContain('regionKeys');
    expect(file).not.toContain('"regions"');
    // What only a panel shows comes in a file of its own (site-details.ts).
    expect(file).not.toContain('"summary"');
    const written = toSitesFile(sites).features;
    expect(written.every((f, i) => f.id === sites[i]?.id && !('id' in f.properties))).toBe(true);
    // Smaller than the sites as the views read them, compressed as a server sends it.
    expect(gzipSync(file).length).toBeLessThan(0.95 * gzipSync(JSON.stringify(data.sites)).length);
  });

  it('keeps a cross-border site in both its regions, and a filter key for each level of each', () => {
    const site = sites.find((s) => s.properties.places.length === 2);
    expect(site).toBeDefined();
    const keys = site!.properties.regionKeys.split('|').filter(Boolean);
    for (const levels of site!.properties.places) expect(keys).toContain(levels[0]);
    expect(site!.properties.regions).toHaveLength(2);
  });
});

describe('region levels', () => {
  it('turn into labels and keys as the region itself does, a municipality named once', () => {
    const r = { province: '上海市', city: '上海市', county: '金山区', town: '廊下镇', village: '山塘村' };
    expect(levelsOf(r)).toEqual(['上海市', '上海市', '金山区', '廊下镇', '山塘村']);
    expect(regionOf(levelsOf(r))).toEqual(r);
    expect(siteRegions([levelsOf(r)])).toEqual({ regions: ['上海市金山区廊下镇山塘村'], regionKeys: '|上海市|上海市/金山区|上海市/金山区/廊下镇|' });
  });

  it('keep a gap inside a region and drop the empty levels at its end', () => {
    const r = { province: '浙江省', county: '平湖市' };
    expect(levelsOf(r)).toEqual(['浙江省', '', '平湖市']);
    expect(regionOf(levelsOf(r))).toEqual(r);
    expect(levelsOf({ province: '浙江省' })).toEqual(['浙江省']);
  });
});
