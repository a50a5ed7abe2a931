/**
 * QR codes as SVG, drawn here from uqr's module matrix: no remote service, no style attributes
 * (the CSP allows none), one path of dark modules on a white quiet zone.
 */
import { encode } from 'uqr';
import { escapeMarkup } from '../security/escape.ts';

/** Dark modules, row by row, as one path of unit squares (runs merged). */
export function qrPath(data: readonly (readonly boolean[])[]): string {
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return d;
}

/** The quiet zone the QR standard asks for, in modules: a scanner finds the code by the white around it. */
export const QUIET_MODULES = 4;

/**
 * Printed size of one module. A phone reads a code at 3 pixels a module; a sheet printed or scanned at 100 dpi has
 * 3.15 pixels in 0.8 mm, so the code's printed size follows its length (a longer address, more modules).
 */
export const PRINT_MODULE_MM = 0.8;

/**
 * A QR code of `text` (medium error correction, the standard's 4-module quiet zone) with an accessible label. Its
 * width and height are the printed size in mm; the screen's stylesheet scales it to its box.
 */
export function qrSvg(text: string, label: string): string {
  const qr = encode(text, { ecc: 'M', border: QUIET_MODULES });
  const mm = `${Math.round(qr.size * PRINT_MODULE_MM * 10) / 10}mm`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${mm}" height="${mm}" viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label="${escapeMarkup(label)}" shape-rendering="crispEdges"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path fill="#000" d="${qrPath(qr.data)}"/></svg>`;
}
