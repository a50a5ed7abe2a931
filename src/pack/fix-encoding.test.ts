import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/support/gbk.ts';
import { NAMED_GEOJSON } from '../../tests/support/make-encoding-packs.ts';
import { PACKS, scenarioPack } from '../../tests/support/scenario.ts';
import { fixEncodings } from './fix-encoding.ts';
import { loadPack } from './load.ts';

const REPO = resolve(import.meta.dirname, '../..');
const base = (file: string) => readFileSync(join(PACKS, 'base', file), 'utf8');
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

describe('fixEncodings', () => {
  it('saves a GBK entry as the UTF-8 original, CRLF kept, and the pack passes', () => {
    const root = scenarioPack('gbk-markdown');
    expect(fixEncodings(root)).toEqual([
      '把 1 个文件改存为 UTF-8（换行和文字都不变）：',
      '  content/sites/shantang.md  GBK/GB18030（Windows 记事本的“ANSI”）  第 2 行读作：title: 明月山塘',
      '已改存 1 个文件。再检查一遍：',
    ]);
    expect(readFileSync(join(root, 'content/sites/shantang.md'), 'utf8')).toBe(crlf(base('content/sites/shantang.md')));
    expect(loadPack(root).problems).toEqual([]);
  });

  it('fixes pack.yaml first, then the files of the folders it names', () => {
    const root = scenarioPack('gbk-pack-yaml');
    writeFileSync(join(root, 'pack.yaml'), encodeGbk(base('pack.yaml').replace('serviceArea:', 'paths: { geo: karten }\nserviceArea:')));
    writeFileSync(join(root, 'geo', 'red-origins.geojson'), encodeGbk(NAMED_GEOJSON));
    renameSync(join(root, 'geo'), join(root, 'karten'));
    const lines = fixEncodings(root);
    expect(lines.filter((l) => l.startsWith('  ')).map((l) => l.trim().split('  ')[0])).toEqual(['pack.yaml', 'karten/red-origins.geojson']);
    expect(readFileSync(join(root, 'karten', 'red-origins.geojson'), 'utf8')).toBe(NAMED_GEOJSON);
    expect(loadPack(root).problems).toEqual([]);
  });

  it('saves UTF-16 without its BOM', () => {
    const root = scenarioPack('utf16-markdown');
    fixEncodings(root);
    expect(readFileSync(join(root, 'content/stories/yaqian-1927.md'), 'utf8')).toBe(crlf(base('content/stories/yaqian-1927.md')));
  });

  it('leaves a file it cannot tell alone, and says so; never touches a link', () => {
    const root = scenarioPack('base');
    const garbled = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x41, 0x0a]);
    writeFileSync(join(root, 'content/sites/shantang.md'), garbled);
    const target = join(scenarioPack('gbk-geojson'), 'geo', 'red-origins.geojson');
    const before = readFileSync(target);
    symlinkSync(target, join(root, 'geo', 'linked.geojson'));
    expect(fixEncodings(root)).toEqual([
      '  content/sites/shantang.md  认不出编码，没有改动：请用记事本或 WPS 打开，确认文字正常后“另存为”选 UTF-8 编码',
      '没有要改编码的文件。',
    ]);
    expect(readFileSync(join(root, 'content/sites/shantang.md'))).toEqual(garbled);
    expect(readFileSync(target)).toEqual(before);
  });
});

describe('npm run check -- --fix-encoding', () => {
  it('lists the file, rewrites it and then finds the pack valid', () => {
    const root = scenarioPack('gbk-geojson');
    const run = spawnSync(join(REPO, 'node_modules/.bin/node'), [join(REPO, 'scripts/check.ts'), '--fix-encoding', root], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('  geo/red-origins.geojson  GBK/GB18030（Windows 记事本的“ANSI”）  第 6 行读作：');
    expect(run.stdout).toMatch(/is valid|没有问题/);
    expect(run.status).toBe(0);
    expect(readFileSync(join(root, 'geo/red-origins.geojson'), 'utf8')).toBe(crlf(NAMED_GEOJSON));
  });
});
