/**
 * A printed page read back as a reader gets it: the text on each PDF page (pdf.js), each page drawn at a printer's
 * resolution, and the QR codes that a phone can read off that drawing (jsQR).
 */
import { createCanvas } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PrintedPage {
  text: string;
  /** RGBA pixels of the page drawn at `dpi`. */
  image: { data: Uint8ClampedArray; width: number; height: number };
}

export async function readPdf(bytes: Uint8Array, dpi: number): Promise<PrintedPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    // Chromium's PDF names a glyph that a font shares between an ideograph and a Kangxi radical by the radical (⾏ for
    // 行); NFKC folds those back. (Radicals of the supplement, ⻆ for 角, have no such fold: see printedIncludes.)
    const text = content.items
      .map((i) => ('str' in i ? i.str : ''))
      .join('')
      .replace(/[\u2F00-\u2FDF]/g, (c) => c.normalize('NFKC'));
    // PDF units are points (1/72 in).
    const viewport = page.getViewport({ scale: dpi / 72 });
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    pages.push({ text, image: { data: new Uint8ClampedArray(data.buffer), width, height } });
  }
  await doc.destroy();
  return pages;
}

/** Whether printed text holds `words`, where any ideograph may have come out as a radical of the supplement block. */
export function printedIncludes(text: string, words: string): boolean {
  const pattern = [...words].map((c) => (/\p{Script=Han}/u.test(c) ? `[${c}\u2E80-\u2EFF]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(pattern, 'u').test(text);
}

/**
 * Every QR code a phone could read off the drawing, as a phone reads one: framed alone. Windows of `frame` pixels,
 * overlapping by two thirds, each searched on its own (jsQR, given a whole sheet of codes, finds one at most).
 */
export function decodeAll(image: PrintedPage['image'], frame = 240): Set<string> {
  const found = new Set<string>();
  const step = Math.floor(frame / 3);
  const crop = new Uint8ClampedArray(frame * frame * 4);
  for (let y0 = 0; y0 < image.height; y0 += step) {
    for (let x0 = 0; x0 < image.width; x0 += step) {
      const w = Math.min(frame, image.width - x0);
      const h = Math.min(frame, image.height - y0);
      if (w < frame / 2 || h < frame / 2) continue;
      for (let y = 0; y < h; y++) {
        const from = ((y0 + y) * image.width + x0) * 4;
        crop.set(image.data.subarray(from, from + w * 4), y * w * 4);
      }
      const code = jsQR(crop.subarray(0, w * h * 4), w, h, { inversionAttempts: 'dontInvert' });
      if (code?.data) found.add(code.data);
    }
  }
  return found;
}
