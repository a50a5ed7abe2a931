/** A small static server over a built dist/ for browser tests: loopback only, random port. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/octet-stream',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * `headers` gives the response headers of a path, as a deployment would send them. `prefix` mounts the folder at
 * a sub-path (`/dangjian/`), as a site built with BASE_PATH is hosted: anything outside it is a bare 404. `replace`
 * may answer a path with other bytes (a later deploy of one file).
 */
export async function serveDir(
  dir: string,
  headers: (path: string) => Record<string, string> = () => ({}),
  { prefix = '/', replace = () => undefined }: { prefix?: string; replace?: (path: string) => Buffer | undefined } = {},
): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!requested.startsWith(prefix)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`outside ${prefix}`);
      return;
    }
    const path = `/${requested.slice(prefix.length)}`;
    const replaced = replace(path);
    if (replaced) {
      res.writeHead(200, { ...headers(path), 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(replaced);
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      const notFound = join(dir, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    for (const [name, value] of Object.entries(headers(requested))) res.setHeader(name, value);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Byte ranges, as PMTiles archives are read.
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      const size = statSync(file).size;
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : size - 1, size - 1);
      res.writeHead(206, {
        'Content-Type': type,
        'Content-Range': `bytes ${start}-${end}/${size}`,
        'Content-Length': end - start + 1,
        'Accept-Ranges': 'bytes',
      });
      createReadStream(file, { start, end }).pipe(res);
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Accept-Ranges': 'bytes' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
