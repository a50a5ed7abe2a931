/**
 * The entries' pictures: each names a file of the pack's images folder. The check reads only the first bytes: the
 * build decodes and resizes them (src/media/), and a picture refused there would stop it with no line to point at.
 */
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { PackEntries, PackEntry } from './load.ts';
import { type PackMessages, zh } from './messages/index.ts';
import type { Problem } from './problems.ts';
import type { PackImage } from './schemas.ts';

/** Larger than any photo a town office takes, small enough for sharp to decode without trouble. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export type ImageFormat = 'jpeg' | 'png' | 'webp';

/** The picture's format from its first 12 bytes, whatever its name says. */
export function sniffImage(head: Uint8Array): ImageFormat | undefined {
  const at = (i: number, bytes: number[]) => bytes.every((b, k) => head[i + k] === b);
  if (at(0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'webp';
  return undefined;
}

/** The file a picture names, or undefined when its name climbs out of the folder. */
export function imagePath(folder: string, file: string): string | undefined {
  const path = resolve(folder, file);
  const inside = relative(folder, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) || isAbsolute(file) ? undefined : path;
}

export function checkImages(entries: PackEntries, folder: string, folderName: string, m: PackMessages = zh): Problem[] {
  const problems: Problem[] = [];
  for (const entry of Object.values(entries).flat() as PackEntry[]) {
    ((entry.data as { images?: PackImage[] }).images ?? []).forEach((image, i) => {
      const report = (field: string, said: { message: string; hint?: string }) =>
        problems.push({
          file: entry.file,
          line: entry.lineOf(['images', i, field]),
          entry: `${entry.collection}/${entry.id}`,
          field: `images.${i}.${field}`,
          ...said,
        });
      if (!image.alt) report('alt', m.images.noAlt(image.file));
      const path = imagePath(folder, image.file);
      const said = path ? fileProblem(path, image.file, folderName, m) : m.images.outside(image.file);
      if (said) report('file', said);
    });
  }
  return problems;
}

function fileProblem(path: string, file: string, folderName: string, m: PackMessages): { message: string; hint?: string } | undefined {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch {
    return m.images.missing(file, folderName);
  }
  if (stat.isSymbolicLink()) return m.images.link(file);
  if (!stat.isFile()) return m.images.notImage(file);
  if (stat.size > MAX_IMAGE_BYTES) return m.images.tooLarge(file, Math.round(stat.size / 1024 / 1024));
  const head = new Uint8Array(12);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 12, 0);
  } finally {
    closeSync(fd);
  }
  return sniffImage(head) ? undefined : m.images.notImage(file);
}
