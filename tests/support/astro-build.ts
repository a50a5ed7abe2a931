/** Runs `npm run build`'s script on another pack, into its own folder, the way a second region would. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildEnv } from '../../src/build/child-env.ts';
import { ROOT } from './dist.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  dist: string;
}

export function buildPack(contentRoot: string, env: Record<string, string> = {}, dist = mkdtempSync(join(tmpdir(), 'dist-pack-'))): BuildResult {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: { ...buildEnv(), CONTENT_ROOT: contentRoot, DIST_DIR: dist, ASTRO_CACHE_DIR: `${dist}-cache`, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dist };
}

/**
 * One build of a pack for every test file of the run that reads it with the same settings (the example pack is read
 * by other-packs and data-open). The files must only read it: a test that changes a build makes its own with buildPack.
 */
export function sharedBuild(contentRoot: string, env: Record<string, string> = {}): BuildResult {
  const key = createHash('sha256')
    .update(JSON.stringify([contentRoot, Object.entries(env).sort()]))
    .digest('hex')
    .slice(0, 16);
  const dir = join(inject('sharedBuilds'), key);
  const record = `${dir}.json`;
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as BuildResult;
  const build = buildPack(contentRoot, env, dir);
  writeFileSync(record, JSON.stringify(build));
  return build;
}
