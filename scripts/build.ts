/**
 * `npm run build`: `astro build` (arguments passed on), then, once Astro's process has ended, the steps after the
 * pages in this one (src/build/finish.ts: search index, service worker, compressed copies, the table of phases).
 * Astro's process keeps the heap its pages left until it exits; run beside it, Pagefind took a 10,000-site build
 * to 4.5 GB at once. Exits with Astro's status when its build fails, and with 1 when a step after it does.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finishBuild, HANDOFF_FILE, type Log, readHandoff } from '../src/build/finish.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dangjian-build-'));
const handoff = join(scratch, 'handoff.json');
const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const status = await new Promise<number>((done) => {
  const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, [HANDOFF_FILE]: handoff } });
  child.on('close', (code) => done(code ?? 1));
});
if (status !== 0) {
  rmSync(scratch, { recursive: true, force: true });
  process.exit(status);
}
const h = readHandoff(handoff);
rmSync(scratch, { recursive: true, force: true });

// Astro's own log format, so that the build reads as one log.
const time = () => new Date().toTimeString().slice(0, 8);
const logs = (label: string): Log => ({
  info: (line) => console.log(`${time()} [${label}] ${line}`),
  warn: (line) => console.warn(`${time()} [WARN] [${label}] ${line}`),
});
try {
  await finishBuild(h, logs);
} catch (e) {
  console.error(`${time()} [ERROR] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
