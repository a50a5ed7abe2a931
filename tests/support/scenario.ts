/** Builds a scenario pack in a temp folder: tests/packs/base with tests/packs/<name> laid over it. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PACKS = resolve(import.meta.dirname, '../packs');

export function scenarioPack(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pack-${name}-`));
  cpSync(join(PACKS, 'base'), dir, { recursive: true });
  if (name !== 'base') cpSync(join(PACKS, name), dir, { recursive: true, filter: (src) => !/expected[^/]*\.txt$/.test(src) });
  return dir;
}
