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

/** A QR code of `text` (medium error correction, 2-module quiet zone) with an accessible label. */
export function qrSvg(text: string, label: string): string {
  const qr = encode(text, { ecc: 'M', border: 2 });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label="${escapeMarkup(label)}" shape-rendering="crispEdges"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path fill="#000" d="${qrPath(qr.data)}"/></svg>`;
}
