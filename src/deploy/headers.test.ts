import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, headerRules, headersFor, nginxLocations, parseHeadersFile, toHeadersFile, toNginx, toRedirectsFile } from './headers.ts';

describe('deployment headers', () => {
  it('sends the security headers everywhere', () => {
    for (const path of ['/', '/sites/x/', '/embed/map/', '/_astro/a.js']) {
      const h = headersFor(path);
      expect(h['Strict-Transport-Security']).toMatch(/max-age=31536000/);
      expect(h['X-Content-Type-Options']).toBe('nosniff');
      expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(h['Permissions-Policy']).toContain('geolocation=(self)');
    }
  });

  it('lets anyone frame the widgets, no one the widget documentation page, and only this site the rest', () => {
    expect(headersFor('/embed/')['Content-Security-Policy']).toBe("frame-ancestors 'none'");
    expect(headersFor('/embed/')['X-Frame-Options']).toBe('DENY');
    expect(headersFor('/en/embed/')['X-Frame-Options']).toBe('DENY');
    expect(headersFor('/embed/site/x/')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headersFor('/embed/site/x/')['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(headersFor('/embed.js')['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(headersFor('/sites/x/')['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(headersFor('/sites/x/')['Content-Security-Policy']).toBe("frame-ancestors 'self'");
    expect(headersFor('/sites/x/')['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(headersFor('/embed/map/')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headersFor('/embed/map/')['X-Frame-Options']).toBeUndefined();
  });

  it('caches hashed assets for a year and revalidates pages', () => {
    expect(headersFor('/_astro/mount.abc123.js')['Cache-Control']).toContain('immutable');
    expect(headersFor('/routes/x/')['Cache-Control']).toContain('must-revalidate');
  });

  it('caches content-hashed search chunks for a year but revalidates the entry files that name them', () => {
    for (const p of [
      '/pagefind/fragment/zh-cn_03e33b6.pf_fragment',
      '/pagefind/index/zh-cn_377a916.pf_index',
      '/pagefind/filter/zh-cn_4999d60.pf_filter',
      '/pagefind/pagefind.zh-cn_668aa1c4f96d7.pf_meta',
    ]) {
      expect(headersFor(p)['Cache-Control'], p).toBe('public, max-age=31536000, immutable');
    }
    for (const p of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.unknown.pagefind', '/map/sites.geojson', '/data/sites.csv']) {
      expect(headersFor(p)['Cache-Control'], p).toMatch(/max-age=0, must-revalidate, s-maxage=300/);
    }
    expect(headersFor('/cards/sites/x.png')['Cache-Control']).toBe('public, max-age=86400');
  });

  it.each(['/', '/dangjian/'])('has an nginx location for every rule under %s, so nginx sends what _headers hosts send', (base) => {
    const locations = nginxLocations(base);
    const rules = headerRules(base);
    // nginx's choice: an exact location (`=`), else a matching regex (first in order), else the longest prefix.
    const chosen = (path: string) => {
      const exact = locations.find((l) => l.nginx === `location = ${path}`);
      if (exact) return exact;
      const regex = locations.find((l) => l.nginx.startsWith('location ~ ') && new RegExp(l.nginx.slice('location ~ '.length)).test(path));
      const prefixes = locations.filter((l) => !/^location [~=] /.test(l.nginx) && path.startsWith(l.nginx.slice('location '.length)));
      return regex ?? prefixes.sort((a, b) => b.nginx.length - a.nginx.length)[0];
    };
    for (const rule of rules) {
      const path = rule.path.replace(/\*/g, 'x1');
      expect(path.startsWith(base), path).toBe(true);
      const location = chosen(path);
      expect(location, path).toBeDefined();
      expect(headersFor(location?.sample ?? '', rules), `${path} served by ${location?.nginx}`).toEqual(headersFor(path, rules));
    }
  });

  it("the README's table of cache rules is the list", () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const rows = readme.split('\n').filter((l) => l.startsWith('| `/'));
    for (const rule of HEADER_RULES) {
      const cache = rule.set['Cache-Control'];
      if (!cache) continue;
      const row = rows.find((r) => r.split('|')[1]?.includes(`\`${rule.path}\``));
      expect(row, `README row for ${rule.path}`).toBeDefined();
      expect(row?.split('|')[2]?.trim(), rule.path).toBe(`\`${cache}\``);
    }
  });

  it('sends the service worker uncached, so a new build is noticed, and the manifest with its type', () => {
    expect(headersFor('/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor('/manifest.webmanifest')['Content-Type']).toBe('application/manifest+json');
    expect(headersFor('/sw.js')['X-Content-Type-Options']).toBe('nosniff');
    const nginx = toNginx();
    expect(nginx).toMatch(/location = \/sw\.js \{[^}]*Cache-Control "no-cache"/);
    expect(nginx).toMatch(/location = \/manifest\.webmanifest \{\n\s*types \{ application\/manifest\+json webmanifest; \}/);
    expect(nginx).not.toMatch(/add_header Content-Type/);
  });

  it('writes a _headers file that reads back to the same rules', () => {
    const back = parseHeadersFile(toHeadersFile());
    expect(back.map((r) => r.path)).toEqual(HEADER_RULES.map((r) => r.path));
    for (const path of ['/', '/embed/map/', '/_astro/x.js', '/pagefind/a.pf_fragment', '/sw.js', '/manifest.webmanifest'])
      expect(headersFor(path, back)).toEqual(headersFor(path));
  });

  it('the committed nginx snippet is the one the rules generate', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../deploy/nginx/headers.conf'), 'utf8');
    expect(committed).toBe(toNginx());
    expect(committed).toContain('location /embed/');
  });

  it('answers the old site widget addresses (/embed/site/<id>/) with the one site widget page, in both languages and under a base', () => {
    const nginx = toNginx('/dangjian/');
    for (const dir of ['/dangjian/embed/site/', '/dangjian/en/embed/site/']) {
      const block = nginx.slice(nginx.indexOf(`location ${dir} {`));
      expect(block.slice(0, block.indexOf('}')), dir).toContain(`try_files $uri $uri/index.html $uri.html ${dir}index.html;`);
    }
    // Every other location still ends in a 404.
    expect(nginx.match(/index\.html;\n/g)?.length).toBe(2);
    expect(
      toRedirectsFile('/dangjian/')
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    ).toEqual(['/dangjian/embed/site/* /dangjian/embed/site/ 200', '/dangjian/en/embed/site/* /dangjian/en/embed/site/ 200']);
  });
});
