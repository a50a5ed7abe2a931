import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeXml } from './text-decode.ts';

const FIX = resolve(import.meta.dirname, '../../tests/fixtures/import');

describe('decodeText', () => {
  it('reads a CSV Excel saved as GBK on Chinese Windows', () => {
    const d = decodeText(readFileSync(`${FIX}/sites-gbk.csv`));
    expect(d.encoding).toBe('GB18030');
    expect(d.text.split('\r\n')[0]).toBe('名称,类型,经度,纬度,地址,简介,来源,主题,备注');
  });

  it('reads UTF-8 with and without a byte-order mark, dropping the mark', () => {
    const bom = decodeText(readFileSync(`${FIX}/sites-bom.csv`));
    expect(bom).toMatchObject({ encoding: 'UTF-8', reason: 'byte-order mark' });
    expect(bom.text.startsWith('点位,kind')).toBe(true);
    expect(decodeText(Buffer.from('名称\n转角湾\n'))).toEqual({ text: '名称\n转角湾\n', encoding: 'UTF-8', reason: 'valid UTF-8', why: 'utf8' });
  });

  it('reads Excel "Unicode text" (UTF-16LE with a mark)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('名称\t经度\n', 'utf16le')]);
    expect(decodeText(bytes).text).toBe('名称\t经度\n');
  });

  it('takes --encoding over detection, and names a bad one', () => {
    // 臺灣 in Big5.
    expect(decodeText(Buffer.from([0xbb, 0x4f, 0xc6, 0x57]), 'big5').text).toBe('臺灣');
    expect(decodeText(Buffer.from('名称', 'utf16le'), 'utf16le').text).toBe('名称');
    expect(() => decodeText(Buffer.from('x'), 'klingon')).toThrow(/unknown encoding "klingon"/);
  });
});

describe('decodeText never makes a replacement character', () => {
  const gbk = readFileSync(`${FIX}/sites-gbk.csv`);

  it('refuses a GBK CSV with a byte that is no GBK, naming the line', () => {
    const broken = Buffer.concat([gbk.subarray(0, gbk.indexOf(0x0a) + 1), Buffer.from([0xff, 0x0a])]);
    expect(() => decodeText(broken)).toThrow('既不是 UTF-8，也不是 GBK/GB18030（第 2 行起），读下去会出现乱码');
  });

  it('refuses bytes that are not the encoding --encoding names', () => {
    expect(() => decodeText(gbk, 'utf8')).toThrow(/^按 utf8 读不通（第 1 行起）.*--encoding gbk/);
  });

  it('keeps a replacement character the file itself holds', () => {
    expect(decodeText(Buffer.from('名称\n�\n')).text).toBe('名称\n�\n');
  });

  it('reads UTF-16 without a mark by its NUL bytes', () => {
    expect(decodeText(Buffer.from('名称,经度\r\n', 'utf16le'))).toMatchObject({ text: '名称,经度\r\n', encoding: 'UTF-16LE' });
  });
});

describe('decodeXml', () => {
  it('follows the encoding the XML declaration names', () => {
    const d = decodeXml(readFileSync(`${FIX}/gbk.kml`));
    expect(d.encoding).toBe('GBK');
    expect(d.text).toContain('<name>新仓镇</name>');
  });

  it('refuses bytes the declared encoding cannot read', () => {
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="GBK"?>\n<kml>'), Buffer.from([0xff, 0x0a])]);
    expect(() => decodeXml(xml)).toThrow(/^按 GBK 读不通（第 2 行起）/);
  });
});
