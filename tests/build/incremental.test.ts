/**
 * An edit rebuilds what it changed and takes the rest from the build cache (src/build/digest-cache.ts): the small
 * base pack is built, one site is given a new title and moved a little, and the pack is built again into the same
 * output and cache folders. A title alone would not do: a share card draws the map, not the name, so its card is
 * rightly left as it was (src/map/overview-cache.test.ts). A third build of the edited pack without the cache is
 * what the rebuilt site must equal, byte for byte, in every card, overview and compressed copy.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildPack } from '../support/astro-build.ts';
import { launchBrowser } from '../support/browser.ts';
import { readPage, text } from '../support/dist.ts';
import { scenarioPack } from '../support/scenario.ts';
import { type Served, serveDir } from '../support/serve.ts';

const NEW_TITLE = '增量构建示例';
const pack = scenarioPack('base');
const dist = mkdtempSync(join(tmpdir(), 'dist-incremental-'));
const CHANGED = 'cards/sites/shantang.png';
const UNCHANGED = 'cards/sites/zhuanjiaowan.png';

interface Seen {
  bytes: Buffer;
  mtimeMs: number;
}
const see = (file: string): Seen => ({ bytes: readFileSync(join(dist, file)), mtimeMs: statSync(join(dist, file)).mtimeMs });

let first: BuildResult;
let second: BuildResult;
let uncached: BuildResult;
const before: Record<string, Seen> = {};

beforeAll(() => {
  first = buildPack(pack, {}, dist);
  if (first.status !== 0) return;
  for (const f of [CHANGED, UNCHANGED]) before[f] = see(f);
  const md = join(pack, 'content/sites/shantang.md');
  writeFileSync(md, readFileSync(md, 'utf8').replace('title: 明月山塘', `title: ${NEW_TITLE}`).replace('lon: 121.13', 'lon: 121.14'));
  second = buildPack(pack, {}, dist);
  uncached = buildPack(pack, { BUILD_CACHE: 'false' });
}, 300_000);

/** "4 share cards in 0.2 s (1 drawn, 3 from the cache)" of a build's log, as numbers. */
function counts(build: BuildResult, what: RegExp): { drawn: number; cached: number } | undefined {
  const m = new RegExp(`${what.source} in [\\d.]+ s \\((\\d+) (?:drawn|compressed), (\\d+) from the cache\\)`).exec(build.output);
  return m ? { drawn: Number(m[1]), cached: Number(m[2]) } : undefined;
}

describe('a rebuild after one edit', () => {
  it('builds all three times', () => {
    for (const b of [first, second, uncached]) expect(b?.status, b?.output.slice(-3000)).toBe(0);
  });

  it('says in its phase lines what it made again and what came from the cache', () => {
    expect(counts(first, /4 share cards/)).toEqual({ drawn: 4, cached: 0 });
    // 明月山塘's own card, the route through it and the planner's card of the whole pack; 转角湾's is too far off to show it.
    expect(counts(second, /4 share cards/)).toEqual({ drawn: 3, cached: 1 });
    const overviews = counts(second, /\d+ overview SVGs/);
    expect(overviews?.drawn).toBeGreaterThan(0);
    expect(overviews?.cached).toBeGreaterThan(0);
    const compressed = /precompressed (\d+) files \((\d+) compressed, (\d+) from the cache\)/.exec(second.output);
    // On a pack of two sites a title is on half the pages; the rest keep their copies.
    expect(Number(compressed?.[2])).toBeGreaterThan(0);
    expect(Number(compressed?.[3])).toBeGreaterThan(0);
    expect(uncached.output).not.toContain('from the cache');
  });

  it('makes the search index, the service worker and the compressed copies once Astro’s process has ended', () => {
    // scripts/build.ts: Astro's process kept the heap of its pages while Pagefind ran beside it.
    const at = (line: string) => second.output.indexOf(line);
    const order = [
      '[build] Complete!',
      '[dangjian-search] search index:',
      '[dangjian-offline] service worker:',
      '[dangjian-precompress] precompressed',
      'build phases:',
    ];
    expect(order.map(at).every((i) => i >= 0)).toBe(true);
    expect(order.map(at)).toEqual(order.map(at).sort((a, b) => a - b));
    const table = second.output.slice(at('build phases:'));
    for (const row of ['entries', 'pages', 'search index', 'compression', 'total']) expect(table).toMatch(new RegExp(`^  ${row} +\\d+\\.\\d s`, 'm'));
  });

  it('leaves in the build cache only what the last build used, of every kind', () => {
    const removed = /build cache: .*, (\d+) entries no longer used removed/.exec(second.output);
    // The moved site's old card and overviews, and the old copies of the pages its title is on.
    expect(Number(removed?.[1])).toBeGreaterThan(3);
    const entries = (kind: string) =>
      readdirSync(join(`${dist}-cache`, 'dangjian-map', kind), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    expect(entries('cards')).toBe(4);
    const copies = /precompressed (\d+) files \((\d+) compressed, (\d+) from the cache\)/.exec(second.output);
    // At most one a file: files of the same bytes share one. Unpruned, the old copies of the retitled pages stayed.
    expect(entries('copies')).toBeGreaterThan(0);
    expect(entries('copies')).toBeLessThanOrEqual(Number(copies?.[1]));
    const overviews = counts(second, /\d+ overview SVGs/);
    expect(entries('overviews')).toBe((overviews?.drawn ?? 0) + (overviews?.cached ?? 0));
  });

  it('writes the edited entry’s page with the new title', () => {
    const html = readPage('/sites/shantang/', dist);
    expect(text(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '')).toBe(NEW_TITLE);
    expect(/<title>([^<]*)/.exec(html)?.[1]).toContain(NEW_TITLE);
  });

  it('draws the moved site’s card again, newer than before', () => {
    const now = see(CHANGED);
    expect(now.bytes.equals(before[CHANGED]?.bytes ?? Buffer.alloc(0))).toBe(false);
    expect(now.mtimeMs).toBeGreaterThan(before[CHANGED]?.mtimeMs ?? Infinity);
  });

  it('does not draw an unchanged entry’s card again: same bytes, and the time it was first made', () => {
    const now = see(UNCHANGED);
    expect(now.bytes.equals(before[UNCHANGED]?.bytes ?? Buffer.alloc(0))).toBe(true);
    expect(now.mtimeMs).toBe(before[UNCHANGED]?.mtimeMs);
  });

  it('equals a build without the cache in every card, overview and compressed copy', () => {
    const files = readdirSync(uncached.dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /^(cards|plan\/cards|map\/overview)\/|\.(br|gz)$/.test(f) && statSync(join(uncached.dist, f)).isFile(),
    );
    expect(files.filter((f) => f.startsWith('cards/')).length).toBe(2);
    expect(files.filter((f) => f.endsWith('.br')).length).toBeGreaterThan(50);
    const differ = files.filter((f) => !readFileSync(join(uncached.dist, f)).equals(readFileSync(join(dist, f))));
    expect(differ).toEqual([]);
  });

  describe('in search', () => {
    let browser: Browser;
    let served: Served;
    beforeAll(async () => {
      browser = await launchBrowser();
      served = await serveDir(dist);
    });
    afterAll(async () => {
      await served?.close();
      await browser?.close();
    });

    it('finds the edited entry by its new title', async () => {
      const page = await browser.newPage();
      await page.goto(`${served.url.replace(/\/?$/, '/')}search/?q=${encodeURIComponent(NEW_TITLE)}`);
      const hit = page.locator('[data-search-results] .search-result-title[href*="/sites/shantang/"]').first();
      await hit.waitFor({ timeout: 30_000 });
      expect(await hit.textContent()).toContain(NEW_TITLE);
      await page.close();
    });
  });
});
