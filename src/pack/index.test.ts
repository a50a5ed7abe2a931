import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';

describe('getPack, fromPack and forgetPack (one pack per process, read again when it changes)', async () => {
  const root = scenarioPack('base');
  const before = process.env.CONTENT_ROOT;
  process.env.CONTENT_ROOT = root;
  afterAll(() => {
    if (before === undefined) delete process.env.CONTENT_ROOT;
    else process.env.CONTENT_ROOT = before;
  });
  // astro dev evaluates the module once per Vite environment: the loader's copy and the pages' copy must agree.
  const loaderSide = await import('./index.ts');
  const second: string = './index.ts?pages';
  const pageSide = (await import(second)) as typeof loaderSide;
  const title = (p: ReturnType<typeof loaderSide.getPack>) => p.entries.sites.find((s) => s.id === 'shantang')?.data.title;
  const titles = () => pageSide.fromPack('titles', (p) => p.entries.sites.map((s) => s.data.title));

  it('is one pack, and one derived value, whichever copy of the module asks', () => {
    expect(pageSide.getPack()).toBe(loaderSide.getPack());
    expect(loaderSide.fromPack('titles', () => ['from the loader side'])).toEqual(['from the loader side']);
    expect(titles()).toEqual(['from the loader side']);
  });

  it('is read again, with every derived value, once either copy forgets it', () => {
    const file = join(root, 'content/sites/shantang.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 明月山塘', 'title: 明月山塘桥'));
    expect(title(pageSide.getPack())).toBe('明月山塘');
    loaderSide.forgetPack();
    expect(title(pageSide.getPack())).toBe('明月山塘桥');
    expect(titles()).toContain('明月山塘桥');
  });
});
