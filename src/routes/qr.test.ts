import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrPath, qrSvg } from './qr.ts';

/** The modules a path of unit squares paints, read back from its commands. */
function painted(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x, y, run] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < run; i++) (grid[y] as boolean[])[x + i] = true;
  }
  return grid;
}

describe('QR codes', () => {
  it('paint exactly the modules of the encoded symbol', () => {
    for (const text of ['https://example.org/routes/hongse-yuanyuan/', 'https://example.org/plan/?s=zhuanjiaowan~45,mingyue-shantang&m=bus&b=half']) {
      const qr = encode(text, { ecc: 'M', border: 2 });
      expect(painted(qrPath(qr.data), qr.size)).toEqual(qr.data);
    }
  });

  it('are an SVG with a label and no style attribute', () => {
    const svg = qrSvg('https://example.org/', '扫码打开“<明月山塘>”');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="扫码打开“&lt;明月山塘&gt;”"/);
    expect(svg).not.toMatch(/style=/);
  });

  it('print at 0.8 mm a module with a 4-module quiet zone, so that a 100 dpi print has 3 pixels a module', () => {
    const text = 'https://example.org/sites/langxia-jiaoye-gongyuan/';
    const qr = encode(text, { ecc: 'M', border: 4 });
    const svg = qrSvg(text, 'x');
    const mm = Number(/width="([\d.]+)mm"/.exec(svg)?.[1]);
    expect(mm).toBeCloseTo(qr.size * 0.8, 1);
    expect((mm / qr.size / 25.4) * 100).toBeGreaterThanOrEqual(3);
    // The quiet zone: the first and last four rows and columns are white.
    for (const i of [0, 1, 2, 3, qr.size - 4, qr.size - 1]) {
      expect(qr.data[i]?.some(Boolean)).toBe(false);
      expect(qr.data.some((row) => row[i])).toBe(false);
    }
  });
});
