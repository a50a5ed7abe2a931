import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { missingPages } from './astro-integration.ts';
import { loadPack } from './load.ts';
import { COLLECTIONS } from './schemas.ts';

describe('missingPages (the guard that fails a build leaving an entry out)', () => {
  const pack = loadPack(scenarioPack('base'));
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  for (const c of COLLECTIONS) {
    for (const e of pack.entries[c]) {
      if (c === 'stories') continue; // the build "forgot" the stories
      mkdirSync(join(dist, c, e.id), { recursive: true });
      writeFileSync(join(dist, c, e.id, 'index.html'), '<!doctype html>');
    }
  }

  it('names each entry without a page', () => {
    expect(missingPages(pack, dist)).toEqual(['/stories/yaqian-1927/']);
  });

  it('is empty once every entry has its page', () => {
    mkdirSync(join(dist, 'stories', 'yaqian-1927'), { recursive: true });
    writeFileSync(join(dist, 'stories', 'yaqian-1927', 'index.html'), '<!doctype html>');
    expect(missingPages(pack, dist)).toEqual([]);
  });
});
