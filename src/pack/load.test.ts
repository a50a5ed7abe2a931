import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENCODING_PACKS } from '../../tests/support/make-encoding-packs.ts';
import { PACKS, scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from './load.ts';
import { formatProblem } from './problems.ts';

/** The scenarios' today: dates after it are in the future. */
const SCENARIO_NOW = new Date('2025-06-15T12:00:00+08:00');

const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);

// One folder per scenario under tests/packs: the files it changes in the base pack, and the
// exact lines `npm run check` must print for it (expected.txt), the notes it logs (expected-notes.txt) and the
// warnings it prints without failing (expected-warnings.txt).
describe('content pack scenarios', () => {
  for (const name of readdirSync(PACKS).sort()) {
    it(name, () => {
      const pack = loadPack(scenarioPack(name), { now: SCENARIO_NOW });
      expect(pack.problems.map(formatProblem).sort()).toEqual(lines(join(PACKS, name, 'expected.txt')).sort());
      expect(pack.notes.map(formatProblem).sort()).toEqual(lines(join(PACKS, name, 'expected-notes.txt')).sort());
      expect(pack.warnings.map(formatProblem).sort()).toEqual(lines(join(PACKS, name, 'expected-warnings.txt')).sort());
    });
  }

  it('every bad scenario names a file in each of its problems', () => {
    for (const name of readdirSync(PACKS)) {
      for (const line of lines(join(PACKS, name, 'expected.txt'))) expect(line).toMatch(/^(content|geo)\/\S+|^pack\.yaml/);
    }
  });
});

describe('loadPack', () => {
  it('reads every entry of the base pack with its data and body', () => {
    const pack = loadPack(scenarioPack('base'));
    expect(pack.problems).toEqual([]);
    expect(pack.entries.sites.map((e) => e.id).sort()).toEqual(['shantang', 'zhuanjiaowan']);
    const site = pack.entries.sites.find((e) => e.id === 'shantang');
    expect(site?.data.regions).toHaveLength(2);
    expect(site?.body.trim()).toBe('住在北、吃在南。');
    expect(pack.geometries.get('routes/red-origins')?.[0]?.geometry.type).toBe('LineString');
  });

  it('stores converted points in WGS-84 and forgets their source crs', () => {
    const pack = loadPack(scenarioPack('conversions'));
    const site = pack.entries.sites.find((e) => e.id === 'zhuanjiaowan');
    // Same vertex as the independent conversion in tests/fixtures/crs (平湖市).
    expect(site?.data.location.lon).toBeCloseTo(121.038828, 4);
    expect(site?.data.location.lat).toBeCloseTo(30.616537, 4);
    expect(site?.data.location.crs).toBeUndefined();
  });

  it('speaks English when asked, or when the pack is English, and Chinese otherwise', () => {
    const zhLines = loadPack(scenarioPack('unknown-field-and-kind')).problems.map(formatProblem);
    expect(zhLines).toContain(
      'content/sites/zhuanjiaowan.md:4  sites/zhuanjiaowan  kind  未知的值 "museum"  (改用这些值之一：red-heritage, memorial, party-branch, service-centre, demonstration, town, village, park, industry, culture)',
    );
    const enLines = loadPack(scenarioPack('unknown-field-and-kind'), { lang: 'en' }).problems.map(formatProblem);
    expect(enLines).toContain(
      'content/sites/zhuanjiaowan.md:7  sites/zhuanjiaowan  regions.0.villlage  unknown field "villlage"  (did you mean "village"? Fix the spelling or remove it)',
    );
    const english = scenarioPack('unknown-field-and-kind');
    writeFileSync(join(english, 'pack.yaml'), readFileSync(join(english, 'pack.yaml'), 'utf8').replace(/^title:/m, 'lang: en\ntitle:'));
    const pack = loadPack(english);
    expect(pack.messages.lang).toBe('en');
    expect(pack.problems.map(formatProblem)).toEqual(expect.arrayContaining(enLines));
  });

  it('calls a kind left out a missing field, with the values to choose from, not an unknown value "undefined"', () => {
    const pack = scenarioPack('base');
    const file = join(pack, 'content/sites/zhuanjiaowan.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind:.*\n/m, ''));
    const line = loadPack(pack)
      .problems.map(formatProblem)
      .find((l) => l.includes('  kind  '));
    expect(line).toMatch(/sites\/zhuanjiaowan {2}kind {2}缺少必填字段 {2}\(写上这些值之一：red-heritage, memorial,/);
  });

  it('reports a bad pack.yaml field once, and still checks what rests on its sound fields', () => {
    const pack = loadPack(scenarioPack('bad-service-area'));
    expect(pack.problems.map((p) => p.field)).toEqual(['serviceArea']);
    expect(pack.config.sources).toHaveProperty('seed-002');
    expect(pack.entries.sites).toHaveLength(2);
  });

  it('keeps the entries of a broken pack it could read, so all problems show at once', () => {
    const pack = loadPack(scenarioPack('missing-reference'));
    expect(pack.problems.length).toBeGreaterThanOrEqual(5);
    expect(pack.entries.sites).toHaveLength(2);
  });
});

describe('pack files as text', () => {
  it('the encoding scenarios hold exactly the bytes make-encoding-packs.ts writes', () => {
    for (const [name, files] of Object.entries(ENCODING_PACKS)) {
      for (const [file, bytes] of Object.entries(files)) expect(readFileSync(join(PACKS, name, file)), `${name}/${file}`).toEqual(Buffer.from(bytes));
    }
  });

  it('gives no entry a replacement character its file does not hold', () => {
    for (const name of readdirSync(PACKS)) {
      const pack = loadPack(scenarioPack(name));
      const texts = [JSON.stringify(pack.config), ...Object.values(pack.entries).flatMap((list) => list.map((e) => JSON.stringify(e.data) + e.body))];
      for (const [entry, features] of pack.geometries) texts.push(entry, JSON.stringify(features));
      expect(
        texts.filter((t) => t.includes('\uFFFD')),
        name,
      ).toEqual([]);
    }
  });

  it('refuses a GeoJSON linked to /etc/passwd, naming it and echoing none of it', () => {
    const root = scenarioPack('base');
    symlinkSync('/etc/passwd', join(root, 'geo', 'passwd.geojson'));
    const printed = loadPack(root).problems.map(formatProblem);
    expect(printed).toEqual(['geo/passwd.geojson  -  -  这是符号链接（或在链接的文件夹里），内容包不读链接  (把真正的文件复制到这里，替换这个链接)']);
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n').filter(Boolean)) {
      for (const part of line.split(':').filter((p) => p.length > 3)) expect(printed.join('\n')).not.toContain(part);
    }
  });

  it('does not follow a linked folder in content/', () => {
    const root = scenarioPack('base');
    symlinkSync(join(root, 'content', 'stories'), join(root, 'content', 'sites', 'loop'));
    expect(loadPack(root).problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/sites\/loop {2}- {2}- {2}/)]);
  });
});
