import { describe, expect, it } from 'vitest';
import { encodeGbk } from './gbk.ts';

describe('encodeGbk', () => {
  it('writes what a GBK decoder reads back, and the bytes Notepad writes', () => {
    const text = 'title: 明月山塘\r\n一桥两山塘，横跨浙与沪。“平湖”\n';
    expect(new TextDecoder('gbk', { fatal: true }).decode(encodeGbk(text))).toBe(text);
    expect([...encodeGbk('山塘')]).toEqual([0xc9, 0xbd, 0xcc, 0xc1]);
  });

  it('refuses a character GBK does not have', () => {
    expect(() => encodeGbk('😀')).toThrow(/no GBK code/);
  });
});
