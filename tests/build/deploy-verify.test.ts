/**
 * `npm run deploy:verify <url>` against the shipped nginx (HTTPS, as in production) and against a bare static server
 * that sends no headers: the first passes, the second fails and says what is missing.
 */
import { execFile } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../support/dist.ts';
import { freePort, type Nginx, startNginx } from '../support/nginx.ts';
import { type Served, serveDir } from '../support/serve.ts';

let nginx: Nginx;
let bare: Served;
let plain: Nginx;
let wrongType: Server;
let wrongTypeUrl: string;

beforeAll(async () => {
  nginx = startNginx(DIST, await freePort(), 1, { httpPort: await freePort() });
  bare = await serveDir(DIST);
  // The shipped nginx behind a proxy that sends .mjs as Apache and IIS send it without the mapping.
  plain = startNginx(DIST, await freePort());
  wrongType = createServer((req, res) => {
    const upstream = request(`${plain.url}${req.url}`, { headers: req.headers }, (up) => {
      const headers = { ...up.headers };
      if (req.url?.split('?')[0]?.endsWith('.mjs')) headers['content-type'] = 'application/octet-stream';
      res.writeHead(up.statusCode ?? 502, headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => wrongType.listen(0, '127.0.0.1', r));
  wrongTypeUrl = `http://127.0.0.1:${(wrongType.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  nginx?.stop();
  await bare?.close();
  plain?.stop();
  await new Promise((r) => wrongType?.close(r));
});

/**
 * Runs the npm script as a person would (not spawnSync: the bare servers answer from this process); the test
 * certificate is the test's own, so it is not verified.
 */
function verify(url: string): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'deploy:verify', url],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0', NODE_NO_WARNINGS: '1' } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? -1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

describe('npm run deploy:verify', () => {
  it('passes the shipped nginx over HTTPS', async () => {
    const { status, out } = await verify(`${nginx.url}/`);
    expect(out).toMatch(/all \d+ checks passed/);
    expect(status).toBe(0);
  });

  it('fails a bare static server and names what is missing', async () => {
    const { status, out } = await verify(`${bare.url}/`);
    expect(status).toBe(1);
    expect(out).toContain('/: X-Content-Type-Options missing, expected nosniff');
    expect(out).toContain("/map/: Content-Security-Policy missing, expected frame-ancestors 'self'");
    expect(out).toContain('/embed/: X-Frame-Options missing, expected DENY');
    expect(out).toContain('/map/sites.geojson: not compressed');
    expect(out).toContain('(over HTTP: Strict-Transport-Security is not checked');
  });

  it('names the map worker served with the wrong type', async () => {
    const { status, out } = await verify(wrongTypeUrl);
    expect(status).toBe(1);
    expect(out).toMatch(/\/_astro\/maplibre-gl-worker[^:]*\.mjs: Content-Type application\/octet-stream, expected text\/javascript/);
    // Nothing else is wrong there.
    expect(out).toMatch(/^1 problem\(s\)/m);
  });
});
