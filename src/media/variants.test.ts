import { describe, expect, it } from 'vitest';
import { imageVariants, srcset } from './variants.ts';

describe('the sizes a picture is published in', () => {
  it('a large photo gets the three widths, heights kept in proportion', () => {
    expect(imageVariants('abc', 4000, 3000)).toEqual([
      { width: 480, height: 360, path: 'media/abc-480.webp' },
      { width: 960, height: 720, path: 'media/abc-960.webp' },
      { width: 1600, height: 1200, path: 'media/abc-1600.webp' },
    ]);
  });

  it('a picture between two widths ends at its own width, never enlarged', () => {
    expect(imageVariants('abc', 1200, 800).map((v) => v.width)).toEqual([480, 960, 1200]);
    expect(imageVariants('abc', 960, 640).map((v) => v.width)).toEqual([480, 960]);
  });

  it('a small picture is published once, at its own size', () => {
    expect(imageVariants('abc', 300, 200)).toEqual([{ width: 300, height: 200, path: 'media/abc-300.webp' }]);
  });

  it('srcset lists each copy by its width', () => {
    expect(srcset(imageVariants('abc', 1000, 500), (p) => `/x/${p}`)).toBe(
      '/x/media/abc-480.webp 480w, /x/media/abc-960.webp 960w, /x/media/abc-1000.webp 1000w',
    );
  });
});
