/**
 * The site's own pages for the editor's preview: Astro's dev server on the pack being edited, started on the first
 * request for a page (it takes a while, and a clerk who only fixes a typo may never look), on 127.0.0.1 only. It reads
 * the pack folder as `npm run dev` does, so a saved entry shows on its next load, exactly as the build will show it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { devServerEnv, freePort } from '../build/child-env.ts';
import { COLLECTIONS, type CollectionName } from '../pack/schemas.ts';

const ROOT = join(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** The page of an entry file, `content/sites/x.md` → `sites/x/`, or undefined for a file that is not an entry. */
export function pageOfFile(contentFolder: string, file: string): string | undefined {
  const folder = contentFolder.replace(/^\.\//, '').replace(/\/$/, '');
  const rest = folder && folder !== '.' ? (file.startsWith(`${folder}/`) ? file.slice(folder.length + 1) : undefined) : file;
  const m = rest ? /^([a-z]+)\/([a-z0-9-]+)\.md$/.exec(rest) : null;
  if (!m || !(COLLECTIONS as readonly string[]).includes(m[1] as CollectionName)) return undefined;
  return `${m[1]}/${m[2]}/`;
}

/** The home page, which every pack has: until Astro has its routes, the dev server answers 404 to every address. */
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).status === 200;
  } catch {
    return false;
  }
}

export interface SitePreview {
  /** The dev server's origin, once it answers. */
  origin(): Promise<string>;
  close(): void;
}

export function sitePreview(packRoot: string): SitePreview {
  let child: ChildProcess | undefined;
  let ready: Promise<string> | undefined;
  let log = '';
  const start = async (): Promise<string> => {
    const port = await freePort();
    // The pages at the top of the address: the preview is not the deployment, whatever BASE_PATH says.
    const { BASE_PATH: _b, SITE_URL: _s, ...env } = devServerEnv();
    child = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      env: { ...env, CONTENT_ROOT: packRoot },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (b: Buffer) => {
      log = (log + b.toString()).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const origin = `http://127.0.0.1:${port}`;
    const exited = new Promise<never>((_, fail) => child?.once('exit', (code) => fail(new Error(`astro dev ended (${code}):\n${log}`))));
    const up = (async () => {
      for (let i = 0; i < 480; i++) {
        if (await answers(`${origin}/`)) return origin;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`astro dev did not answer in 2 minutes:\n${log}`);
    })();
    return Promise.race([up, exited]);
  };
  return {
    origin() {
      ready ??= start().catch((e) => {
        // A server that never answered is not left running: the next ask starts a fresh one.
        child?.kill();
        child = undefined;
        ready = undefined;
        throw e;
      });
      return ready;
    },
    close() {
      child?.kill();
      child = undefined;
    },
  };
}
