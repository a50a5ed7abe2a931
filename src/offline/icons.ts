/**
 * App icons drawn at build from the pack's favicon.svg (or the portal's), so another region's pack installs with
 * its own icon. sharp rasterises them, as it does the share cards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolvePackRoot } from '../pack/root.ts';
import { iconColour } from './manifest.ts';
import { ROOT_DIR } from './root-dir.ts';

export function iconSvg(packRoot = resolvePackRoot()): string {
  const own = join(packRoot, 'favicon.svg');
  return readFileSync(existsSync(own) ? own : join(ROOT_DIR, 'public', 'favicon.svg'), 'utf8');
}

/**
 * A square PNG. A maskable icon is cropped to a circle of 80 % by launchers, so the favicon is drawn at 80 % on a
 * full square of the icon's colour.
 */
export async function renderIcon(svg: string, size: number, maskable = false): Promise<Uint8Array<ArrayBuffer>> {
  const { default: sharp } = await import('sharp');
  const inner = maskable ? Math.round(size * 0.8) : size;
  const glyph = await sharp(Buffer.from(svg), { density: Math.max(72, Math.ceil((72 * inner) / 32)) })
    .resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  const image = maskable
    ? sharp({ create: { width: size, height: size, channels: 4, background: iconColour(svg) } }).composite([{ input: glyph, gravity: 'centre' }])
    : sharp(glyph);
  return new Uint8Array(await image.png({ compressionLevel: 9 }).toBuffer());
}
