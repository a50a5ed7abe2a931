import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_CODE } from '../share/card-png.ts';
import { buildStore, cachedOutput, codeDigest, digest, fontsDigest, openStore, prune, takeTimes, through, useStore } from './digest-cache.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const temp = () => mkdtempSync(join(tmpdir(), 'digest-cache-'));

describe('digest', () => {
  it('tells the parts apart, not only their concatenation', () => {
    expect(digest('ab', 'c')).not.toBe(digest('a', 'bc'));
    expect(digest('a', bytes('b'))).toBe(digest('a', 'b'));
    expect(digest('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the store', () => {
  it('makes an output once, then gives the same bytes and first-made time without making it again', async () => {
    const store = openStore(temp());
    let made = 0;
    const make = () => {
      made++;
      return bytes('卡片');
    };
    const first = await through(store, 'cards', digest('scene-1'), make);
    const again = await through(openStore(store.dir), 'cards', digest('scene-1'), make);
    expect(made).toBe(1);
    expect([first.reused, again.reused]).toEqual([false, true]);
    expect(text(again.bytes)).toBe('卡片');
    expect(again.made.getTime()).toBe(first.made.getTime());
  });

  it('makes a changed input again, and counts per kind what was made and what was reused', async () => {
    const store = openStore(temp());
    await through(store, 'cards', digest('a'), () => bytes('A'));
    await through(store, 'cards', digest('a'), () => bytes('never'));
    const changed = await through(store, 'cards', digest('a2'), () => bytes('A2'));
    await through(store, 'br', digest('a'), () => bytes('compressed'));
    expect(text(changed.bytes)).toBe('A2');
    expect(Object.fromEntries(store.counts)).toEqual({ cards: { made: 2, reused: 1 }, br: { made: 1, reused: 0 } });
  });

  it('prunes what this build did not use, in the kinds it used, and nothing of the kinds it did not', async () => {
    const dir = temp();
    const old = openStore(dir);
    await through(old, 'cards', digest('edited away'), () => bytes('old'));
    await through(old, 'cards', digest('kept'), () => bytes('kept'));
    await through(old, 'gz', digest('page'), () => bytes('gz'));
    // A build killed while writing leaves a .part file: never taken for an entry, and cleared.
    mkdirSync(join(dir, 'cards', 'zz'), { recursive: true });
    writeFileSync(join(dir, 'cards', 'zz', 'zz00.123.part'), 'half');
    const next = openStore(dir);
    await through(next, 'cards', digest('kept'), () => bytes('never'));
    expect(prune(next)).toBe(2);
    const left = (kind: string) =>
      readdirSync(join(dir, kind), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name);
    expect(left('cards')).toEqual([digest('kept')]);
    expect(left('gz')).toEqual([digest('page')]);
  });
});

describe('cachedOutput', () => {
  it('makes the output directly when the build has no store (BUILD_CACHE=false, astro dev), computing no key', async () => {
    useStore(undefined);
    expect(buildStore()).toBeUndefined();
    const out = await cachedOutput(
      'cards',
      () => {
        throw new Error('no key without a store');
      },
      '/cards/x.png',
      () => bytes('drawn'),
    );
    expect(text(out)).toBe('drawn');
    expect(takeTimes().size).toBe(0);
  });

  it('with a store, gives each output path the time its bytes were first made, to set on dist/', async () => {
    const dir = temp();
    useStore(dir);
    await cachedOutput(
      'cards',
      () => digest('s'),
      '/cards/sites/a.png',
      () => bytes('a'),
    );
    const first = takeTimes().get('/cards/sites/a.png');
    useStore(dir);
    await cachedOutput(
      'cards',
      () => digest('s'),
      '/cards/sites/a.png',
      () => bytes('redrawn'),
    );
    expect(takeTimes().get('/cards/sites/a.png')?.getTime()).toBe(first?.getTime());
    expect(buildStore()?.counts.get('cards')).toEqual({ made: 0, reused: 1 });
    useStore(undefined);
  });
});

describe('codeDigest', () => {
  it('changes with any file the entry imports by a relative path, not with a file it does not', () => {
    const root = temp();
    mkdirSync(join(root, 'src/map'), { recursive: true });
    writeFileSync(join(root, 'src/map/svg.ts'), "import { C } from './palette.ts';\nimport type { T } from '../types.ts';\nexport const x = C;");
    writeFileSync(join(root, 'src/map/palette.ts'), "export const C = '#c00';");
    writeFileSync(join(root, 'src/types.ts'), 'export type T = 1;');
    writeFileSync(join(root, 'src/other.ts'), 'export const y = 1;');
    const before = codeDigest(root, ['src/map/svg.ts']);
    writeFileSync(join(root, 'src/other.ts'), 'export const y = 2;');
    expect(codeDigest(root, ['src/map/svg.ts'])).toBe(before);
    writeFileSync(join(root, 'src/map/palette.ts'), "export const C = '#b00';");
    expect(codeDigest(root, ['src/map/svg.ts'])).not.toBe(before);
  });

  it('leaves out type-only imports, which cannot change a byte', () => {
    const root = temp();
    writeFileSync(join(root, 'a.ts'), "import type { T } from './types.ts';\nimport { type U, f } from './f.ts';\nexport const x = f();");
    writeFileSync(join(root, 'types.ts'), 'export type T = 1;');
    writeFileSync(join(root, 'f.ts'), 'export const f = () => 1; export type U = 2;');
    const before = codeDigest(root, ['a.ts']);
    writeFileSync(join(root, 'types.ts'), 'export type T = 2;');
    expect(codeDigest(root, ['a.ts'])).toBe(before);
    writeFileSync(join(root, 'f.ts'), 'export const f = () => 2; export type U = 2;');
    expect(codeDigest(root, ['a.ts'])).not.toBe(before);
  });

  it('makes the share cards again for a colour of the palette, not for a word of the interface', () => {
    const root = temp();
    cpSync(join(import.meta.dirname, '../../src'), join(root, 'src'), { recursive: true });
    const before = codeDigest(root, CARD_CODE);
    appendFileSync(join(root, 'src/i18n/zh-CN.ts'), '\n// 新的界面文字\n');
    expect(codeDigest(root, CARD_CODE)).toBe(before);
    const palette = join(root, 'src/map/palette.ts');
    writeFileSync(palette, readFileSync(palette, 'utf8').replace(/#[0-9a-f]{6}/i, '#123456'));
    expect(codeDigest(root, CARD_CODE)).not.toBe(before);
  });
});

describe('fontsDigest', () => {
  it('changes when a font is added', () => {
    const dir = temp();
    const before = fontsDigest([dir]);
    writeFileSync(join(dir, 'NotoSansCJK.ttc'), 'font');
    expect(fontsDigest([dir])).not.toBe(before);
    expect(fontsDigest([join(dir, 'missing')])).toBe(fontsDigest([]));
  });
});

describe('two pages making the same entry at once', () => {
  it('both get its bytes, and the store keeps one whole entry', async () => {
    const store = openStore(temp());
    const make = async () => bytes('卡片');
    const [a, b] = await Promise.all([through(store, 'cards', 'ab12', make), through(store, 'cards', 'ab12', make)]);
    expect(text(a.bytes)).toBe('卡片');
    expect(text(b.bytes)).toBe('卡片');
    expect(readdirSync(join(store.dir, 'cards', 'ab'))).toEqual(['ab12']);
  });
});
