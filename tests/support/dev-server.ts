/** Runs `astro dev` on a pack for a test: loopback only, on a free port, with its log kept for the test to read. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { devServerEnv, freePort } from '../../src/build/child-env.ts';
import { ROOT } from './dist.ts';

export interface DevServer {
  url: string;
  /** Everything the server printed so far. */
  log(): string;
  /** Whether the process is still running. */
  running(): boolean;
  stop(): Promise<void>;
}

/** Waits for `check` to return something other than undefined, trying again every 100 ms until the deadline. */
export async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (e) {
      last = e;
    }
    await delay(100);
  }
  throw new Error(`not within ${ms} ms: ${what}${last ? ` (last error: ${String(last)} ${String((last as { cause?: unknown }).cause ?? '')})` : ''}`);
}

export async function startDev(contentRoot: string): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const cache = mkdtempSync(join(tmpdir(), 'dev-cache-'));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...devServerEnv(), CONTENT_ROOT: contentRoot, ASTRO_CACHE_DIR: cache, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = false;
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void gone.then(() => {
    exited = true;
  });
  const server: DevServer = {
    url,
    log: () => output,
    running: () => !exited,
    stop: async () => {
      if (!exited) child.kill('SIGTERM');
      await gone;
      rmSync(cache, { recursive: true, force: true });
    },
  };
  const ready = until(`astro dev answering on ${url}`, async () => (await fetch(`${url}/`)).ok || undefined, 60_000);
  const died = gone.then(() => {
    throw new Error(`astro dev exited:\n${output}`);
  });
  try {
    await Promise.race([ready, died]);
  } catch (e) {
    await server.stop();
    throw new Error(`${String(e)}\n${output}`);
  }
  died.catch(() => {});
  return server;
}
