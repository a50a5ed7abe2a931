/**
 * Words of the default pack that another pack's site must not show: the default pack's own interface words (its
 * `labels` and `labelsEn`), its places (provinces, cities and counties of its sites, with their short forms and, for
 * the English pages, their pinyin) and its site and route ids; less every word the other pack writes itself (通武廊's
 * own title says 毗邻党建, and the default pack lists 通武廊 among its partnerships).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Pack } from '../../src/pack/load.ts';
import { alignedSyllables } from '../../src/search/pinyin.ts';

const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|区|县)$/;

/** 平湖市 → 平湖, Pinghu; a name that would be one character without its suffix stays whole. */
function placeForms(name: string): string[] {
  const core = name.replace(SUFFIX, '');
  if ([...core].length < 2) return [name];
  const py = alignedSyllables(core).join('');
  return [name, core, ...(py ? [py[0]?.toUpperCase() + py.slice(1)] : [])];
}

/** Every text file of a pack folder, as one string: what the pack writes itself. */
export function packText(dir: string): string {
  return textFiles(dir, /\.(ya?ml|md|geojson|json|csv|txt)$/)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

export function foreignWords(defaultPack: Pack, ownText: string): string[] {
  const { labels, labelsEn } = defaultPack.config;
  const places = defaultPack.entries.sites.flatMap((s) => s.data.regions.flatMap((r) => [r.province, r.city, r.county].filter((v): v is string => Boolean(v))));
  const ids = [...defaultPack.entries.sites, ...defaultPack.entries.routes].map((e) => e.id);
  const words = [...Object.values(labels), ...Object.values(labelsEn), ...new Set(places.flatMap(placeForms)), ...ids].filter((w): w is string => Boolean(w));
  const own = ownText.toLowerCase();
  return [...new Set(words)].filter((w) => !own.includes(w.toLowerCase()));
}

/** Files of the built site a reader's browser reads as text. */
const SITE_TEXT = /\.(html|js|mjs|css|json|webmanifest|xml|txt|svg|geojson|csv|gpx|kml)$/;

export function textFiles(dir: string, pattern = SITE_TEXT): string[] {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => pattern.test(f) && statSync(f).isFile());
}

/** Each word found, with the files it is in (relative to `dist`) and a few characters around its first hit. */
export function findWords(dist: string, words: readonly string[]): string[] {
  const hits: string[] = [];
  for (const file of textFiles(dist)) {
    const body = readFileSync(file, 'utf8');
    for (const w of words) {
      const at = body.indexOf(w);
      if (at >= 0) hits.push(`${w}  in ${relative(dist, file)}: …${body.slice(Math.max(0, at - 30), at + w.length + 30).replace(/\s+/g, ' ')}…`);
    }
  }
  return hits;
}
