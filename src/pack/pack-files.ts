/** Which files on disk make up a pack: a change to any of them means the pack must be read again. */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILE, type Pack } from './load.ts';

type Where = Pick<Pack, 'root' | 'config'>;

/** pack.yaml and the content, geo and images folders: what `astro dev` watches. */
export function packPaths(pack: Where): { config: string; folders: string[] } {
  const { content, geo, images } = pack.config.paths;
  return { config: join(pack.root, CONFIG_FILE), folders: [content, geo, images].map((dir) => resolve(pack.root, dir)) };
}

export function isPackFile(pack: Where, file: string): boolean {
  const path = resolve(file);
  const { config, folders } = packPaths(pack);
  return (
    path === config ||
    folders.some((dir) => {
      const inside = relative(dir, path);
      return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
    })
  );
}
