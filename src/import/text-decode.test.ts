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
    expect(decodeText(Buffer.from('名称\n转角湾\n'))).toEqual({ text: '名称\n转角湾\n', encoding: 'UTF-8', reason: 'valid UTF-8' });
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

describe('decodeXml', () => {
  it('follows the encoding the XML declaration names', () => {
    const d = decodeXml(readFileSync(`${FIX}/gbk.kml`));
    expect(d.encoding).toBe('GBK');
    expect(d.text).toContain('<name>新仓镇</name>');
  });
});
