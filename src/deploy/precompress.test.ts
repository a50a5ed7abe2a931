import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../build/digest-cache.ts';
import { brotliQuality, isCompressible, type PrecompressSummary, precompressDir, summarise } from './precompress.ts';

const page = `<!doctype html><html lang="zh-CN"><body>${'<li><a href="/sites/x/">山塘村联合党支部</a></li>'.repeat(200)}</body></html>`;
let root: string;
let summary: PrecompressSummary;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(root, '_astro'));
  mkdirSync(join(root, 'pagefind', 'fragment'), { recursive: true });
  writeFileSync(join(root, 'index.html'), page);
  writeFileSync(join(root, '_astro', 'app.Ab12.js'), `export const a = ${JSON.stringify('地图'.repeat(2000))};`);
  writeFileSync(join(root, 'tiny.css'), 'body{margin:0}');
  writeFileSync(join(root, 'card.png'), randomBytes(4096));
  writeFileSync(join(root, 'pagefind', 'fragment', 'zh_1.pf_fragment'), page);
  // Random bytes do not compress: a copy would save nothing.
  writeFileSync(join(root, 'noise.json'), randomBytes(4096));
  summary = await precompressDir(root);
});

describe('precompressed copies', () => {
  it('writes brotli and gzip copies that decompress to the original bytes', () => {
    for (const f of ['index.html', '_astro/app.Ab12.js']) {
      const original = readFileSync(join(root, f));
      expect(brotliDecompressSync(readFileSync(join(root, `${f}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(join(root, `${f}.gz`)))).toEqual(original);
    }
  });

  it('leaves out small files, images, Pagefind chunks and files that do not shrink', () => {
    for (const f of ['tiny.css', 'card.png', 'pagefind/fragment/zh_1.pf_fragment']) {
      expect(existsSync(join(root, `${f}.br`)), f).toBe(false);
      expect(existsSync(join(root, `${f}.gz`)), f).toBe(false);
    }
    expect(existsSync(join(root, 'noise.json.gz'))).toBe(false);
    const noise = summary.files.find((f) => f.path === 'noise.json');
    expect([noise?.bytes, noise?.br, noise?.gz]).toEqual([4096, undefined, undefined]);
  });

  it('sums up what it saved, counting a file without a copy at its full size', () => {
    expect(summary.files.map((f) => f.path)).toEqual(['_astro/app.Ab12.js', 'index.html', 'noise.json']);
    const html = summary.files.find((f) => f.path === 'index.html');
    expect(html?.br).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(summary.br).toBeLessThan(summary.bytes);
    expect(summary.br).toBeGreaterThan(summary.files.find((f) => f.path === 'noise.json')?.bytes ?? Infinity);
  });

  it('does not compress the copies again when run twice', async () => {
    const again = await precompressDir(root);
    expect(again.files.map((f) => f.path)).toEqual(summary.files.map((f) => f.path));
  });

  it('compresses only the top-level folders and files it is given, so the rest can follow once it is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-within-'));
    mkdirSync(join(dir, 'sites'));
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'sites', 'index.html'), page);
    writeFileSync(join(dir, 'pagefind', 'pagefind.js'), page);
    writeFileSync(join(dir, 'sw.js'), page);
    const later = new Set(['pagefind', 'sw.js']);
    const pages = await precompressDir(dir, { within: (name) => !later.has(name) });
    expect(pages.files.map((f) => f.path)).toEqual(['sites/index.html']);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js.br'))).toBe(false);
    const rest = await precompressDir(dir, { within: (name) => later.has(name) });
    expect(rest.files.map((f) => f.path)).toEqual(['pagefind/pagefind.js', 'sw.js']);
    expect(summarise([...rest.files, ...pages.files])).toEqual(await precompressDir(dir));
  });

  it('chooses formats by extension and spends top brotli quality on hashed assets only', () => {
    expect(isCompressible('map/sites.geojson', 5000)).toBe(true);
    expect(isCompressible('data/routes/a.GPX', 5000)).toBe(true);
    expect(isCompressible('cards/a.png', 50_000)).toBe(false);
    expect(isCompressible('index.html', 500)).toBe(false);
    expect(brotliQuality('_astro/x.js')).toBe(11);
    expect(brotliQuality('sites/x/index.html')).toBeLessThan(brotliQuality('map/sites.geojson'));
    expect(brotliQuality('map/overview/x.svg')).toBe(brotliQuality('sites/x/index.html'));
    expect(brotliQuality('map/sites.geojson')).toBeLessThan(11);
  });

  it('with the build cache, gives an unchanged file the same copies, with their first time, without compressing it again', async () => {
    const store = openStore(mkdtempSync(join(tmpdir(), 'precompress-cache-')));
    const first = await precompressDir(root, { store });
    const firstBr = readFileSync(join(root, 'index.html.br'));
    const appTime = statSync(join(root, '_astro/app.Ab12.js.br')).mtimeMs;
    writeFileSync(join(root, 'index.html'), page.replace('山塘村', '明月山塘'));
    const next = openStore(store.dir);
    const again = await precompressDir(root, { store: next });
    const app = (x: PrecompressSummary) => x.files.find((f) => f.path === '_astro/app.Ab12.js');
    expect(app(again)).toEqual(app(first));
    // Only the edited page was compressed; the script kept its copies and their time.
    expect(next.counts.get('copies')).toEqual({ made: 1, reused: 2 });
    expect(brotliDecompressSync(readFileSync(join(root, 'index.html.br'))).toString()).toContain('明月山塘');
    expect(readFileSync(join(root, 'index.html.br'))).not.toEqual(firstBr);
    expect(statSync(join(root, '_astro/app.Ab12.js.br')).mtimeMs).toBe(appTime);
    expect(gunzipSync(readFileSync(join(root, '_astro/app.Ab12.js.gz')))).toEqual(readFileSync(join(root, '_astro/app.Ab12.js')));
  });
});
