/**
 * The rasterising of a share card, alone in its module: with svg.ts it is the code a card's pixels depend on
 * (CARD_CODE), so a change here or in the drawing makes every card again, and a change elsewhere does not.
 */
import { codeVersion, digest, fontsDigest } from '../build/digest-cache.ts';

export const CARD_CODE = ['src/map/svg.ts', 'src/share/card-png.ts'];

export async function cardPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const { default: sharp } = await import('sharp');
  // A palette keeps a card small. Effort 1, no dither and zlib level 6 made it in 60% of the time of the maximum
  // settings; quality 90 lets the quantiser stop at the colours it needs, which halves the encoding again (30 → 14 ms
  // a site card) and makes cards 30% smaller, with 0.3% of pixels off by more than 3%. Measured in bench/REPORT.md.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6, palette: true, effort: 1, dither: 0, quality: 90 }).toBuffer();
  return new Uint8Array(png);
}

let raster: string | undefined;

/** The version of a card's making: the code, sharp's libraries (libvips, librsvg, cairo…) and the fonts they draw with. */
export async function cardCodeVersion(): Promise<string> {
  const { default: sharp } = await import('sharp');
  raster ??= digest(JSON.stringify(sharp.versions), fontsDigest());
  return digest(codeVersion(CARD_CODE), raster);
}
