import { describe, expect, it } from 'vitest';
import { byteRange } from './byte-range.ts';

describe('byteRange', () => {
  it('reads the ranges the pmtiles reader asks for', () => {
    expect(byteRange('bytes=0-16383', 6079)).toEqual({ start: 0, end: 6078 });
    expect(byteRange('bytes=127-226', 6079)).toEqual({ start: 127, end: 226 });
    expect(byteRange('bytes=6000-', 6079)).toEqual({ start: 6000, end: 6078 });
    expect(byteRange('bytes=-79', 6079)).toEqual({ start: 6000, end: 6078 });
  });
  it('sends the whole file without a header or for one it does not read, and refuses a range past the end', () => {
    expect(byteRange(undefined, 10)).toBeUndefined();
    expect(byteRange('bytes=0-1,5-6', 10)).toBeUndefined();
    expect(byteRange('bytes=-', 10)).toBeUndefined();
    expect(byteRange('bytes=10-20', 10)).toBe('unsatisfiable');
    expect(byteRange('bytes=5-2', 10)).toBe('unsatisfiable');
  });
});
