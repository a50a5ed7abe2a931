import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/support/gbk.ts';
import { en, zh } from './messages/index.ts';
import { decodePackText, describeTextFailure, guessEncoding, readPackFile, readPackText } from './read-text.ts';

const MD = '---\ntitle: 明月山塘\nsummary: 一桥两山塘，横跨浙与沪。\n---\n住在北、吃在南。\n';
const utf16 = (text: string, le: boolean) => {
  const b = Buffer.from(text, 'utf16le');
  if (!le) b.swap16();
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), b]);
};

describe('decodePackText', () => {
  it('reads UTF-8, with or without a BOM, and keeps CRLF', () => {
    expect(decodePackText(Buffer.from(MD))).toEqual({ text: MD });
    expect(decodePackText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MD)]))).toEqual({ text: MD });
    expect(decodePackText(Buffer.from('a: 1\r\nb: 2\r\n'))).toEqual({ text: 'a: 1\r\nb: 2\r\n' });
  });

  it('keeps a replacement character the file itself holds', () => {
    expect(decodePackText(Buffer.from('title: �\n'))).toEqual({ text: 'title: �\n' });
  });

  it('refuses GBK, naming it and the first line with a non-UTF-8 byte', () => {
    expect(decodePackText(encodeGbk(MD))).toEqual({ kind: 'encoding', encoding: 'gb18030', line: 2 });
    // The line is where the Chinese starts, not the top of the file.
    expect(decodePackText(Buffer.concat([Buffer.from('---\r\nid: a\r\n'), encodeGbk('title: 转角湾\r\n')]))).toMatchObject({ line: 3 });
  });

  it('refuses UTF-16 as Notepad saves "Unicode" and "Unicode big endian"', () => {
    expect(decodePackText(utf16(MD, true))).toEqual({ kind: 'encoding', encoding: 'utf-16le' });
    expect(decodePackText(utf16(MD, false))).toEqual({ kind: 'encoding', encoding: 'utf-16be' });
  });

  it('never decodes to a replacement character', () => {
    for (const bytes of [encodeGbk(MD), utf16(MD, true), Buffer.from([0x61, 0xff, 0x0a, 0xc0, 0x80])]) {
      const read = decodePackText(bytes);
      expect('text' in read).toBe(false);
    }
  });
});

describe('guessEncoding', () => {
  it('tells UTF-16 without a BOM by its NUL bytes', () => {
    expect(guessEncoding(Buffer.from('title: 山塘\n', 'utf16le'))).toBe('utf-16le');
    expect(guessEncoding(Buffer.from('title: 山塘\n', 'utf16le').swap16())).toBe('utf-16be');
  });

  it('names no encoding when the bytes do not decode cleanly as one', () => {
    // 0xff is no GB18030 lead byte, and 0x80 after 0xa1 is no GBK trail for that row.
    expect(guessEncoding(Buffer.from([0x61, 0xff, 0xfe, 0x41, 0x0a]))).toBeUndefined();
    // GBK's user-defined rows decode to the Private Use Area: no writer typed those.
    expect(guessEncoding(Buffer.from([0xaa, 0xa1, 0xaa, 0xa2]))).toBeUndefined();
  });
});

describe('readPackText', () => {
  const pack = () => {
    const root = mkdtempSync(join(tmpdir(), 'read-text-'));
    mkdirSync(join(root, 'geo'));
    return root;
  };

  it('refuses a link without reading what it points at', () => {
    const root = pack();
    symlinkSync('/etc/passwd', join(root, 'geo', 'passwd.geojson'));
    expect(readPackText(join(root, 'geo', 'passwd.geojson'), root)).toEqual({ kind: 'symlink' });
  });

  it('refuses a file in a linked folder, but not a pack reached through a link', () => {
    const root = pack();
    const elsewhere = mkdtempSync(join(tmpdir(), 'read-text-elsewhere-'));
    writeFileSync(join(elsewhere, 'a.geojson'), '{}');
    symlinkSync(elsewhere, join(root, 'geo', 'linked'));
    expect(readPackText(join(root, 'geo', 'linked', 'a.geojson'), root)).toEqual({ kind: 'symlink' });
    writeFileSync(join(root, 'geo', 'b.geojson'), '{}');
    const link = `${root}-link`;
    symlinkSync(root, link);
    expect(readPackText(join(link, 'geo', 'b.geojson'), link)).toEqual({ text: '{}' });
  });

  it('names the error of a file it cannot open', () => {
    const root = pack();
    expect(readPackText(join(root, 'geo'), root)).toEqual({ kind: 'unreadable', code: 'EISDIR' });
  });

  // root reads any file, so EACCES only shows as another user.
  it.skipIf(process.getuid?.() === 0)('names a file it has no permission to read', () => {
    const root = pack();
    const locked = join(root, 'locked.md');
    writeFileSync(locked, MD);
    chmodSync(locked, 0);
    expect(readPackText(locked, root)).toEqual({ kind: 'unreadable', code: 'EACCES' });
  });
});

describe('describeTextFailure', () => {
  it('says what to do, in the catalog language', () => {
    expect(describeTextFailure({ kind: 'encoding', encoding: 'gb18030', line: 2 }, zh)).toEqual({
      line: 2,
      message: '文件不是 UTF-8 编码，看起来是 GBK/GB18030（Windows 记事本的“ANSI”）',
      hint: '用记事本“另存为”选 UTF-8 编码，或运行 npm run check -- --fix-encoding',
    });
    expect(describeTextFailure({ kind: 'encoding', encoding: undefined }, zh).hint).toMatch(/--fix-encoding 不会改动它/);
    expect(describeTextFailure({ kind: 'unreadable', code: 'EACCES' }, zh).message).toBe('没有权限读取这个文件');
    expect(describeTextFailure({ kind: 'symlink' }, en).message).toMatch(/symbolic link/);
  });

  it('reports through the callback and returns no text', () => {
    const root = mkdtempSync(join(tmpdir(), 'read-text-'));
    writeFileSync(join(root, 'pack.yaml'), encodeGbk('title: 测试内容包\n'));
    const said: unknown[] = [];
    expect(readPackFile(join(root, 'pack.yaml'), root, zh, (s) => said.push(s))).toBeUndefined();
    expect(said).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('GBK/GB18030') })]);
  });
});
