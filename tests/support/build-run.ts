/**
 * Vitest global setup of the build project: gives the run a folder where builds shared between test files are kept
 * (astro-build.ts sharedBuild), and removes it at the end. Each test file runs in its own worker, so a cache in
 * memory would not outlive the file that filled it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedBuilds: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'shared-builds-'));
  project.provide('sharedBuilds', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
