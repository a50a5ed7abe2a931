/**
 * The shipped nginx site (deploy/nginx/site.conf + headers.conf) over the built folder: precompressed copies are
 * sent to clients that accept them, every path gets the caching its rule promises, and types are right.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, SECURITY_HEADERS } from '../../src/deploy/headers.ts';
import { isCompressible } from '../../src/deploy/precompress.ts';
import { DIST } from '../support/dist.ts';
import { freePort, type Nginx, startNginx } from '../support/nginx.ts';

let nginx: Nginx;
let production: Nginx;

beforeAll(async () => {
  nginx = startNginx(DIST, await freePort());
  production = startNginx(DIST, await freePort(), 1, { httpPort: await freePort() });
});
afterAll(() => {
  nginx?.stop();
  production?.stop();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that leaves the body as sent: fetch() would undo the compression this test is about. */
function get(path: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${nginx.url}${path}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A GET over HTTPS to the production server (its certificate is the test's own). */
function getTls(path: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(`${production.url}${path}`, { rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Bytes written as they are, for requests a client library refuses to send (a malformed request line). */
function raw(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

const SECURITY = SECURITY_HEADERS;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

const all = files(DIST).map((f) => `/${relative(DIST, f).split('\\').join('/')}`);
const first = (re: RegExp) => {
  const found = all.find((p) => re.test(p));
  if (!found) throw new Error(`the build has no file like ${re}`);
  return found;
};

describe('nginx with the shipped configuration', () => {
  const page = readFileSync(join(DIST, 'map/index.html'));

  it('sends the brotli copy to a browser that accepts brotli, and it is the page', async () => {
    const res = await get('/map/', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(res.body)).toEqual(page);
    expect(res.body.length).toBeLessThan(page.length / 2);
  });

  it('sends the gzip copy to a client that only takes gzip, and the plain file to one that takes neither', async () => {
    const gz = await get('/map/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body)).toEqual(page);
    const plain = await get('/map/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(page);
  });

  it('gives every kind of file the cache rule the headers promise, and the right type', async () => {
    const samples: [string, RegExp][] = [
      ['/sites/', /^text\/html/],
      [first(/^\/_astro\/.*\.js$/), /^text\/javascript/],
      [first(/^\/_astro\/.*\.css$/), /^text\/css/],
      [first(/^\/_astro\/.*\.mjs$/), /^text\/javascript/],
      ['/pagefind/pagefind.js', /^text\/javascript/],
      ['/pagefind/pagefind-entry.json', /^application\/json/],
      [first(/^\/pagefind\/fragment\//), /^application\/octet-stream/],
      [first(/^\/pagefind\/index\//), /^application\/octet-stream/],
      [first(/^\/pagefind\/.*\.pf_meta$/), /^application\/octet-stream/],
      ['/map/sites.geojson', /^application\/geo\+json/],
      ['/map/basemap/0/0/0.pbf', /^application\/x-protobuf/],
      ['/data/sites.csv', /^text\/csv/],
      [first(/^\/cards\/sites\/.*\.png$/), /^image\/png/],
      [first(/^\/map\/overview\/.*\.svg$/), /^image\/svg\+xml/],
      ['/embed/map/', /^text\/html/],
    ];
    for (const [path, type] of samples) {
      const res = await get(path, 'br, gzip');
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toMatch(type);
      const want = headersFor(path);
      for (const name of ['Cache-Control', 'Content-Security-Policy', 'X-Frame-Options', 'Strict-Transport-Security']) {
        expect(res.headers[name.toLowerCase()], `${name} of ${path}`).toBe(want[name]);
      }
    }
  });

  it('answers a missing page with the 404 page and a 404 status', async () => {
    const res = await get('/sites/no-such-site/');
    expect(res.status).toBe(404);
    expect(res.body.toString('utf8')).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
  });

  it('answers a site widget address of the old form (/embed/site/<id>/) with the one site widget page, frameable by anyone', async () => {
    for (const [path, file] of [
      ['/embed/site/shantang/', 'embed/site/index.html'],
      ['/en/embed/site/shantang/', 'en/embed/site/index.html'],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.body.toString('utf8'), path).toBe(readFileSync(join(DIST, file), 'utf8'));
      expect(res.headers['content-security-policy'], path).toBe('frame-ancestors *');
    }
  });

  it('answers a missing English page with the English 404 page', async () => {
    const res = await get('/en/sites/no-such-site/');
    expect(res.status).toBe(404);
    expect(res.body.toString('utf8')).toBe(readFileSync(join(DIST, 'en/404/index.html'), 'utf8'));
    expect(res.body.toString('utf8')).toContain('<html lang="en"');
  });
});

describe('nginx as shipped for production (site.conf: HTTPS, and HTTP that redirects)', () => {
  it('starts without a warning', () => {
    expect(nginx.warnings).toBe('');
    expect(production.warnings).toBe('');
  });

  it('sends browsers from HTTP to HTTPS, and no HSTS over HTTP, where browsers ignore it', async () => {
    const res = await new Promise<Raw>((resolve, reject) => {
      request(`${production.httpUrl}/map/?layers=sites`, (r) => {
        r.resume();
        r.on('end', () => resolve({ status: r.statusCode ?? 0, headers: r.headers, body: Buffer.alloc(0) }));
      })
        .on('error', reject)
        .end();
    });
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('https://127.0.0.1/map/?layers=sites');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers.server).toBe('nginx');
  });

  it('serves pages over HTTPS with HSTS, every security header, UTF-8 and no server version', async () => {
    const res = await getTls('/map/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers.server).toBe('nginx');
    const want = headersFor('/map/');
    for (const name of SECURITY) expect(res.headers[name.toLowerCase()], name).toBe(want[name]);
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    const widget = await getTls('/embed/map/');
    expect(widget.headers['content-security-policy']).toBe('frame-ancestors *');
    expect(widget.headers['x-frame-options']).toBeUndefined();
    const docs = await getTls('/embed/');
    expect(docs.headers['x-frame-options']).toBe('DENY');
    expect(docs.headers['content-security-policy']).toBe("frame-ancestors 'none'");
  });

  it('answers a missing page, an over-long address and a malformed request with the site’s pages and the same headers', async () => {
    const want = headersFor('/x');
    const missing = await getTls('/sites/no-such-site/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString('utf8')).toContain('data-not-found');
    const long = await getTls(`/sites/${'a'.repeat(20_000)}/`);
    expect(long.status).toBe(414);
    const errorPage = readFileSync(join(DIST, 'error/index.html'), 'utf8');
    expect(long.body.toString('utf8')).toBe(errorPage);
    for (const res of [missing, long]) {
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      for (const name of SECURITY) expect(res.headers[name.toLowerCase()], name).toBe(want[name]);
    }
    // Over plain HTTP too: the error page, not nginx's, and no version anywhere.
    const bad = await raw(production.httpUrl ?? '', 'GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400/);
    expect(bad).not.toMatch(/nginx\/\d/);
  });
});

describe('precompressed copies in the build', () => {
  it('every text file of 1 kB or more has brotli and gzip copies that hold the same bytes', () => {
    const text = all.filter((p) => !/\.(br|gz)$/.test(p) && isCompressible(p, statSync(join(DIST, p)).size));
    expect(text.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const p of text) {
      const original = readFileSync(join(DIST, p));
      const br = all.includes(`${p}.br`) ? brotliDecompressSync(readFileSync(join(DIST, `${p}.br`))) : undefined;
      const gz = all.includes(`${p}.gz`) ? gunzipSync(readFileSync(join(DIST, `${p}.gz`))) : undefined;
      if (!br || !gz) missing.push(p);
      else {
        expect(br.equals(original), `${p}.br`).toBe(true);
        expect(gz.equals(original), `${p}.gz`).toBe(true);
      }
    }
    expect(missing).toEqual([]);
  });
});
