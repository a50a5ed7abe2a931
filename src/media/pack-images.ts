/**
 * The pack's pictures as the build publishes them: each file named by its bytes' digest, measured with sharp
 * (upright, as a phone's EXIF orientation says) and resized to WebP copies on request.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { imagePath } from '../pack/images.ts';
import type { Pack } from '../pack/load.ts';
import type { PackImage } from '../pack/schemas.ts';
import { imageVariants, type Variant } from './variants.ts';

export interface PublishedImage {
  /** The file's absolute path. */
  path: string;
  width: number;
  height: number;
  variants: Variant[];
}

type Where = Pick<Pack, 'root' | 'config'>;

// Keyed by path, size and time, so that a picture replaced under the same name during `astro dev` is measured again.
const measured = new Map<string, Promise<PublishedImage>>();

async function measure(path: string): Promise<PublishedImage> {
  const { default: sharp } = await import('sharp');
  const bytes = readFileSync(path);
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const meta = await sharp(bytes).metadata();
  // EXIF orientations 5–8 turn the picture a quarter: its upright width is its stored height.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = (turned ? meta.height : meta.width) ?? 0;
  const height = (turned ? meta.width : meta.height) ?? 0;
  return { path, width, height, variants: imageVariants(digest, width, height) };
}

/** The published form of one of the pack's pictures (the pack check has made sure it is there and is a picture). */
export function publishedImage(pack: Where, image: Pick<PackImage, 'file'>): Promise<PublishedImage> {
  const path = imagePath(resolve(pack.root, pack.config.paths.images), image.file);
  if (!path) throw new Error(`image ${image.file} outside the images folder`);
  const { size, mtimeMs } = statSync(path);
  const key = `${path}\n${size}\n${mtimeMs}`;
  let entry = measured.get(key);
  if (!entry) {
    entry = measure(path);
    measured.set(key, entry);
  }
  return entry;
}

/** Every picture of every entry, once each. */
export async function allPublishedImages(pack: Where & Pick<Pack, 'entries'>): Promise<PublishedImage[]> {
  const files = new Set((Object.values(pack.entries).flat() as { data: { images?: PackImage[] } }[]).flatMap((e) => (e.data.images ?? []).map((i) => i.file)));
  const images = await Promise.all([...files].map((file) => publishedImage(pack, { file })));
  return [...new Map(images.map((i) => [i.path, i])).values()];
}

/** The WebP copy of `image` at `width`. */
export async function renderVariant(image: PublishedImage, width: number): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp(readFileSync(image.path)).rotate().resize({ width }).webp({ quality: 78 }).toBuffer();
}
