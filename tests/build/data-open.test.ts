/**
 * The open data of a build, read as a user's tools read it: GPX against the GPX 1.1 rules and through
 * togeojson, KML through togeojson, GeoJSON as GeoJSON; and the round trip the /data/ page promises:
 * /data/sites.csv imported into an empty pack gives back the same sites.
 * Builds its own packs (the example pack and a scenario pack), not the default content.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { gpx11Problems } from '../../src/data/gpx-check.ts';
import { ui } from '../../src/i18n/index.ts';
import { runImport } from '../../src/import/run.ts';
import { loadPack, type Pack } from '../../src/pack/load.ts';
import { formatProblem } from '../../src/pack/problems.ts';
import { type BuildResult, buildPack, sharedBuild } from '../support/astro-build.ts';
import { links, ROOT, readPage, text } from '../support/dist.ts';
import { scenarioPack } from '../support/scenario.ts';

// Builds of other packs keep their own content cache, never the default one a parallel build may be using.
process.env.ASTRO_CACHE_DIR ??= mkdtempSync(join(tmpdir(), 'astro-cache-data-'));

const xml = (s: string) => new DOMParser().parseFromString(s, 'text/xml') as never;

/** The site fields a spreadsheet carries, as the pack reads them (points in WGS-84). */
function siteFacts(pack: Pack) {
  return Object.fromEntries(
    pack.entries.sites.map((s) => {
      const d = s.data;
      return [
        s.id,
        {
          title: d.title,
          titleEn: d.titleEn,
          summaryEn: d.summaryEn,
          kind: d.kind,
          location: d.location,
          regions: d.regions,
          summary: d.summary,
          sources: d.sources,
          themes: d.themes,
          partnerships: d.partnerships,
          address: d.address,
          opening: d.opening,
          booking: d.booking,
          body: s.body.trim(),
        },
      ];
    }),
  );
}

/** Imports the built /data/sites.csv into a pack holding only the original's pack.yaml. */
async function roundTrip(packDir: string, dist: string) {
  const empty = mkdtempSync(join(tmpdir(), 'roundtrip-'));
  cpSync(join(packDir, 'pack.yaml'), join(empty, 'pack.yaml'));
  // The basemap files the settings name belong to the pack, not to its entries: an "empty" pack keeps them.
  const { config } = loadPack(packDir);
  for (const layer of config.basemap.layers) {
    const from = join(packDir, config.paths.geo, layer.file);
    if (existsSync(from)) cpSync(from, join(empty, config.paths.geo, layer.file));
  }
  const result = await runImport(['sites', join(dist, 'data/sites.csv'), '--pack', empty, '--write']);
  return { result, imported: loadPack(empty) };
}

describe('open data of a pack with a drawn route, a straight-leg route and a bus line', () => {
  const dir = scenarioPack('base');
  mkdirSync(join(dir, 'content/routes'), { recursive: true });
  writeFileSync(
    join(dir, 'content/routes/back-again.md'),
    '---\ntitle: 原路返回\nsummary: 从明月山塘回到转角湾。\nstops:\n  - { site: shantang, note: "先看 A & B" }\n  - { site: zhuanjiaowan }\nmodes: [walk]\nsources: [seed-002]\n---\n',
  );
  // A site with everything a sheet can carry: English fields, opening, booking and a body of two paragraphs.
  writeFileSync(
    join(dir, 'content/sites/guangchen-dangqun.md'),
    '---\ntitle: 广陈镇党群服务中心\ntitleEn: Guangchen Party and Public Service Centre\nsummary: 广陈镇的党群服务中心（测试数据）。\nsummaryEn: The party and public service centre of Guangchen (test data).\nkind: service-centre\nregions:\n  - { province: 浙江省, city: 嘉兴市, county: 平湖市, town: 广陈镇 }\nlocation: { lon: 121.1, lat: 30.79, precision: "approximate: 镇政府旁" }\nopening: 工作日 8:30—17:00\nbooking: "电话 0573-00000000"\nsources: [seed-002]\n---\n第一段正文。\n\n第二段，含“引号”、逗号, 和 | 竖线。\n',
  );
  let build: BuildResult;
  beforeAll(() => {
    build = buildPack(dir);
  });
  const pack = loadPack(dir);

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('writes GPX 1.1 for every route: stops as waypoints, then a track when drawn or a route of the stops when not', () => {
    for (const route of pack.entries.routes) {
      const file = readPage(`/data/routes/${route.id}.gpx`, build.dist);
      expect(gpx11Problems(file), route.id).toEqual([]);
      const fc = gpx(xml(file));
      const stops = fc.features.filter((f) => f.geometry?.type === 'Point');
      expect(stops.map((f) => f.geometry)).toEqual(
        route.data.stops.map((s) => {
          const site = pack.entries.sites.find((x) => x.id === s.site)!;
          return { type: 'Point', coordinates: [site.data.location.lon, site.data.location.lat] };
        }),
      );
      const drawn = pack.geometries.has(`routes/${route.id}`);
      expect(fc.features.filter((f) => f.properties?._gpxType).map((f) => f.properties?._gpxType)).toEqual([drawn ? 'trk' : 'rte']);
    }
    const straight = gpx(xml(readPage('/data/routes/back-again.gpx', build.dist)));
    expect(straight.features.find((f) => f.properties?._gpxType === 'rte')?.properties?.desc).toBe(ui.data.pathStraight);
    expect(straight.features.find((f) => f.geometry?.type === 'Point')?.properties?.desc).toBe('先看 A & B');
  });

  it('writes KML and GeoJSON of every route with the same stops and path', () => {
    for (const route of pack.entries.routes) {
      const fromKml = kml(xml(readPage(`/data/routes/${route.id}.kml`, build.dist)));
      const geojson = JSON.parse(readPage(`/data/routes/${route.id}.geojson`, build.dist));
      const kmlPoints = fromKml.features.filter((f) => f.geometry?.type === 'Point').map((f) => f.geometry);
      const jsonPoints = geojson.features
        .filter((f: { properties: { role: string } }) => f.properties.role === 'stop')
        .map((f: { geometry: unknown }) => f.geometry);
      expect(kmlPoints).toEqual(jsonPoints);
      expect(kmlPoints).toHaveLength(route.data.stops.length);
      const path = geojson.features[0];
      expect(path.properties.straightLegs).toBe(!pack.geometries.has(`routes/${route.id}`));
      expect(fromKml.features.at(-1)?.geometry).toEqual(path.geometry);
    }
  });

  it('writes GeoJSON of every bus line: its stops in order with their side of the border', () => {
    for (const line of pack.entries.transit) {
      const fc = JSON.parse(readPage(`/data/transit/${line.id}.geojson`, build.dist));
      expect(
        fc.features
          .filter((f: { properties: { role: string } }) => f.properties.role === 'stop')
          .map((f: { properties: { side: string } }) => f.properties.side),
      ).toEqual(line.data.stops.map((s) => s.side));
    }
  });

  it('/data/ links every file, each with its sources and licence', () => {
    const html = readPage('/data/', build.dist);
    const hrefs = links(html);
    const files = [
      '/data/sites.geojson',
      '/data/sites.csv',
      ...pack.entries.routes.flatMap((r) => ['gpx', 'kml', 'geojson'].map((f) => `/data/routes/${r.id}.${f}`)),
      ...pack.entries.transit.map((t) => `/data/transit/${t.id}.geojson`),
    ];
    for (const f of files) expect(hrefs, f).toContain(f);
    const page = text(html);
    expect(page.split(`${ui.data.licenceLabel}：${ui.data.licence}`).length - 1).toBe(1 + pack.entries.routes.length + pack.entries.transit.length);
    expect(page).toContain('《平湖金山毗邻党建——引领浙沪“跨界”合作》');
    expect(page).toContain('测试数据');
  });

  it('/data/sites.csv imports into an empty pack as the same sites, notes of sources, second regions, English fields and bodies included', async () => {
    const { result, imported } = await roundTrip(dir, build.dist);
    expect(siteFacts(imported)).toEqual(siteFacts(pack));
    // Only what a sites file cannot carry is left: the partnership the site names is not in the empty pack.
    expect(imported.problems.map((p) => `${p.entry} ${p.field}`)).toEqual(['sites/zhuanjiaowan partnerships.0']);
    expect(result.code).toBe(1);
  });
});

describe('round trip of the example pack', () => {
  const example = join(ROOT, 'examples/tongwulang');
  let build: BuildResult;
  beforeAll(() => {
    build = sharedBuild(example);
  });

  it('importing its /data/sites.csv into an empty pack reproduces its sites entry by entry', async () => {
    expect(build.status, build.output).toBe(0);
    const original = loadPack(example);
    const { imported } = await roundTrip(example, build.dist);
    const before = siteFacts(original);
    const after = siteFacts(imported);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const id of Object.keys(before)) expect(after[id], id).toEqual(before[id]);
    expect(imported.problems.map(formatProblem).every((p) => p.includes('不是 partnerships 里的条目'))).toBe(true);
  });
});
