/**
 * The pack check for one entry, in the words of `npm run check`: loadPack on the whole pack (references and facts need
 * the other entries), keeping the lines about that file. An unsaved draft is checked in a throwaway copy of the pack
 * made of links to its files, with the draft in place of the entry's file, so nothing in the pack changes.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadPack } from '../pack/load.ts';
import { formatProblem } from '../pack/problems.ts';

export interface EntryCheck {
  /** Lines that fail `npm run check`, as it prints them. */
  problems: string[];
  /** Lines it prints as warnings, without failing. */
  warnings: string[];
}

/** A folder that reads as the pack, with `file` (relative to its root) holding `text`. */
export function overlayPack(root: string, file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pack-draft-'));
  const parts = file.split('/');
  let src = resolve(root);
  let dst = dir;
  parts.forEach((part, i) => {
    if (existsSync(src)) for (const name of readdirSync(src)) if (name !== part) symlinkSync(join(src, name), join(dst, name));
    if (i === parts.length - 1) writeFileSync(join(dst, part), text);
    else {
      src = join(src, part);
      dst = join(dst, part);
      mkdirSync(dst);
    }
  });
  return dir;
}

export function checkEntry(root: string, file: string, draft?: string, options: { lang?: string; now?: Date } = {}): EntryCheck {
  if (file.split('/').some((p) => p === '..' || p === '') || file.startsWith('/')) throw new Error(`not a pack path: ${file}`);
  const dir = draft === undefined ? root : overlayPack(root, file, draft);
  try {
    const pack = loadPack(dir, options);
    const mine = (p: { file: string }) => p.file === file;
    const warning = pack.messages.summary.warning;
    return { problems: pack.problems.filter(mine).map(formatProblem), warnings: pack.warnings.filter(mine).map((w) => `${warning}  ${formatProblem(w)}`) };
  } finally {
    if (dir !== root) rmSync(dir, { recursive: true, force: true });
  }
}
