import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from './headers.ts';
import { toApache, toCaddy, toIis } from './hosts.ts';

describe('the other hosts get the security headers, not only types and caching', () => {
  it.each([
    ['Apache', toApache()],
    ['Caddy', toCaddy()],
    ['IIS', toIis()],
  ])('%s', (_name, text) => {
    for (const header of SECURITY_HEADERS) expect(text, header).toContain(header);
    expect(text).toContain('frame-ancestors *');
  });

  it('Apache maps .mjs and lets the widgets be framed after the rule that forbids it', () => {
    const a = toApache();
    expect(a).toContain('AddType text/javascript .mjs');
    expect(a.indexOf('X-Frame-Options "SAMEORIGIN"')).toBeLessThan(a.indexOf('m#^/embed/map/.*$#'));
    expect(a).toMatch(/m#\^\/embed\/map\/\.\*\$#">\n {4}Header always unset Content-Security-Policy\n {4}Header always unset X-Frame-Options/);
  });

  it('Apache and Caddy answer the old site widget addresses with the one site widget page', () => {
    const a = toApache();
    expect(a).toContain('RewriteRule ^embed/site/[^/]+/?$ embed/site/index.html [L]');
    expect(a).toContain('RewriteRule ^en/embed/site/[^/]+/?$ en/embed/site/index.html [L]');
    expect(a).toContain('RewriteCond %{REQUEST_FILENAME} !-f');
    const c = toCaddy();
    expect(c).toMatch(
      /@widget0 path_regexp \^\/embed\/site\/\[\^\/\]\+\/\?\$\n {4}try_files @widget0 \{path\} \{path\}\/index\.html \/embed\/site\/index\.html/,
    );
  });

  it('IIS maps .mjs and gives the widget folders their own headers', () => {
    const iis = toIis();
    expect(iis).toContain('<mimeMap fileExtension=".mjs" mimeType="text/javascript" />');
    expect(iis).toMatch(/<location path="embed\/map">[\s\S]*?<remove name="X-Frame-Options" \/>[\s\S]*?frame-ancestors \*/);
  });
});

describe('the committed host files', () => {
  it.each([
    ['apache/.htaccess', toApache],
    ['caddy/Caddyfile', toCaddy],
    ['iis/web.config', toIis],
  ] as const)('deploy/%s is what the rules generate (npm run deploy:config)', (path, make) => {
    expect(readFileSync(resolve(import.meta.dirname, '../../deploy', path), 'utf8')).toBe(make());
  });
});
