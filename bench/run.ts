/**
 * `npm run bench`: measures the portal on generated packs of 1,000 and 10,000 sites and writes
 * bench/REPORT.md. It measures; it does not pass or fail (budgets are flagged in the report).
 *
 *   npm run bench                 # both sizes, everything that can run here
 *   npm run bench -- --sizes=1000 --skip=lighthouse,load
 *   npm run bench -- --sizes=1000,36000 --only=build   # builds, the floor and the rebuilds only: minutes
 *
 * Sections: build (always, with dist/ by kind), floor (a bare Astro build of the same entries, scripts/bench/floor.ts),
 * incremental (the pack built again into the same cache, then after one title is changed), pages, map, search,
 * lighthouse, import-help, load. --only runs build plus the sections named, and writes bench/REPORT.<sizes>.<sections>.md
 * instead of bench/REPORT.md, so that a partial run leaves the full report as it was.
 *
 * Builds run in a copy of the site's code (Astro keeps prerender chunks in the project root) and
 * into /tmp, never into dist/. Nothing leaves the machine: pages are served on 127.0.0.1.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { floorProject } from '../scripts/bench/floor.ts';
import { type MemoryPeaks, watchMemory } from '../scripts/bench/memory.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { nginxMissing, startNginx } from '../tests/support/nginx.ts';
import { serveDir } from '../tests/support/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** `--name=value` or `--name value`. */
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
};
const SIZES = (arg('sizes') ?? '1000,10000').split(',').map(Number);
const SKIP = new Set((arg('skip') ?? '').split(',').filter(Boolean));
const ONLY = arg('only') ? new Set((arg('only') as string).split(',').filter(Boolean)) : undefined;
/** Whether a section runs: named by --only (if given), not named by --skip. */
const runs = (section: string) => (ONLY ? ONLY.has(section) : true) && !SKIP.has(section);
const REPORT = ONLY ? `bench/REPORT.${SIZES.join('+')}.${[...ONLY].sort().join('+')}.md` : 'bench/REPORT.md';
const WORK = mkdtempSync(join(tmpdir(), 'dangjian-bench-'));
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const BUDGET = { contentJs: 15 * 1024, ownMapJs: 30 * 1024, build10k: 60, firstSearch: 150 * 1024 };

function isolatedRoot(): string {
  const copy = mkdtempSync(join(WORK, 'root-'));
  for (const name of ['src', 'scripts', 'public', 'astro.config.ts', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

interface Built {
  dist: string;
  seconds: number;
  /** User plus system time of the build and its children. */
  cpuSeconds: number;
  /** The build and every process it started, together at their highest (scripts/bench/memory.ts). */
  peakMb: number;
  peaks: MemoryPeaks;
  /** The build's own line on the .br/.gz copies (files, bytes, time), part of the build time above. */
  precompressed?: string;
  /** The build's closing table of phases (src/build/phases.ts), one line each. */
  phases: string[];
}

/**
 * A build in `root` under /usr/bin/time (wall and CPU seconds), its process tree sampled for memory: its output and
 * figures. Ours runs as `npm run build` does (scripts/build.ts); the floor, a bare Astro project, runs `astro build`.
 */
async function astroBuild(root: string, env: NodeJS.ProcessEnv, what: string, command = [join(root, 'scripts/build.ts')]) {
  const child = spawn('/usr/bin/time', ['-f', 'TIME %e %U %S', process.execPath, ...command], {
    cwd: root,
    env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchMemory(child.pid ?? -1);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  const peaks = memory.stop();
  const out = Buffer.concat(chunks).toString('utf8');
  if (status !== 0) throw new Error(`${what} failed:\n${out.slice(-3000)}`);
  const [, secs, user, sys] = /TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(out) ?? [];
  return { out, seconds: Number(secs), cpuSeconds: Number(user) + Number(sys), peakMb: peaks.totalMb, peaks };
}

/** Bytes on disk and as brotli sends them (the build's own `.br` copy) of the files a map or the planner needs first. */
function mapDataLine(dist: string): string {
  const kB = (n: number) => `${(n / 1000).toLocaleString('en', { maximumFractionDigits: 0 })} kB`;
  return ['map/sites.geojson', 'map/overlays.geojson', 'plan/data.json']
    .map((path) => {
      const file = join(dist, path);
      if (!existsSync(file)) return `${path} missing`;
      const br = existsSync(`${file}.br`) ? `, ${kB(statSync(`${file}.br`).size)} brotli` : '';
      return `${path} ${kB(statSync(file).size)}${br}`;
    })
    .join('; ');
}

/** "peak memory 3,120 MB in all at once (node 1,950 MB, pagefind_extend 1,380 MB)": the programs above 100 MB. */
function memoryLine(b: { peakMb: number; peaks: MemoryPeaks }): string {
  const mb = (n: number) => `${Math.round(n).toLocaleString('en')} MB`;
  const each = b.peaks.byName.filter(([, n]) => n >= 100).map(([name, n]) => `${name} ${mb(n)}`);
  return `peak memory ${mb(b.peakMb)} in all at once${each.length ? ` (${each.join(', ')})` : ''}`;
}

async function build(pack: string, size: number): Promise<Built> {
  const dist = join(WORK, `dist-${size}`);
  const root = isolatedRoot();
  const { out, seconds, cpuSeconds, peakMb, peaks } = await astroBuild(
    root,
    { CONTENT_ROOT: pack, DIST_DIR: dist, ASTRO_CACHE_DIR: `${dist}-cache` },
    `build of ${size}`,
  );
  rmSync(root, { recursive: true, force: true });
  const precompressed = /precompressed (.*)/.exec(out)?.[1];
  const table = out.slice(out.indexOf('build phases:')).split('\n').slice(1);
  const phases = out.includes('build phases:') ? table.slice(0, table.findIndex((l) => l.trim().startsWith('total')) + 1).map((l) => l.trim()) : [];
  return { dist, seconds, cpuSeconds, peakMb, peaks, precompressed, phases };
}

/** The floor (scripts/bench/floor.ts) built on the same pack. */
async function floor(pack: string, size: number) {
  const root = floorProject(pack, mkdtempSync(join(WORK, 'floor-')), join(ROOT, 'node_modules'));
  const dist = join(WORK, `floor-dist-${size}`);
  const run = await astroBuild(root, { DIST_DIR: dist, ASTRO_CACHE_DIR: join(root, '.cache') }, `floor build of ${size}`, [
    join(root, 'node_modules/astro/bin/astro.mjs'),
    'build',
  ]);
  rmSync(root, { recursive: true, force: true });
  const files = total(distByKind(dist));
  rmSync(dist, { recursive: true, force: true });
  return { ...run, files };
}

/** Files and bytes of all rows. */
const total = (rows: { files: number; bytes: number }[]) =>
  rows.reduce((t, r) => ({ files: t.files + r.files, bytes: t.bytes + r.bytes }), { files: 0, bytes: 0 });

/**
 * dist/'s files and bytes by what they are: a page's path prefix (sites/, en/sites/, embed/…) or Pagefind, and the
 * compressed copies apart. Sorted by files, so the first rows say what dominates.
 */
function distByKind(dist: string): { kind: string; files: number; bytes: number }[] {
  const rows = new Map<string, { files: number; bytes: number }>();
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dist, f));
    if (!st.isFile()) continue;
    const parts = f.split('/');
    const depth = parts[0] === 'en' || parts[0] === 'embed' || parts[0] === 'map' || parts[0] === 'plan' || parts[0] === 'pagefind' ? 2 : 1;
    const kind = /\.(br|gz)$/.test(f) ? '.br/.gz copies' : parts.length > depth ? `${parts.slice(0, depth).join('/')}/` : '(top-level files)';
    const row = rows.get(kind) ?? { files: 0, bytes: 0 };
    row.files++;
    row.bytes += st.size;
    rows.set(kind, row);
  }
  return [...rows].map(([kind, r]) => ({ kind, ...r })).sort((a, b) => b.files - a.files);
}

/** Gzip bytes of a page's own HTML, JS and CSS, as a reader's browser would fetch them. */
async function pageBytes(url: string, browser: Awaited<ReturnType<typeof launchBrowser>>, waitLive: boolean) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const bodies: { type: string; url: string; body: Promise<Buffer> }[] = [];
  page.on('response', (r) => {
    const type = r.request().resourceType();
    const basemap = new URL(r.url()).pathname.startsWith('/map/basemap');
    if (basemap || ['document', 'script', 'stylesheet'].includes(type))
      bodies.push({ type: basemap ? 'basemap' : type, url: r.url(), body: r.body().catch(() => Buffer.alloc(0)) });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (waitLive) {
    await page.waitForSelector('[data-map-state="live"]', { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
  }
  const out = { html: 0, js: 0, css: 0, mapLibJs: 0, basemap: 0, basemapFiles: 0 };
  for (const b of bodies) {
    const gz = gzipSync(await b.body).length;
    if (b.type === 'document') out.html += gz;
    if (b.type === 'basemap') {
      out.basemap += gz;
      out.basemapFiles++;
    }
    if (b.type === 'stylesheet') out.css += gz;
    if (b.type === 'script') {
      out.js += gz;
      // MapLibre's own code: the mount chunk bundles it, plus its worker.
      if (/maplibre-gl-worker|\/mount\./.test(b.url)) out.mapLibJs += gz;
    }
  }
  await context.close();
  return out;
}

/** Median over `runs` fresh loads of the times (ms from navigation) of the given performance marks. */
async function mapIdle(url: string, browser: Awaited<ReturnType<typeof launchBrowser>>, marks: string[], ready: string, runs = 3) {
  const times: number[][] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(ready, { timeout: 180_000 });
    times.push(await page.evaluate((ms) => ms.map((m) => performance.getEntriesByName(m)[0]?.startTime ?? Number.NaN), marks));
    await context.close();
  }
  return marks.map((_, k) => times.map((t) => t[k] as number).sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN);
}

function runAsync(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ status: code, stdout, stderr });
    });
  });
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} GiB free at start), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

say('# Benchmark report');
say();
say(`Machine: ${machine()}. Produced by \`npm run bench\` (bench/run.ts); figures are single runs unless a median is named.`);
say();
let opened: ReturnType<typeof launchBrowser> | undefined;
const browser = () => {
  opened ??= launchBrowser();
  return opened;
};
const perSize: Record<number, { build: Built; map: number; leaflet: number }> = {};

for (const size of SIZES) {
  say(`## ${size.toLocaleString('en')} sites`);
  say();
  const pack = join(WORK, `pack-${size}`);
  execFileSync(process.execPath, [join(ROOT, 'scripts/bench/generate-pack.ts'), pack, String(size)], { stdio: 'ignore' });
  const built = await build(pack, size);
  const kinds = distByKind(built.dist);
  const disk = total(kinds);
  const flag = size >= 10_000 && built.seconds > BUDGET.build10k ? ' ⚠ over the 60 s budget' : '';
  const perSite = (seconds: number) => `${((1000 * seconds) / size).toFixed(1)} ms per site`;
  say(`- build: ${built.seconds.toFixed(1)} s (${perSite(built.seconds)}), ${built.cpuSeconds.toFixed(0)} s CPU, ${memoryLine(built)}${flag}`);
  if (runs('floor')) {
    const f = await floor(pack, size);
    say(
      `- floor (bare Astro, one page per entry and language, scripts/bench/floor.ts): ${f.seconds.toFixed(1)} s (${perSite(f.seconds)}), ${f.cpuSeconds.toFixed(0)} s CPU, ${memoryLine(f)}, ${f.files.files.toLocaleString('en')} files; **ours/floor ${(built.seconds / f.seconds).toFixed(1)}× wall, ${(built.cpuSeconds / f.cpuSeconds).toFixed(1)}× CPU**`,
    );
  }
  if (built.precompressed) say(`- of which precompression: ${built.precompressed}`);
  if (built.phases.length) {
    say('- phases, as the build logs them:');
    for (const line of built.phases) say(`  - ${line.replace(/\s{2,}/g, ' · ')}`);
  }
  const copies = kinds.find((k) => k.kind === '.br/.gz copies')?.files ?? 0;
  say(
    `- dist/: ${disk.files.toLocaleString('en')} files, ${(disk.bytes / 2 ** 20).toFixed(1)} MB; without the .br/.gz copies ${(disk.files - copies).toLocaleString('en')} files, ${((disk.files - copies) / size).toFixed(1)} per site (goal ≤ 3)`,
  );
  say(
    `  - by kind, most files first: ${kinds
      .slice(0, 9)
      .map((k) => `${k.kind} ${k.files.toLocaleString('en')} files, ${(k.bytes / 2 ** 20).toFixed(1)} MB`)
      .join('; ')}`,
  );
  say(`- data the map and the planner download before their first frame: ${mapDataLine(built.dist)}`);
  const sites = JSON.parse(readFileSync(join(built.dist, 'map/sites.geojson'), 'utf8')).features as { id: string }[];
  const firstSite = sites[0]?.id ?? '';
  perSize[size] = { build: built, map: Number.NaN, leaflet: Number.NaN };

  if (runs('pages') || runs('map')) {
    // The comparison page sits beside the site so both read the same /map/sites.geojson.
    const leafletDir = join(built.dist, 'bench-leaflet');
    mkdirSync(leafletDir, { recursive: true });
    for (const f of readdirSync(join(ROOT, 'bench/leaflet'))) cpSync(join(ROOT, 'bench/leaflet', f), join(leafletDir, f));
    cpSync(join(ROOT, 'node_modules/leaflet/dist/leaflet.js'), join(leafletDir, 'leaflet.js'));
    cpSync(join(ROOT, 'node_modules/leaflet/dist/leaflet.css'), join(leafletDir, 'leaflet.css'));
    cpSync(join(ROOT, 'node_modules/leaflet/dist/images'), join(leafletDir, 'images'), { recursive: true });
    for (const f of ['leaflet.markercluster.js', 'MarkerCluster.css', 'MarkerCluster.Default.css'])
      cpSync(join(ROOT, 'node_modules/leaflet.markercluster/dist', f), join(leafletDir, f));

    const server = await serveDir(built.dist);
    const firstOf = (dir: string) => readdirSync(join(built.dist, dir)).find((n) => existsSync(join(built.dist, dir, n, 'index.html')));
    const types: [string, string, boolean][] = [
      ['home', '/', false],
      ['map', '/map/', true],
      ['site', `/sites/${firstSite}/`, false],
      ['route', `/routes/${firstOf('routes')}/`, false],
      ['partnership', `/partnerships/${firstOf('partnerships')}/`, false],
      ['story', `/stories/${firstOf('stories')}/`, false],
      ['sites index', '/sites/', false],
      ['search', '/search/', false],
      ['data', '/data/', false],
      ['embed', '/embed/map/', true],
    ];
    if (runs('pages')) {
      say();
      say('| page type | HTML gzip | JS gzip | CSS gzip | basemap gzip (first view) | budget |');
      say('|---|---|---|---|---|---|');
      for (const [name, path, live] of types) {
        if (!existsSync(join(built.dist, path, 'index.html'))) continue;
        const b = await pageBytes(server.url + path, await browser(), live);
        const own = b.js - b.mapLibJs;
        const verdict = live
          ? own <= BUDGET.ownMapJs
            ? `ours ${kb(own)} ≤ 30 kB ✓`
            : `ours ${kb(own)} > 30 kB ⚠`
          : b.js <= BUDGET.contentJs
            ? '≤ 15 kB ✓'
            : '> 15 kB ⚠';
        const basemap = live ? `${kb(b.basemap)} in ${b.basemapFiles} files` : '–';
        say(`| ${name} | ${kb(b.html)} | ${kb(b.js)}${live ? ` (MapLibre ${kb(b.mapLibJs)})` : ''} | ${kb(b.css)} | ${basemap} | ${verdict} |`);
      }
    }
    say();
    if (runs('map')) {
      const [listReady = Number.NaN, mapStart = Number.NaN, ours = Number.NaN] = await mapIdle(
        `${server.url}/map/`,
        await browser(),
        ['dangjian:explorer-ready', 'dangjian:map-start', 'dangjian:map-live'],
        '[data-map-state="live"]',
      );
      const [leaflet = Number.NaN] = await mapIdle(`${server.url}/bench-leaflet/`, await browser(), ['leaflet-clusters'], 'body[data-ready]');
      say(
        `- map page, navigation to first idle frame with clusters (median of 3): ${ours.toFixed(0)} ms; Leaflet + markercluster on the same data, without a basemap: ${leaflet.toFixed(0)} ms (ratio ${(ours / leaflet).toFixed(2)})`,
      );
      say(
        `  - of which: list, filters and find box usable at ${listReady.toFixed(0)} ms; MapLibre asked for at ${mapStart.toFixed(0)} ms (the page's first idle moment, by design); from there to clusters drawn over the basemap ${(ours - mapStart).toFixed(0)} ms (ratio to Leaflet ${((ours - mapStart) / leaflet).toFixed(2)})`,
      );
      perSize[size] = { build: built, map: ours, leaflet };
    }
    await server.close();
  }

  if (runs('search')) {
    const out = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/measure.ts'), pack, built.dist, '--no-build'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const index = /search bundle on disk: .*/.exec(out.stdout)?.[0];
    const first = /first query .*/.exec(out.stdout)?.[0];
    const second = /second query .*/.exec(out.stdout)?.[0];
    const boxFirst = /box latency over .*/.exec(out.stdout)?.[0];
    const later = /later queries in the box.*/.exec(out.stdout)?.[0];
    const engine = /Pagefind engine latency .*/.exec(out.stdout)?.[0];
    const box = /box latency \(input .*/.exec(out.stdout)?.[0];
    const searchPages = out.stdout.match(/search page opened on .*/g) ?? [];
    const bytes = /first query [^:]*: \d+ requests, ([\d.]+) KiB/.exec(out.stdout)?.[1];
    say(`- ${index ?? 'search: no figures'}`);
    if (first) say(`- ${first}${bytes && Number(bytes) * 1024 > BUDGET.firstSearch ? ' ⚠ over the 150 kB budget' : ''}`);
    if (second) say(`- ${second}`);
    if (boxFirst) say(`- ${boxFirst}`);
    if (later) say(`- ${later}`);
    if (engine) say(`- ${engine}`);
    if (box) say(`- ${box}`);
    for (const line of searchPages) say(`- ${line}`);
  }

  if (runs('incremental')) {
    // Built again into the same output and cache folders (src/build/digest-cache.ts): with nothing changed, then
    // with one site's title changed, the edit a content editor makes most.
    const warm = await build(pack, size);
    const file = join(pack, 'content/sites', `${firstSite}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1（改）'));
    const edited = await build(pack, size);
    const cached = (b: Built, what: RegExp) => new RegExp(`${what.source}[^(]*\\((\\d[\\d,]*) \\w+, (\\d[\\d,]*) from the cache\\)`).exec(b.phases.join('\n'));
    const cell = (b: Built, what: RegExp) => {
      const m = cached(b, what);
      return m ? `${m[1]} / ${m[2]}` : '–';
    };
    say();
    say(
      `| build of ${size.toLocaleString('en')} sites | time | of the first | peak memory | share cards made / from the cache | overview SVGs | .br/.gz copies |`,
    );
    say('|---|---|---|---|---|---|---|');
    for (const [name, b] of [
      ['first, empty cache', built],
      ['again, nothing changed', warm],
      [`one title changed (${firstSite})`, edited],
    ] as const)
      say(
        `| ${name} | ${b.seconds.toFixed(1)} s | ${Math.round((100 * b.seconds) / built.seconds)} % | ${b.peakMb.toFixed(0)} MB | ${cell(b, /share cards/)} | ${cell(b, /overview SVGs/)} | ${cell(b, /compression/)} |`,
      );
    say('- phases of the rebuild after one title changed:');
    for (const line of edited.phases) say(`  - ${line.replace(/\s{2,}/g, ' · ')}`);
  }
  say();
}

if (runs('lighthouse')) {
  const size = SIZES[0] as number;
  const dist = join(WORK, `dist-${size}`);
  // Served as a deployment serves it: the shipped nginx config (brotli, cache headers, CSP), else the test server.
  const nginx = nginxMissing() ? undefined : startNginx(dist, 18081, 1);
  const server = nginx ? { url: nginx.url, close: async () => nginx.stop() } : await serveDir(dist);
  say(
    `## Lighthouse (mobile, ${size.toLocaleString('en')}-site pack, Debian chromium, served by ${nginx ? 'the shipped nginx config' : 'the test server (no compression)'})`,
  );
  say();
  say('| page | performance | accessibility | best practices | SEO |');
  say('|---|---|---|---|---|');
  for (const [name, path] of [
    ['home', '/'],
    ['map', '/map/'],
    ['site', `/sites/${readdirSync(join(dist, 'sites')).find((n) => existsSync(join(dist, 'sites', n, 'index.html')))}/`],
    ['route', `/routes/${readdirSync(join(dist, 'routes')).find((n) => existsSync(join(dist, 'routes', n, 'index.html')))}/`],
    ['sites index', '/sites/'],
    ['plan', '/plan/'],
    ['search', '/search/'],
  ] as const) {
    const out = join(WORK, `lh-${name}.json`);
    // Asynchronously: the pages are served by this very process, which a synchronous spawn would freeze.
    const run = await runAsync(
      'npx',
      [
        '--yes',
        'lighthouse@13',
        server.url + path,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--form-factor=mobile',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
      180_000,
    );
    if (run.status !== 0 || !existsSync(out)) {
      const why =
        run.status === null
          ? 'timed out after 180 s'
          : ((run.stderr || run.stdout).split('\n').find((l) => l && !l.startsWith('npm warn')) ?? 'no output').slice(0, 80);
      say(`| ${name} | lighthouse did not run: ${why} | | | |`);
      continue;
    }
    const c = JSON.parse(readFileSync(out, 'utf8')).categories;
    const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
    say(`| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
  }
  say();
  await server.close();
}

if (runs('import-help')) {
  // How long a clerk waits for `npm run import -- --help`: the command loads only the message catalog for it.
  say('## Import command start');
  say();
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    execFileSync(process.execPath, [join(ROOT, 'scripts/import.ts'), '--help'], { cwd: ROOT, stdio: 'ignore' });
    return performance.now() - start;
  }).sort((a, b) => a - b);
  say(`- \`npm run import -- --help\` (node scripts/import.ts --help, without npm's own start): median of 5 ${Math.round(times[2] as number)} ms`);
  say();
}

if (runs('load')) {
  const size = SIZES[0] as number;
  const dist = join(WORK, `dist-${size}`);
  say(`## Load: nginx on 127.0.0.1, wrk (${size.toLocaleString('en')}-site pack)`);
  say();
  const missing = nginxMissing() ?? (spawnSync('sh', ['-c', 'command -v wrk']).status === 0 ? undefined : 'wrk is missing: apt-get install -y wrk');
  if (missing) {
    say(`- ${missing}, then run again.`);
  } else {
    const nginx = startNginx(dist, 18080, 2);
    try {
      const pagefind = readdirSync(join(dist, 'pagefind/fragment')).slice(0, 50);
      const paths = [
        '/',
        '/map/',
        '/sites/',
        '/map/sites.geojson',
        '/map/overlays.geojson',
        '/pagefind/pagefind-entry.json',
        ...pagefind.map((f) => `/pagefind/fragment/${f}`),
      ];
      const script = join(WORK, 'mix.lua');
      writeFileSync(
        script,
        `local paths = {${paths.map((p) => `"${p}"`).join(',')}}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Encoding"] = "br, gzip" })\nend\n`,
      );
      const out = execFileSync('wrk', ['-t2', '-c64', '-d15s', '--latency', '-s', script, nginx.url], { encoding: 'utf8' });
      const rps = /Requests\/sec:\s+([\d.]+)/.exec(out)?.[1];
      const p99 = /99%\s+([\d.]+\w+)/.exec(out)?.[1];
      const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? '0';
      const socket = /Socket errors: (.*)/.exec(out)?.[1] ?? 'none';
      say(`- mix of ${paths.length} URLs (HTML, GeoJSON, search index and fragments), 2 threads, 64 connections, 15 s`);
      say(`- ${rps} requests/s, p99 latency ${p99}, non-2xx responses ${errors}, socket errors ${socket}`);
      const status = spawnSync(
        'curl',
        ['-s', '-o', '/dev/null', '-w', '%{http_code} %{content_type}', '-H', 'Accept-Encoding: br, gzip', `${nginx.url}/map/sites.geojson`],
        { encoding: 'utf8' },
      ).stdout;
      say(`- spot check: /map/sites.geojson answers ${status}`);
    } finally {
      nginx.stop();
    }
  }
  say();
}

if (opened) await (await opened).close();
const big = perSize[10_000];
if (big) {
  say('## Budgets');
  say();
  say(`- build at 10,000 sites ≤ 60 s: ${big.build.seconds.toFixed(1)} s ${big.build.seconds <= BUDGET.build10k ? '✓' : '⚠'}`);
  say('- content pages ≤ 15 kB JS gzip, map page ≤ 30 kB of our JS besides MapLibre, first search ≤ 150 kB: see the tables above.');
  say();
}
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, REPORT), `${lines.join('\n')}\n`);
console.log(`\nwrote ${REPORT} (work files in ${WORK})`);
