/**
 * The sound table the browser uses to retry a mistyped Chinese query (typo.ts), made at build time with pinyin-pro:
 * for every syllable the pack's titles, other names and place names use, and every syllable that sounds alike
 * (fuzzy.ts), the common characters read so. Common characters are GB 2312's first level (3,755, the everyday set
 * an input method offers first), read from Node's own GBK decoder; characters outside the pack's sounds are left out,
 * since a wrong character of another sound is no homophone of a name in the pack.
 */
import { pinyin } from 'pinyin-pro';
import { fuzzyForm } from './fuzzy.ts';
import { alignedSyllables } from './pinyin.ts';
import type { Sounds } from './typo.ts';

/** GB 2312 level 1: rows 0xB0–0xD7, cells 0xA1–0xFE (0xD7FA–0xD7FE are empty). */
export function commonChars(): string[] {
  const decoder = new TextDecoder('gbk');
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) break;
      out.push(decoder.decode(Uint8Array.from([row, cell])));
    }
  }
  return out;
}

/** The table for the given names: their characters with the reading they have there, and common characters of a like sound. */
export function soundTable(names: readonly string[], common: readonly string[] = commonChars()): Sounds {
  const table = new Map<string, Set<string>>();
  const add = (syllable: string, c: string) => table.set(syllable, (table.get(syllable) ?? new Set()).add(c));
  for (const name of names) {
    const chars = Array.from(name);
    alignedSyllables(name).forEach((s, i) => {
      if (s) add(s, chars[i] ?? '');
    });
  }
  const sounds = new Set([...table.keys()].map(fuzzyForm));
  for (const c of common) {
    for (const s of pinyin(c, { toneType: 'none', type: 'array', multiple: true, v: true })) {
      if (/^[a-zv]+$/.test(s) && sounds.has(fuzzyForm(s))) add(s, c);
    }
  }
  return Object.fromEntries([...table].sort(([a], [b]) => a.localeCompare(b)).map(([s, chars]) => [s, [...chars].join('')]));
}
