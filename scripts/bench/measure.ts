/**
 * Search benchmark on a built pack (see generate-pack.ts): index build time, bytes transferred for a first and a
 * second query in the header box, and in chromium over 20 queries: the box's latency and bytes for each query typed
 * for the first time (the names index or Pagefind, whichever answers), Pagefind's own latency (the search page's
 * engine), and the box's latency for repeated queries.
 *
 *   node scripts/bench/measure.ts [pack=/tmp/dangjian-bench-pack] [dist=/tmp/dangjian-bench-dist] [--no-build]
 *
 * Builds with CONTENT_ROOT into its own folder and cache (never dist/). Bytes are counted on the server, as the
 * shipped nginx configuration sends them (the build's .br/.gz copies, headers included): Pagefind fetches its index
 * from a Web Worker, whose requests a page-side count would miss. Without nginx, the test server's uncompressed
 * bytes are counted instead, and the figures say so.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Request } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { nginxMissing, startNginx } from '../../tests/support/nginx.ts';
import { serveDir } from '../../tests/support/serve.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const pack = resolve(args[0] ?? '/tmp/dangjian-bench-pack');
const dist = resolve(args[1] ?? '/tmp/dangjian-bench-dist');
const root = resolve(import.meta.dirname, '../..');

/** Twenty queries a reader might type on the generated pack: Chinese words, pinyin, initials, English. */
const QUERIES = [
  '平湖',
  'pinghu',
  '党群服务中心',
  'dqfwzx',
  '联合党支部',
  'lianhe dangzhibu',
  '郊野公园',
  '老街',
  '红色传承',
  'xiangcun zhenxing',
  '嘉善县',
  'jiashan',
  '月度会商',
  'bus',
  'park',
  '一桥两岸',
  'yqla',
  '金山区',
  'qingqiao',
  'partnership',
];
const FIRST = '山塘';
const SECOND = 'shantang';
const DEBOUNCE_MS = 120;
/** Chrome DevTools' "Fast 3G" preset. */
const FAST_3G = { latencyMs: 150, downBytesPerSecond: (1.6 * 1024 * 1024) / 8, upBytesPerSecond: (750 * 1024) / 8 };

function bundleSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      const sub = bundleSize(p);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += statSync(p).size;
    }
  }
  return { files, bytes };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
  return { median: (at(0.5) + (s[Math.floor(s.length / 2)] ?? 0)) / 2, p95: at(0.95), max: s.at(-1) ?? 0 };
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/**
 * Astro keeps prerender chunks in <root>/.astro/ whatever the output folder, so a long build shares them with any other
 * build of the working tree. The benchmark builds a copy of the site's code instead (node_modules linked, not copied).
 */
function isolatedRoot(): string {
  const copy = mkdtempSync(join(tmpdir(), 'dangjian-bench-root-'));
  for (const name of ['src', 'scripts', 'public', 'astro.config.ts', 'package.json', 'tsconfig.json'])
    cpSync(join(root, name), join(copy, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

if (!process.argv.includes('--no-build')) {
  const started = performance.now();
  const buildRoot = isolatedRoot();
  const run = spawnSync(process.execPath, [join(buildRoot, 'scripts/build.ts')], {
    cwd: buildRoot,
    env: { ...process.env, CONTENT_ROOT: pack, DIST_DIR: dist, ASTRO_CACHE_DIR: `${dist}-cache`, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  rmSync(buildRoot, { recursive: true, force: true });
  if (run.status !== 0) {
    console.error(output.slice(-4000));
    process.exit(1);
  }
  const index = /search index: (\d+) pages in ([\d.]+) s/.exec(output);
  console.log(`astro build (whole site): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`search index: ${index?.[1]} pages indexed in ${index?.[2]} s (Pagefind extended, within the build)`);
}
const bundle = bundleSize(join(dist, 'pagefind'));
console.log(`search bundle on disk: ${bundle.files} files, ${kb(bundle.bytes)}`);

// Served as deployed when nginx is here; the test server otherwise, with its count taken from the page's side.
const nginx = nginxMissing() ? undefined : startNginx(dist, 18082, 1, undefined, { log: true });
const server = nginx ? { url: nginx.url, close: async () => nginx.stop() } : await serveDir(dist);
const basis = nginx ? 'counted on the server, compressed as nginx sends them' : 'uncompressed, counted in the page (no nginx here)';
const browser = await launchBrowser();
// Service workers blocked: the offline precache would otherwise add the whole index to the figures.
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
let pending: Promise<number>[] = [];
const sizeOf = async (r: Request) => {
  const s = await r.sizes();
  return s.responseBodySize + s.responseHeadersSize;
};
if (!nginx) page.on('requestfinished', (r) => pending.push(sizeOf(r)));
const take = async () => {
  if (nginx) {
    const served = nginx.served();
    return { requests: served.length, bytes: served.reduce((a, b) => a + b.bytes, 0), byKind: byKind(served), served };
  }
  const sizes = await Promise.all(pending);
  pending = [];
  return { requests: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), byKind: '', served: [] };
};

/** What a query's bytes went to, largest first: "index chunks 61.0 KiB in 2 files, …". Pagefind's files by their kind. */
function byKind(served: { path: string; bytes: number }[]): string {
  const kind = (path: string) =>
    /\/search\/names\//.test(path)
      ? 'names index'
      : /\/fragment\//.test(path)
        ? 'fragments'
        : /\/index\//.test(path)
          ? 'index chunks'
          : /\/filter\//.test(path)
            ? 'filter chunks'
            : /\.pf_meta/.test(path)
              ? 'metadata'
              : /wasm\./.test(path)
                ? 'WebAssembly'
                : /pagefind(-worker)?\.js/.test(path)
                  ? 'Pagefind script'
                  : 'other';
  const sums = new Map<string, { n: number; bytes: number }>();
  for (const r of served) {
    const k = kind(r.path);
    const s = sums.get(k) ?? { n: 0, bytes: 0 };
    sums.set(k, { n: s.n + 1, bytes: s.bytes + r.bytes });
  }
  return [...sums]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([k, s]) => `${k} ${kb(s.bytes)}${s.n > 1 ? ` in ${s.n} files` : ''}`)
    .join(', ');
}

await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
const pageLoad = await take();
const input = page.locator('#site-search-q');
async function typeQuery(q: string): Promise<number> {
  const t0 = Date.now();
  await input.fill(q);
  await page.locator(`#site-search-list[data-query=${JSON.stringify(q)}]`).waitFor({ state: 'attached', timeout: 60_000 });
  const ms = Date.now() - t0;
  await page.waitForLoadState('networkidle');
  return ms;
}
await page.keyboard.press('/');
const firstMs = await typeQuery(FIRST);
const first = await take();
const secondMs = await typeQuery(SECOND);
const second = await take();
console.log(`bytes ${basis}`);
console.log(`page load before search: ${pageLoad.requests} requests, ${kb(pageLoad.bytes)}`);
console.log(`first query "${FIRST}": ${first.requests} requests, ${kb(first.bytes)}, ${firstMs} ms to results${first.byKind ? ` (${first.byKind})` : ''}`);
console.log(
  `second query "${SECOND}": ${second.requests} requests, ${kb(second.bytes)}, ${secondMs} ms to results${second.byKind ? ` (${second.byKind})` : ''}`,
);

// The box, each query typed for the first time: from the input event to the rendered list, minus the debounce, with
// what it fetched (a part of the names index, or Pagefind's files for what names cannot answer).
const firstTime: number[] = [];
const perQuery: string[] = [];
const boxTraffic = { requests: 0, bytes: 0, served: [] as { path: string; bytes: number }[] };
for (const q of QUERIES) {
  firstTime.push((await typeQuery(q)) - DEBOUNCE_MS);
  const t = await take();
  perQuery.push(`${q} ${firstTime.at(-1)} ms ${kb(t.bytes)}`);
  boxTraffic.requests += t.requests;
  boxTraffic.bytes += t.bytes;
  boxTraffic.served.push(...t.served);
}
const boxKinds = nginx ? byKind(boxTraffic.served) : '';

// Pagefind alone (the search page's engine): its search plus the 8 fragments a list shows, each query for the first
// time, in a context of its own so that the box's queries above warmed nothing.
const engineContext = await browser.newContext({ serviceWorkers: 'block' });
const enginePage = await engineContext.newPage();
await enginePage.goto(`${server.url}/`, { waitUntil: 'networkidle' });
await take();
const engine: number[] = await enginePage.evaluate(async (queries) => {
  const pf = (await import('/pagefind/pagefind.js' as string)) as {
    search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
  };
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const r = await pf.search(q);
    await Promise.all(r.results.slice(0, 8).map((x) => x.data()));
    times.push(performance.now() - t0);
  }
  return times;
}, QUERIES);
const engineTraffic = await take();
await engineContext.close();

// The search page opened on a query, as the box's Enter or a shared link opens it, in a context of its own and on a
// phone's network (Chrome's "Fast 3G": 1.6 Mbit/s down, 150 ms latency), where the order of arrival shows: what it
// fetched by its first list (the names' answer, when they answer first) and by Pagefind's.
// On a wide screen the filters are unfolded and their counts fetched; on a phone they come folded and are not.
for (const [screen, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  const pageContext = await browser.newContext({ serviceWorkers: 'block', viewport });
  const searchPage = await pageContext.newPage();
  const cdp = await pageContext.newCDPSession(searchPage);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: FAST_3G.latencyMs,
    downloadThroughput: FAST_3G.downBytesPerSecond,
    uploadThroughput: FAST_3G.upBytesPerSecond,
  });
  await take();
  const opened = Date.now();
  await searchPage.goto(`${server.url}/search/?q=${encodeURIComponent(FIRST)}`, { waitUntil: 'commit' });
  await searchPage.locator('[data-search-results] li').first().waitFor({ timeout: 60_000 });
  const toFirstList = Date.now() - opened;
  const byFirstList = await take();
  await searchPage.locator('[data-search-results][data-state]').waitFor({ state: 'attached', timeout: 60_000 });
  const toFullList = Date.now() - opened;
  await searchPage.waitForLoadState('networkidle');
  const afterFirstList = await take();
  await pageContext.close();
  console.log(
    `search page opened on "${FIRST}" (${screen}, ${viewport.width}×${viewport.height}), Fast 3G: first list after ${toFirstList} ms and ${kb(byFirstList.bytes)} in ${byFirstList.requests} requests, the page itself included${byFirstList.byKind ? ` (${byFirstList.byKind})` : ''}; Pagefind's list after ${toFullList} ms, then ${kb(afterFirstList.bytes)} more in ${afterFirstList.requests} requests${afterFirstList.byKind ? ` (${afterFirstList.byKind})` : ''}`,
  );
}

// UI latency: the same queries typed again in the box (everything now cached).
const ui: number[] = [];
for (const q of QUERIES) ui.push((await typeQuery(q)) - DEBOUNCE_MS);
const f = stats(firstTime);
const e = stats(engine);
const u = stats(ui);
console.log(`  box, per query typed for the first time: ${perQuery.join(', ')}`);
console.log(
  `box latency over ${QUERIES.length} first-time queries (input to rendered list, debounce excluded, fetching included): median ${f.median.toFixed(0)} ms, p95 ${f.p95.toFixed(0)} ms, max ${f.max.toFixed(0)} ms`,
);
console.log(
  `later queries in the box, each typed for the first time: ${kb(boxTraffic.bytes / QUERIES.length)} a query on average (${boxTraffic.requests} requests for ${QUERIES.length} queries${boxKinds ? `: ${boxKinds}` : ''})`,
);
console.log(`  Pagefind per query (ms): ${QUERIES.map((q, i) => `${q} ${engine[i]?.toFixed(0)}`).join(', ')}`);
console.log(
  `Pagefind engine latency (the search page) over ${QUERIES.length} first-time queries: median ${e.median.toFixed(1)} ms, p95 ${e.p95.toFixed(1)} ms, max ${e.max.toFixed(1)} ms (${engineTraffic.requests} requests, ${kb(engineTraffic.bytes)})`,
);
console.log(`box latency (input to rendered list, debounce excluded, repeat queries): median ${u.median.toFixed(0)} ms, p95 ${u.p95.toFixed(0)} ms`);

await context.close();
await browser.close();
await server.close();
