/**
 * `npm run deploy:verify <url>`: asks a deployed copy of the site for one file of each kind and says what its host
 * gets wrong: security headers missing or different from src/deploy/headers.ts, framing rules, the MIME types the
 * browser is strict about (the map worker's `.mjs`, the search's WebAssembly), compression, and a host that answers
 * a missing address with a page. Pure checks over responses; the fetching is `verifySite`.
 */
import { headerRules, headersFor, SECURITY_HEADERS } from './headers.ts';

export interface Answer {
  status: number;
  headers: Headers;
}

export interface Finding {
  ok: boolean;
  /** The path, relative to the site's address. */
  path: string;
  what: string;
}

/** Headers whose absence makes the site less safe; Cache-Control is checked too, as it decides what visitors see. */
const CHECKED = [...SECURITY_HEADERS, 'Cache-Control'];

export interface Probe {
  path: string;
  /** The Content-Type it must have (its essence, before any `;`), and the one the report names. */
  type: RegExp;
  expect: string;
  /** Whether the body must come compressed (a text file of some size). */
  compressed?: boolean;
  /** HTML must say its charset. */
  charset?: boolean;
  /** The status it must have; 200 unless said. */
  status?: number;
}

/** One file of each kind. `worker` and `wasm` are found in the build's own files (see verifySite). */
export function probes(worker: string | undefined, wasm: string | undefined): Probe[] {
  const html = { type: /^text\/html$/, expect: 'text/html' };
  const js = { type: /^(text|application)\/javascript$/, expect: 'text/javascript' };
  const list: Probe[] = [
    { path: '', ...html, compressed: true, charset: true },
    { path: 'map/', ...html, compressed: true, charset: true },
    { path: 'embed/', ...html, charset: true },
    { path: 'embed/map/', ...html, charset: true },
    { path: 'map/sites.geojson', type: /^application\/(geo\+)?json$/, expect: 'application/geo+json', compressed: true },
    { path: 'pagefind/pagefind.js', ...js, compressed: true },
    { path: 'pagefind/pagefind-entry.json', type: /^application\/json$/, expect: 'application/json' },
    { path: 'sw.js', ...js },
    { path: 'manifest.webmanifest', type: /^application\/manifest\+json$/, expect: 'application/manifest+json' },
    { path: '__deploy-verify-missing__/', ...html, status: 404 },
  ];
  if (worker) list.push({ path: worker, ...js, compressed: true });
  if (wasm) list.push({ path: wasm, type: /^application\/(wasm|octet-stream)$/, expect: 'application/wasm or application/octet-stream (not a page)' });
  return list;
}

const essence = (type: string | null) => (type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** What is wrong with one answer (an ok finding for each thing that is right, so the report shows what was looked at). */
export function checkAnswer(probe: Probe, answer: Answer, site: URL): Finding[] {
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  const path = probe.path;
  const out: Finding[] = [];
  const add = (ok: boolean, what: string) => out.push({ ok, path, what });
  const wantStatus = probe.status ?? 200;
  add(answer.status === wantStatus, `status ${answer.status}${answer.status === wantStatus ? '' : `, expected ${wantStatus}`}`);
  if (probe.status === 404 && answer.status === 200)
    add(false, 'a missing address is answered with a page: the host falls back to index.html, which hides broken links');
  const type = essence(answer.headers.get('Content-Type'));
  add(probe.type.test(type), `Content-Type ${type || '(none)'}${probe.type.test(type) ? '' : `, expected ${probe.expect}`}`);
  if (probe.charset) {
    const charset = /charset=utf-8/i.test(answer.headers.get('Content-Type') ?? '');
    add(charset, charset ? 'charset=utf-8' : 'no charset=utf-8 on HTML');
  }
  if (probe.compressed) {
    const encoding = answer.headers.get('Content-Encoding') ?? '';
    add(/^(br|gzip|zstd)$/.test(encoding), encoding ? `compressed (${encoding})` : 'not compressed (neither br nor gzip)');
  }
  const want = headersFor(`${base}${path}`, headerRules(base));
  const https = site.protocol === 'https:';
  for (const name of CHECKED) {
    const expected = want[name];
    const got = answer.headers.get(name);
    // Over HTTP browsers ignore HSTS, so a host is right not to send it there; an error page need not be cached.
    if ((name === 'Strict-Transport-Security' && !https) || (name === 'Cache-Control' && wantStatus !== 200)) continue;
    if (expected === undefined) {
      if (got) add(false, `${name}: ${got}, expected none (${name === 'X-Frame-Options' ? 'it forbids the framing this path allows' : 'not sent here'})`);
      continue;
    }
    if (got === null) add(false, `${name} missing, expected ${expected}`);
    else if (got !== expected) add(false, `${name}: ${got}, expected ${expected}`);
    else add(true, name);
  }
  return out;
}

/** The report a person reads: the failures first, then a count. */
export function report(findings: readonly Finding[], site: string): string {
  const bad = findings.filter((f) => !f.ok);
  const lines = [`deploy:verify ${site}`];
  for (const f of bad) lines.push(`  ✗ /${f.path}: ${f.what}`);
  lines.push(bad.length ? `${bad.length} problem(s) in ${findings.length} checks` : `all ${findings.length} checks passed`);
  if (!/^https:/.test(site)) lines.push('  (over HTTP: Strict-Transport-Security is not checked; browsers honour it only over HTTPS)');
  return lines.join('\n');
}

/** Fetches the probes from a deployed site and checks them; `fetcher` is fetch (the tests pass their own). */
export async function verifySite(site: string, fetcher: typeof fetch = fetch): Promise<Finding[]> {
  const root = new URL(site.endsWith('/') ? site : `${site}/`);
  const get = (path: string) => fetcher(new URL(path, root), { headers: { 'Accept-Encoding': 'br, gzip' }, redirect: 'manual' });
  // The map worker's name has a content hash: the service worker lists it with the map library.
  const sw = await get('sw.js')
    .then((r) => r.text())
    .catch(() => '');
  const worker = /_astro\/maplibre-gl-worker[\w.-]*\.mjs/.exec(sw)?.[0];
  const entry = await get('pagefind/pagefind-entry.json')
    .then((r) => r.json() as Promise<{ languages?: Record<string, { wasm?: string | null }> }>)
    .catch(() => undefined);
  const lang = Object.values(entry?.languages ?? {}).find((l) => l.wasm)?.wasm;
  const wasm = lang ? `pagefind/wasm.${lang}.pagefind` : undefined;
  const findings: Finding[] = [];
  if (!worker) findings.push({ ok: false, path: 'sw.js', what: 'the map worker (.mjs) is not named in sw.js: is this the site?' });
  for (const probe of probes(worker, wasm)) {
    try {
      const response = await get(probe.path);
      await response.arrayBuffer().catch(() => undefined);
      findings.push(...checkAnswer(probe, response, root));
    } catch (error) {
      findings.push({ ok: false, path: probe.path, what: `no answer (${String(error)})` });
    }
  }
  return findings;
}
