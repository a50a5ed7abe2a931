/**
 * `npm run import` on every fixture, fixture in and expected files out: each case writes into a fresh copy
 * of a test pack, and the files written must equal tests/fixtures/import/expected/<case>/ one by one,
 * and the printed report (rows left out, notes, what is left to fix) must equal its report.txt.
 * UPDATE_EXPECTED=1 rewrites the expected files; read the diff before committing it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/support/gbk.ts';
import { toWgs84 } from '../pack/crs.ts';
import { loadPack } from '../pack/load.ts';
import { type RunResult, runImport } from './run.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIX = 'tests/fixtures/import';
const EXPECTED = join(ROOT, FIX, 'expected');
const TODAY = '20250601';

function packCopy(name: 'jinshan' | 'world'): string {
  const dir = mkdtempSync(join(tmpdir(), `import-${name}-`));
  cpSync(join(ROOT, FIX, 'packs', name), dir, { recursive: true });
  return dir;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

async function run(pack: string, args: string[]): Promise<RunResult> {
  const result = await runImport([...args, '--pack', pack], { today: TODAY });
  result.lines = result.lines.join('\n').split(pack).join('<pack>').split('\n');
  return result;
}

/** The files a run wrote must be exactly the expected ones, byte for byte, and so must its report. */
function expectCase(name: string, pack: string, result: RunResult) {
  const dir = join(EXPECTED, name);
  const written = (result.written ?? []).map((w) => w.path).sort();
  if (process.env.UPDATE_EXPECTED) {
    rmSync(dir, { recursive: true, force: true });
    for (const path of written) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      cpSync(join(pack, path), join(dir, path));
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report.txt'), `${result.lines.join('\n')}\n`);
  }
  const expected = walk(dir)
    .map((p) => relative(dir, p))
    .filter((p) => p !== 'report.txt')
    .sort();
  expect(written).toEqual(expected);
  for (const path of expected) expect(readFileSync(join(pack, path), 'utf8'), path).toBe(readFileSync(join(dir, path), 'utf8'));
  expect(`${result.lines.join('\n')}\n`).toBe(readFileSync(join(dir, 'report.txt'), 'utf8'));
}

describe('sites from a GBK CSV with Chinese headers and GCJ-02 coordinates', async () => {
  const pack = packCopy('jinshan');
  const result = await run(pack, ['sites', `${FIX}/sites-gbk.csv`, '--crs', 'gcj02', '--write']);

  it('writes the expected entries and reports every row left out', () => {
    expectCase('sites-gbk', pack, result);
    // Rows were left out: a script sees it in the exit code, apart from a pack with problems (1).
    expect(result.code).toBe(3);
  });

  it('reads the GBK bytes as Chinese, header included', () => {
    expect(result.lines).toContain('  编码 GB18030（不是有效的 UTF-8，按 GB18030（GBK）读，中文 Windows 上的 Excel 就这样保存 CSV）');
    expect(result.plan?.entries.map((e) => e.show.title)).toContain('沪浙山塘联合党支部');
  });

  it('names the row, the field and the reason for each bad row, one reason of every kind', () => {
    const why = new Map(result.plan?.skipped.map((s) => [`${s.at} ${s.field}`, s.message]));
    expect(why.get('第 3 行 title')).toMatch(/内容包里已有 sites\/shantang-cun-guangchen/);
    expect(why.get('第 7 行 lon')).toBe('缺少坐标');
    expect(why.get('第 8 行 lat')).toMatch(/经纬度像是写反了/);
    expect(why.get('第 9 行 lon')).toMatch(/超出范围/);
    expect(why.get('第 10 行 coordinates')).toMatch(/在内容包的服务范围 .* 之外/);
    expect(why.get('第 11 行 title')).toMatch(/重复：第 2 行/);
    expect(why.get('第 12 行 kind')).toBe('不认识的类型“纪念碑”');
    expect(why.get('第 13 行 sources')).toBe('没有来源');
    expect(why.get('第 14 行 title')).toBe('没有名称');
    expect(why.get('第 15 行 lon')).toMatch(/不是经度/);
    expect(why.get('第 17 行 sources')).toMatch(/来源“seed-9”不是 pack.yaml 里 sources 的键名/);
    // Every data row is either written or has a line.
    const rows = new Set([...(result.plan?.entries ?? []).map((e) => e.at), ...(result.plan?.skipped ?? []).map((s) => s.at)]);
    expect(rows.size).toBe(15);
  });

  it('keeps the GCJ-02 numbers with their crs, and the build places them at the gcoord WGS-84 point', () => {
    const loaded = loadPack(pack);
    const site = loaded.entries.sites.find((s) => s.id === 'zhuanjiaowan');
    expect(readFileSync(join(pack, 'content/sites/zhuanjiaowan.md'), 'utf8')).toContain('crs: gcj02');
    expect([site?.data.location.lon, site?.data.location.lat]).toEqual(toWgs84([121.0545, 30.6578], 'gcj02'));
  });

  it('finds everything already there on a second run, and writes nothing', async () => {
    const again = await run(pack, ['sites', `${FIX}/sites-gbk.csv`, '--crs', 'gcj02', '--write']);
    expect(again.plan?.entries).toEqual([]);
    expect(again.plan?.skipped.filter((s) => s.message.startsWith('内容包里已有')).map((s) => s.at)).toEqual([
      '第 2 行',
      '第 3 行',
      '第 4 行',
      '第 5 行',
      '第 6 行',
    ]);
    expect(again.lines).toContain('没有要写的。');
  });
});

describe('dry run and --force', () => {
  it('a dry run prints the plan and writes nothing', async () => {
    const pack = packCopy('jinshan');
    const before = walk(pack).sort();
    const result = await run(pack, ['sites', `${FIX}/sites-gbk.csv`, '--crs', 'gcj02']);
    expect(walk(pack).sort()).toEqual(before);
    expect(result.lines.at(-1)).toBe('试运行：什么也没有写。加上 --write 再运行一次，会在 <pack> 写入 4 个文件。');
    expect(result.lines.some((l) => l.includes('sites/huzheshantang-lianhe-dangzhibu') && l.includes('沪浙山塘联合党支部'))).toBe(true);
  });

  it('--force updates the entry from the row, keeping its text, its other fields and its written summary', async () => {
    const pack = packCopy('jinshan');
    const result = await run(pack, ['sites', `${FIX}/sites-gbk.csv`, '--crs', 'gcj02', '--force', '--write']);
    const file = readFileSync(join(pack, 'content/sites/shantang-cun-guangchen.md'), 'utf8');
    expect(file).toContain('一桥两山塘，横跨浙与沪。这段正文由人工撰写，导入时不得覆盖。');
    expect(file).toContain('summary: 广陈镇山塘村，与廊下镇山塘村一桥相连。');
    expect(file).toContain('opening: 全天开放');
    expect(file).toContain('location: { lon: 121.11508, lat: 30.79321, precision: "approximate: 导入的坐标，未经实地核对", crs: gcj02 }');
    expect(file).toContain('sources: [ ledger ]');
    expect(result.written?.find((w) => w.path === 'content/sites/shantang-cun-guangchen.md')).toEqual({
      path: 'content/sites/shantang-cun-guangchen.md',
      action: 'replaced',
      kept: ['summary', 'regions', 'opening'],
      body: 'kept',
    });
  });

  it('an entry saved as GBK stops the import before anything is written: its place would be imported twice', async () => {
    const pack = packCopy('jinshan');
    const target = join(pack, 'content/sites/shantang-cun-guangchen.md');
    writeFileSync(target, encodeGbk(readFileSync(target, 'utf8')));
    const before = walk(pack)
      .sort()
      .map((f) => [f, readFileSync(f)]);
    const result = await run(pack, ['sites', `${FIX}/sites-gbk.csv`, '--crs', 'gcj02', '--force', '--write']);
    expect(result.lines).toEqual([
      '错误：先改正内容包里 1 个读不成文字的文件（npm run check -- --fix-encoding 会把 GBK 和 UTF-16 文件另存为 UTF-8）：',
      'content/sites/shantang-cun-guangchen.md:2  sites/shantang-cun-guangchen  -  文件不是 UTF-8 编码，看起来是 GBK/GB18030（Windows 记事本的“ANSI”）  (用记事本“另存为”选 UTF-8 编码，或运行 npm run check -- --fix-encoding)',
    ]);
    expect(result.code).toBe(1);
    expect(
      walk(pack)
        .sort()
        .map((f) => [f, readFileSync(f)]),
    ).toEqual(before);
  });

  it('--force --replace-body replaces the text too', async () => {
    const pack = packCopy('jinshan');
    const csv = join(pack, 'one.csv');
    writeFileSync(csv, '名称,类型,经度,纬度,简介,正文,来源\n山塘村,村,121.1105,30.7953,新简介。,新的正文。,ledger\n');
    await run(pack, ['sites', csv, '--force', '--replace-body', '--write']);
    const file = readFileSync(join(pack, 'content/sites/shantang-cun-guangchen.md'), 'utf8');
    expect(file).toMatch(/---\n新的正文。\n$/);
    expect(file).toContain('summary: 新简介。');
  });
});

describe('the other spreadsheet forms', () => {
  it('UTF-8 with BOM, a combined coordinate column, --map, row crs, second regions and --kind', async () => {
    const pack = packCopy('jinshan');
    const result = await run(pack, ['sites', `${FIX}/sites-bom.csv`, '--map', '点位=title', '--kind', 'village', '--source', 'ledger', '--write']);
    expectCase('sites-bom', pack, result);
  });

  it('XLSX with a title line above the header and a DMS longitude', async () => {
    const pack = packCopy('jinshan');
    const result = await run(pack, ['sites', `${FIX}/sites.xlsx`, '--write']);
    expectCase('sites-xlsx', pack, result);
  });
});

describe('KML, KMZ, GPX and GeoJSON', () => {
  it('KML with Chinese names: folders give kinds, an outline gives a site and its geometry, a line gives a route', async () => {
    const pack = packCopy('jinshan');
    const result = await run(pack, ['kml', `${FIX}/jinshan.kml`, '--source', 'ledger', '--write']);
    expectCase('kml', pack, result);
  });

  it('KMZ holding the same KML gives the same entries', async () => {
    const pack = packCopy('jinshan');
    const kmz = join(pack, 'jinshan.kmz');
    writeFileSync(kmz, zipSync({ 'doc.kml': readFileSync(join(ROOT, FIX, 'jinshan.kml')), 'files/icon.png': strToU8('not read') }));
    const result = await run(pack, ['kml', kmz, '--source', 'ledger', '--write']);
    for (const w of result.written ?? []) {
      const expected = readFileSync(join(EXPECTED, 'kml', w.path), 'utf8').replace(/jinshan\.kml/g, 'jinshan.kmz');
      expect(readFileSync(join(pack, w.path), 'utf8'), w.path).toBe(expected);
    }
    expect(result.written?.length).toBe(7);
  });

  it('KML declared as GBK', async () => {
    const pack = packCopy('jinshan');
    const result = await run(pack, ['kml', `${FIX}/gbk.kml`, '--source', 'ledger', '--write']);
    expectCase('kml-gbk', pack, result);
  });

  it('GPX: waypoints become sites, the track a route through them', async () => {
    const pack = packCopy('jinshan');
    const result = await run(pack, ['gpx', `${FIX}/jinshan.gpx`, '--source', 'ledger', '--write']);
    expectCase('gpx', pack, result);
  });

  it('GeoJSON in GCJ-02: points become sites, a line with an entry becomes its geometry', async () => {
    const pack = packCopy('jinshan');
    const result = await run(pack, ['geojson', `${FIX}/sites-gcj02.geojson`, '--write']);
    expectCase('geojson', pack, result);
  });
});

describe('GTFS', () => {
  it('without --route lists the routes to choose from', async () => {
    const result = await run(packCopy('jinshan'), ['gtfs', `${FIX}/gtfs-langxia`]);
    expect(result.lines).toContain('  --route LX2  “廊下2路”  公交，19 个班次');
    expect(result.code).toBe(0);
  });

  it('a bus line across the border: sides from the boundary layer, a stop linked to its site, headways from stop_times', async () => {
    const pack = packCopy('jinshan');
    const result = await run(pack, [
      'gtfs',
      `${FIX}/gtfs-langxia`,
      '--route',
      'LX2',
      '--route',
      'LX9',
      '--operator-city',
      '上海市金山区',
      '--source',
      'gtfs-test',
      '--survey',
      '--write',
    ]);
    expectCase('gtfs-langxia', pack, result);
  });

  it('public feeds: frequencies.txt (transitfeed) and shapes.txt (Caltrain), expired calendars kept', async () => {
    const pack = packCopy('world');
    const demo = await run(pack, [
      'gtfs',
      `${FIX}/gtfs/transitfeed_good_feed.zip`,
      ...['--route', 'AB', '--route', 'CITY', '--route', 'STBA'],
      ...['--operator-city', 'Beatty, Nevada', '--side', 'Nevada', '--source', 'transitfeed', '--write'],
    ]);
    expectCase('gtfs-transitfeed', pack, demo);
    const caltrain = await run(pack, [
      'gtfs',
      `${FIX}/gtfs/node-gtfs_caltrain_20160406.zip`,
      '--route',
      'Bu-16APR',
      '--operator-city',
      'San Francisco',
      '--side',
      'California',
      '--source',
      'caltrain',
      '--write',
    ]);
    expectCase('gtfs-caltrain', pack, caltrain);
  });
});

describe('public KML and GPX fixtures (togeojson)', () => {
  it('a placemark and an outline become sites; a multi-line attaches to an entry; unnamed waypoints each get a line', async () => {
    const pack = packCopy('world');
    const opts = ['--source', 'togeojson', '--kind', 'culture', '--region', 'California', '--write'];
    const point = await run(pack, ['kml', `${FIX}/togeojson/point.kml`, ...opts]);
    const polygon = await run(pack, ['kml', `${FIX}/togeojson/polygon.kml`, ...opts]);
    const multi = await run(pack, ['kml', `${FIX}/togeojson/multigeometry.kml`, ...opts]);
    const wpt = await run(pack, ['gpx', `${FIX}/togeojson/wpt.gpx`, ...opts]);
    const lines = await run(pack, ['kml', `${FIX}/togeojson/linestring.kml`, ...opts]);
    const trek = await run(pack, ['gpx', `${FIX}/togeojson/trek.gpx`, '--attach', 'sites/marina', '--force', ...opts]);
    expectCase('togeojson-point', pack, point);
    expectCase('togeojson-polygon', pack, polygon);
    expectCase('togeojson-multigeometry', pack, multi);
    expect(wpt.plan?.skipped).toHaveLength(40);
    expect(new Set(wpt.plan?.skipped.map((s) => s.message))).toEqual(new Set(['没有名称']));
    expect(lines.plan?.skipped.map((s) => `${s.at}: ${s.message}`)).toEqual([
      '地标 1“unextruded”: 没有地点在线的 300 米以内；一条线路至少要有两个站点',
      '地标 2“extruded”: 没有地点在线的 300 米以内；一条线路至少要有两个站点',
    ]);
    expectCase('togeojson-trek-attach', pack, trek);
  });

  it('gx:Track and a Strava track become lines', async () => {
    const pack = packCopy('world');
    const gx = await run(pack, ['kml', `${FIX}/togeojson/gxtrack.kml`, '--attach', 'sites/marina', '--source', 'togeojson']);
    expect(gx.plan?.entries.map((e) => [e.id, e.geometry?.features[0]?.geometry.type])).toEqual([['marina', 'LineString']]);
    const strava = await run(pack, ['gpx', `${FIX}/togeojson/strava.gpx`, '--attach', 'sites/marina', '--source', 'togeojson']);
    expect(strava.plan?.entries[0]?.geometry?.features[0]?.properties?.name).toBe("120' moderate and hard");
  });
});

describe('bad commands say what to do', () => {
  it.each([
    [['sites', `${FIX}/sites-gbk.csv`, '--source', 'nope'], /^错误：--source nope：不是 pack.yaml 里 sources 的键名（seed-002, ledger, gtfs-test）/],
    [['sites', `${FIX}/sites-gbk.csv`, '--crs', 'mercator'], /--crs “mercator”/],
    [['sites', `${FIX}/jinshan.kml`], /sites 导入读 .csv \/ .xlsx/],
    [['gtfs', `${FIX}/gtfs-langxia`, '--route', 'LX2'], /加上 --operator-city/],
    [['sites', `${FIX}/missing.csv`], /missing.csv 不存在/],
    [['maps', `${FIX}/sites-gbk.csv`], /不认识的导入类型“maps”/],
    [['gpx', `${FIX}/jinshan.gpx`, '--attach', 'routes/nope'], /--attach routes\/nope：内容包里没有这个条目/],
    [['sites', `${FIX}/sites.xlsx`, '--sheet', '3'], /sites.xlsx 时出错：没有工作表“3”/],
    [['sites', `${FIX}/sites-gbk.csv`, '--lang', 'en', '--crs', 'mercator'], /^error: --crs "mercator"/],
  ])('%j', async (args, message) => {
    const result = await run(packCopy('jinshan'), args);
    expect(result.code).not.toBe(0);
    expect(result.lines[0]).toMatch(message);
  });

  it('a CSV without a name column names the columns it found', async () => {
    const pack = packCopy('jinshan');
    writeFileSync(join(pack, 'x.csv'), '站点,经度,纬度\n甲,121.1,30.7\n');
    const result = await run(pack, ['sites', join(pack, 'x.csv')]);
    expect(result.lines[0]).toBe(
      `错误：${join(pack, 'x.csv').split(pack).join('<pack>')}：在 站点、经度、纬度 中没有名称列（名称/name）；用 --map <表头>=title 指定`,
    );
  });
});

describe('an office 一览表 (issue 18)', () => {
  it('picks the sheet with the data, reads 所在镇（街道）, DMS with curly quotes, E/N prefixes, a pair in the 经度 cell, phone and hours, and the office’s kind words', async () => {
    const pack = packCopy('jinshan');
    const result = await run(pack, ['sites', `${FIX}/office.xlsx`, '--source', 'ledger', '--write']);
    expectCase('office-xlsx', pack, result);
    const kinds = Object.fromEntries((result.plan?.entries ?? []).map((e) => [e.show.title, e.show.what]));
    expect(kinds).toMatchObject({
      平湖市博物馆: 'culture',
      新埭镇烈士陵园: 'memorial',
      广陈镇红色驿站: 'service-centre',
      当湖革命纪念馆: 'memorial',
      钟埭古桥: 'culture',
    });
    // One line for the word no kind takes, naming the rows and the flag.
    expect(result.lines.filter((l) => l.includes('农家乐'))).toHaveLength(1);
    expect(result.lines.join('\n')).toMatch(/第 9 行、第 10 行 共 2 处 {2}类型 {2}不认识的类型“农家乐”（加上 --kinds "农家乐=<类型>"/);
    const museum = readFileSync(join(pack, 'content/sites/pinghu-shi-bowuguan.md'), 'utf8');
    expect(museum).toContain('opening: 周二至周日 9:00—16:30');
    expect(museum).toContain('booking: 0573-00000001');
    expect(museum).toContain('location: { lon: 121.015, lat: 30.697222,');
    expect(result.lines).toContain('  没有导入的列“备注”：没有这个名字的字段（要用它，加 --map “备注=字段”）');
  });

  it('a 简介 over the limit: the first sentence is the summary, the whole text the body; --force with a new body replaces the old and says so', async () => {
    const pack = packCopy('jinshan');
    const result = await run(pack, ['sites', `${FIX}/long-text.csv`, '--force', '--write']);
    expectCase('long-text', pack, result);
    const shantang = readFileSync(join(pack, 'content/sites/shantang-cun-guangchen.md'), 'utf8');
    expect(shantang).toContain('summary: 山塘村的第1段介绍，测试导入时长文字进入正文。\n');
    expect(shantang).toContain('山塘村的第14段介绍');
    expect(shantang).toContain('新的正文：这一段由表格提供');
    expect(shantang).not.toContain('这段正文由人工撰写');
    expect(result.lines).toContain('  更新 content/sites/shantang-cun-guangchen.md（保留旧文件里的 regions、opening）（正文已换成表里的新正文）');
  });
});

describe('places the pack already has, under another name (issue 18)', () => {
  /** The jinshan pack and a 九龙山 the office's 九龙山国家森林公园 row stands on. */
  function packWithJiulongshan(): string {
    const pack = packCopy('jinshan');
    writeFileSync(
      join(pack, 'content/sites/jiulongshan.md'),
      '---\ntitle: 九龙山\nsummary: 平湖东南的九龙山（测试数据）。\nkind: park\nregions:\n  - { province: 浙江省, city: 嘉兴市, county: 平湖市 }\nlocation: { lon: 121.02, lat: 30.62, precision: "approximate: 山顶" }\nsources: [ledger]\n---\n',
    );
    return pack;
  }

  it('reports each likely match with its distance and writes neither without --merge or --new', async () => {
    const pack = packWithJiulongshan();
    const result = await run(pack, ['sites', `${FIX}/near-duplicate.csv`, '--write']);
    expectCase('near-duplicate', pack, result);
    const said = result.plan?.skipped.map((s) => `${s.at} ${s.message}`);
    expect(said).toEqual([
      '第 2 行 与“山塘村”相距 1101 米，疑似同一地点（sites/shantang-cun-guangchen）',
      '第 3 行 与“九龙山”相距 0 米，疑似同一地点（sites/jiulongshan）',
    ]);
    expect(result.code).toBe(3);
  });

  it('--merge updates the entries the rows likely name, keeping their names', async () => {
    const pack = packWithJiulongshan();
    const result = await run(pack, ['sites', `${FIX}/near-duplicate.csv`, '--merge', '--write']);
    expectCase('near-duplicate-merge', pack, result);
    expect(readFileSync(join(pack, 'content/sites/jiulongshan.md'), 'utf8')).toContain('summary: 平湖东南的一处森林公园（测试数据）。');
    expect(result.written?.map((w) => `${w.action} ${w.path}`).sort()).toEqual([
      'created content/sites/xingwang-cun.md',
      'replaced content/sites/jiulongshan.md',
      'replaced content/sites/shantang-cun-guangchen.md',
    ]);
  });

  it('--new writes them as entries of their own, and says beside which', async () => {
    const pack = packWithJiulongshan();
    const result = await run(pack, ['sites', `${FIX}/near-duplicate.csv`, '--new', '--write']);
    expectCase('near-duplicate-new', pack, result);
    expect(result.written?.filter((w) => w.action === 'created')).toHaveLength(3);
  });
});

describe('高德 exports and the CRS (issue 18)', () => {
  it('GeoJSON from 高德: type strings split on ";" give kinds; typecode, pname, cityname, adname are listed as not used', async () => {
    const pack = packCopy('jinshan');
    const result = await run(pack, ['geojson', `${FIX}/gaode.geojson`, '--crs', 'gcj02', '--source', 'ledger', '--write']);
    expectCase('gaode-geojson', pack, result);
    expect(result.lines).toContain(
      '  没有用上的属性（4 个要素里有）：typecode、pname、cityname、adname（只读名称、简介、类型、地址等字段；要用，改名后再导出）',
    );
    expect(result.lines.join('\n')).toContain('加上 --kinds "中餐厅=<类型>"');
  });

  it('says which CRS it assumed, and hints at --crs gcj02 when namesakes sit off by the GCJ-02 shift', async () => {
    const result = await run(packCopy('jinshan'), ['sites', `${FIX}/gcj-as-wgs84.csv`]);
    expect(result.lines[2]).toBe('  坐标系：WGS-84（默认；高德、腾讯的坐标用 --crs gcj02，百度的用 --crs bd09）');
    expect(result.lines).toContain(
      '  提示：1 个地点与内容包里的同名地点相距约 500 米，方向正是 GCJ-02 的偏移：这个文件大概是高德/腾讯坐标，加上 --crs gcj02 再试',
    );
    const right = await run(packCopy('jinshan'), ['sites', `${FIX}/gcj-as-wgs84.csv`, '--crs', 'gcj02']);
    expect(right.lines.join('\n')).not.toContain('提示：');
  });

  it('speaks English with --lang en', async () => {
    const result = await run(packCopy('jinshan'), ['sites', `${FIX}/gcj-as-wgs84.csv`, '--lang', 'en']);
    expect(result.lines[0]).toBe(`Read ${FIX}/gcj-as-wgs84.csv:`);
    expect(result.lines.join('\n')).toContain('already in the pack as sites/shantang-cun-guangchen');
    expect(result.lines.join('\n')).not.toMatch(/读取|没有导入|说明：/);
  });
});
