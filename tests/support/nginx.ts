/** Runs the shipped nginx site (deploy/nginx/) over a built folder, as a department's server would. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './dist.ts';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface Nginx {
  url: string;
  stop(): void;
}

export function nginxMissing(): string | undefined {
  if (spawnSync('sh', ['-c', 'command -v nginx']).status !== 0)
    return 'nginx is not installed: apt-get install -y nginx libnginx-mod-http-brotli-static (.ci/run does this)';
  if (!existsSync(BROTLI_MODULE))
    return `nginx's brotli module is missing (${BROTLI_MODULE}): apt-get install -y libnginx-mod-http-brotli-static (.ci/run does this)`;
  return undefined;
}

export function startNginx(dist: string, port: number, workers = 1): Nginx {
  const missing = nginxMissing();
  if (missing) throw new Error(missing);
  const conf = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(conf, 'logs'));
  mkdirSync(join(conf, 'tmp'));
  writeFileSync(join(conf, 'headers.conf'), readFileSync(join(ROOT, 'deploy/nginx/headers.conf'), 'utf8'));
  const site = readFileSync(join(ROOT, 'deploy/nginx/site.conf'), 'utf8').replace('/srv/dangjian/dist', dist).replace('127.0.0.1:8080', `127.0.0.1:${port}`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${conf}/tmp;`).join('\n');
  // As root, nginx would hand requests to `nobody`, who cannot read a private temp folder.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(
    join(conf, 'nginx.conf'),
    `load_module ${BROTLI_MODULE};\n${user}worker_processes ${workers};\npid ${conf}/nginx.pid;\nerror_log ${conf}/logs/error.log;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n${temp}\n  sendfile on;\n${site}\n}\n`,
  );
  const args = ['-p', conf, '-c', join(conf, 'nginx.conf')];
  execFileSync('nginx', args, { stdio: 'pipe' });
  return { url: `http://127.0.0.1:${port}`, stop: () => void spawnSync('nginx', [...args, '-s', 'stop']) };
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
