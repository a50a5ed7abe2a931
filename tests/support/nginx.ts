/** Runs the shipped nginx site (deploy/nginx/) over a built folder, as a department's server would. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './dist.ts';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface Nginx {
  url: string;
  /** With `tls`: the plain-HTTP server, which only redirects. */
  httpUrl?: string;
  /** What nginx wrote on stderr as it started: empty for a clean configuration. */
  warnings: string;
  /** Requests served since the last call, with the bytes sent for each (headers included), when started with `log`. */
  served(): { path: string; bytes: number }[];
  stop(): void;
}

/** The production site (site.conf): HTTPS on `port` with a certificate made here, and the redirect on `httpPort`. */
export interface Tls {
  httpPort: number;
}

export function nginxMissing(): string | undefined {
  if (spawnSync('sh', ['-c', 'command -v nginx']).status !== 0)
    return 'nginx is not installed: apt-get install -y nginx libnginx-mod-http-brotli-static (.ci/run does this)';
  if (!existsSync(BROTLI_MODULE))
    return `nginx's brotli module is missing (${BROTLI_MODULE}): apt-get install -y libnginx-mod-http-brotli-static (.ci/run does this)`;
  return undefined;
}

/**
 * Without `tls`, the site's server body (dangjian.conf) in a plain local server, as the benchmark and most tests use
 * it; with `tls`, the whole production site.conf, its placeholders filled in.
 */
export function startNginx(dist: string, port: number, workers = 1, tls?: Tls, { log = false }: { log?: boolean } = {}): Nginx {
  const missing = nginxMissing();
  if (missing) throw new Error(missing);
  const conf = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(conf, 'logs'));
  mkdirSync(join(conf, 'tmp'));
  const read = (name: string) => readFileSync(join(ROOT, 'deploy/nginx', name), 'utf8');
  writeFileSync(join(conf, 'headers.conf'), read('headers.conf'));
  writeFileSync(join(conf, 'dangjian.conf'), read('dangjian.conf').replace('/srv/dangjian/dist', dist));
  let site = `server {\n    listen 127.0.0.1:${port};\n    include dangjian.conf;\n}\n`;
  if (tls) {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        join(conf, 'key.pem'),
        '-out',
        join(conf, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    site = read('site.conf')
      .replace(/^\s*listen \[::\].*\n/gm, '')
      .replace('listen 80;', `listen 127.0.0.1:${tls.httpPort};`)
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port} ssl http2;`)
      .replace('/etc/ssl/dangjian/fullchain.pem', join(conf, 'cert.pem'))
      .replace('/etc/ssl/dangjian/privkey.pem', join(conf, 'key.pem'));
  }
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${conf}/tmp;`).join('\n');
  // As root, nginx would hand requests to `nobody`, who cannot read a private temp folder.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(
    join(conf, 'nginx.conf'),
    `load_module ${BROTLI_MODULE};\n${user}worker_processes ${workers};\npid ${conf}/nginx.pid;\nerror_log ${conf}/logs/error.log;\nevents { worker_connections 1024; }\nhttp {\n  ${log ? `log_format sent '$bytes_sent $request_uri';\n  access_log ${conf}/logs/access.log sent;` : 'access_log off;'}\n${temp}\n  sendfile on;\n${site}\n}\n`,
  );
  const args = ['-p', conf, '-c', join(conf, 'nginx.conf')];
  // Warnings at start (a duplicate type, a deprecated directive) are mistakes in the shipped files.
  const started = spawnSync('nginx', args, { encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`);
  const warnings = started.stderr.trim();
  let seen = 0;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    httpUrl: tls ? `http://127.0.0.1:${tls.httpPort}` : undefined,
    warnings,
    served: () => {
      const file = join(conf, 'logs/access.log');
      if (!log || !existsSync(file)) return [];
      const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
      const fresh = lines.slice(seen);
      seen = lines.length;
      return fresh.map((l) => ({ bytes: Number(l.slice(0, l.indexOf(' '))), path: l.slice(l.indexOf(' ') + 1) }));
    },
    stop: () => void spawnSync('nginx', [...args, '-s', 'stop']),
  };
}

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
