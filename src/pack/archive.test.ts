import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/support/dist.ts';
import { Compression, TileType, writePmtiles } from '../../tests/support/pmtiles-writer.ts';
import { ARCHIVE_BOUNDS, protomapsTestArchive } from '../../tests/support/protomaps-archive.ts';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { checkHeader, HEADER_BYTES, PROTOMAPS_ATTRIBUTION } from './archive.ts';
import { loadPack } from './load.ts';
import { formatProblem } from './problems.ts';

const vector = protomapsTestArchive().bytes;
const raster = new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/pmtiles/stamen-toner-raster-z3.pmtiles')));
const archive = (o: { tileType?: TileType; tileCompression?: Compression }) =>
  writePmtiles([{ z: 0, x: 0, y: 0, data: Uint8Array.from([1, 2, 3]) }], {
    tileType: o.tileType ?? TileType.Mvt,
    tileCompression: o.tileCompression ?? Compression.Gzip,
    bounds: [120, 30, 122, 32],
    metadata: {},
  });
const failure = (bytes: Uint8Array) => {
  const c = checkHeader(bytes);
  if (c.ok) throw new Error('expected a problem');
  return `${c.message} (${c.hint})`;
};

describe('checkHeader', () => {
  it('tells a vector archive from a raster one, with what it covers', () => {
    expect(checkHeader(vector)).toMatchObject({ ok: true, facts: { tiles: 'vector', bounds: ARCHIVE_BOUNDS, minzoom: 0, maxzoom: 8 } });
    expect(checkHeader(raster)).toMatchObject({ ok: true, facts: { tiles: 'raster', minzoom: 0, maxzoom: 3 } });
  });

  it('needs only the first 127 bytes', () => {
    expect(checkHeader(vector.slice(0, HEADER_BYTES)).ok).toBe(true);
    expect(failure(vector.slice(0, HEADER_BYTES - 1))).toContain('不是 PMTiles 文件');
  });

  it('says, in Chinese, what a file that is not an archive is and what to do', () => {
    expect(failure(new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'.padEnd(200)))).toMatch(/不是 PMTiles 文件.*pmtiles extract/);
    const v2 = new Uint8Array(HEADER_BYTES);
    v2.set([0x50, 0x4d, 2, 0]);
    expect(failure(v2)).toMatch(/PMTiles v2.*pmtiles convert/);
    const v4 = vector.slice(0, HEADER_BYTES);
    v4[7] = 4;
    expect(failure(v4)).toContain('只读 v3');
  });

  it('refuses tiles MapLibre cannot draw or the browser cannot unpack', () => {
    expect(failure(archive({ tileType: TileType.Mlt }))).toContain('MLT');
    expect(failure(archive({ tileType: TileType.Unknown }))).toContain('瓦片类型');
    expect(failure(archive({ tileCompression: Compression.Brotli }))).toMatch(/瓦片用 brotli 压缩.*gzip/);
    expect(checkHeader(archive({ tileType: TileType.Webp, tileCompression: Compression.None })).ok).toBe(true);
  });
});

describe('basemap.pmtiles in pack.yaml', () => {
  /** The base pack with `basemap` replaced and the archive (if any) at geo/basemap/region.pmtiles. */
  const packWith = (basemap: string, bytes?: Uint8Array) => {
    const dir = scenarioPack('base');
    const yaml = readFileSync(join(dir, 'pack.yaml'), 'utf8');
    writeFileSync(join(dir, 'pack.yaml'), `${yaml}basemap:\n${basemap}\n`);
    if (bytes) {
      mkdirSync(join(dir, 'geo/basemap'), { recursive: true });
      writeFileSync(join(dir, 'geo/basemap/region.pmtiles'), bytes);
    }
    return loadPack(dir);
  };

  it('loads a vector archive under geo/, credits OpenStreetMap and Protomaps, and is not taken for a stray file', () => {
    const pack = packWith('  default: pmtiles\n  pmtiles: { file: basemap/region.pmtiles, flavor: dark }', vector);
    expect(pack.problems).toEqual([]);
    expect(pack.archive).toMatchObject({
      file: 'geo/basemap/region.pmtiles',
      tiles: 'vector',
      flavor: 'dark',
      attribution: PROTOMAPS_ATTRIBUTION,
      bounds: ARCHIVE_BOUNDS,
      maxzoom: 8,
      bytes: vector.length,
    });
  });

  it('defaults to the light flavour, keeps a given credit, and gives a raster archive none of its own', () => {
    expect(packWith('  pmtiles: { file: basemap/region.pmtiles }', vector).archive?.flavor).toBe('light');
    expect(packWith("  pmtiles: { file: basemap/region.pmtiles, attribution: '© 某测绘院' }", vector).archive?.attribution).toBe('© 某测绘院');
    const r = packWith('  pmtiles: { file: basemap/region.pmtiles }', raster).archive;
    expect(r?.tiles).toBe('raster');
    expect(r?.attribution).toBeUndefined();
  });

  it('names pack.yaml, the field and what to do when the archive is missing or covers another place', () => {
    expect(packWith('  pmtiles: { file: basemap/nowhere.pmtiles }').problems.map(formatProblem)).toEqual([
      'pack.yaml  -  basemap.pmtiles.file  底图档案 geo/basemap/nowhere.pmtiles 不存在  (把 .pmtiles 文件放到 geo/ 下，或改正 basemap.pmtiles.file（相对于 paths.geo）；没有档案就删去 basemap.pmtiles)',
    ]);
    const far = writePmtiles([{ z: 0, x: 0, y: 0, data: Uint8Array.from([1]) }], {
      tileType: TileType.Mvt,
      tileCompression: Compression.Gzip,
      bounds: [2.2, 48.8, 2.4, 48.9],
      metadata: {},
    });
    const [problem] = packWith('  pmtiles: { file: basemap/region.pmtiles }', far).problems.map(formatProblem);
    expect(problem).toMatch(/^pack\.yaml {2}- {2}basemap\.pmtiles\.file {2}底图档案 .* 与 serviceArea .* 不相交 {2}\(.*pmtiles extract --bbox/);
  });

  it('points an undeclared .pmtiles under geo/ at basemap.pmtiles', () => {
    const dir = scenarioPack('base');
    cpSync(join(ROOT, 'tests/fixtures/pmtiles/stamen-toner-raster-z3.pmtiles'), join(dir, 'geo/stray.pmtiles'));
    expect(loadPack(dir).problems.map((p) => p.hint)).toEqual([expect.stringContaining('basemap.pmtiles.file')]);
  });
});
