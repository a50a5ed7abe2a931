/**
 * Times the build's page phase and hands the build to the steps after the pages (finish.ts), which close it with the
 * table of all phases (src/build/phases.ts). Listed first and last among the integrations: the page phase starts
 * before every other hook, and the steps after need every file the others write. The first also opens the build's
 * digest cache (src/build/digest-cache.ts) in Astro's cacheDir, and the last clears it of the share cards and
 * overviews this build no longer made.
 */
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { normalizeBase } from '../site/paths.ts';
import { collectGarbage } from './collect-garbage.ts';
import { buildStore, cacheCounts, prune, takeTimes, useStore } from './digest-cache.ts';
import { finishBuild, HANDOFF_FILE, type Handoff, writeHandoff } from './finish.ts';
import { endPhase, phasesSoFar, reportProgress, startPhase, takeCounted } from './phases.ts';

function countFiles(dir: string): { html: number; files: number } {
  let html = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    if (e.name.endsWith('.html')) html++;
  }
  return { html, files };
}

/** The folder of the digest cache: in Astro's cacheDir, so that builds side by side (tests, other packs) keep theirs apart. */
export function cacheFolder(cacheDir: URL): string {
  return fileURLToPath(new URL('dangjian-map/', cacheDir));
}

/** "1061 share cards in 2.1 s (3 drawn, 1,058 from the cache)", or undefined when none was made. */
function counted(name: string, what: string, madeWord: string): string | undefined {
  const c = takeCounted(name);
  if (!c) return undefined;
  const cached = cacheCounts(buildStore(), name, madeWord);
  return `${c.count} ${what} in ${(c.ms / 1000).toFixed(1)} s${cached ? ` (${cached})` : ''}`;
}

let restoreStdout: (() => void) | undefined;

/**
 * Astro writes a page's path and, once the page is made, its time: two writes on one line of stdout. A progress line
 * printed between them would cut that line in two, so it waits for the end of the line.
 */
function atLineEnd(print: (line: string) => void): (line: string) => void {
  const out = process.stdout;
  const write = out.write;
  let midLine = false;
  const waiting: string[] = [];
  out.write = function (this: typeof out, chunk: unknown, ...rest: unknown[]) {
    const ok = (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    midLine = !String(chunk).endsWith('\n');
    if (!midLine) for (let line = waiting.shift(); line !== undefined; line = waiting.shift()) print(line);
    return ok;
  } as typeof out.write;
  restoreStdout = () => {
    out.write = write;
    for (const line of waiting.splice(0)) print(line);
  };
  return (line) => (midLine ? waiting.push(line) : print(line));
}

export function buildStartIntegration(): AstroIntegration {
  let command = '';
  let base = '/';
  return {
    name: 'dangjian-build-start',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
        // Only builds: the dev server draws what is asked for, and would fill the cache with every edit's outputs.
        const on = command === 'build' && process.env.BUILD_CACHE !== 'false';
        useStore(on ? cacheFolder(config.cacheDir) : undefined, fileURLToPath(config.root));
      },
      'astro:build:start': ({ logger }) => {
        startPhase('pages');
        const words: [string, string][] = [
          ['html', 'HTML pages'],
          ['cards', 'share cards'],
          ['overviews', 'overview SVGs'],
        ];
        reportProgress(
          'pages',
          words,
          atLineEnd((line) => logger.info(line)),
        );
      },
      'astro:build:generated': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const [path, made] of takeTimes()) {
          const file = join(root, decodeURIComponent(path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '')));
          if (existsSync(file)) utimesSync(file, made, made);
        }
        takeCounted('html');
        restoreStdout?.();
        const { html, files } = countFiles(root);
        const of = [counted('cards', 'share cards', 'drawn'), counted('overviews', 'overview SVGs', 'drawn')].filter(Boolean).join(' and ');
        logger.info(endPhase('pages', `${html} HTML pages, ${files} files${of ? `, of which ${of}` : ''}`));
      },
    },
  };
}

/**
 * Hands the built site to the steps after the pages (finish.ts): to scripts/build.ts, which runs them once this
 * process has ended, or, under a plain `astro build`, runs them here.
 */
export function buildSummaryIntegration(): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'dangjian-build-summary',
    hooks: {
      'astro:config:done': (options) => {
        config = options.config;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const store = buildStore();
        const handoff: Handoff = {
          dist: fileURLToPath(dir),
          base: normalizeBase(config?.base ?? '/'),
          ...(store ? { cache: store.dir } : {}),
          root: config ? fileURLToPath(config.root) : process.cwd(),
          phases: phasesSoFar(),
          pruned: store ? prune(store) : 0,
          started: Date.now() - process.uptime() * 1000,
        };
        const file = process.env[HANDOFF_FILE];
        if (file) {
          writeHandoff(file, handoff);
          return;
        }
        // What the pages left on the heap goes before Pagefind holds the pages again (collect-garbage.ts).
        collectGarbage();
        await finishBuild(handoff, (label) => logger.fork(label));
      },
    },
  };
}
