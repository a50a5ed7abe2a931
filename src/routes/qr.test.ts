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
});
