/**
 * The headers of headers.ts for the other servers the README names, written by `npm run deploy:config` into
 * deploy/apache/.htaccess, deploy/caddy/Caddyfile and deploy/iis/web.config. Each also maps the types browsers are
 * strict about (`.mjs` for the map worker: Apache and IIS send it as application/octet-stream without the mapping,
 * and the map cannot start) and answers errors with the site's own pages.
 */
import { HEADER_RULES, type HeaderRule, WIDGET_FALLBACKS } from './headers.ts';

const HEAD = '# Generated from src/deploy/headers.ts by npm run deploy:config — do not edit by hand.';

/** Types the site needs beyond the servers' usual lists. */
export const TYPES: [string, string][] = [
  ['.mjs', 'text/javascript'],
  ['.geojson', 'application/geo+json'],
  ['.webmanifest', 'application/manifest+json'],
  ['.wasm', 'application/wasm'],
  ['.pbf', 'application/x-protobuf'],
  ['.gpx', 'application/gpx+xml'],
  ['.kml', 'application/vnd.google-earth.kml+xml'],
  ['.pagefind', 'application/octet-stream'],
  ['.pf_meta', 'application/octet-stream'],
  ['.pf_index', 'application/octet-stream'],
  ['.pf_filter', 'application/octet-stream'],
  ['.pf_fragment', 'application/octet-stream'],
  ['.pmtiles', 'application/octet-stream'],
];

const globToRegex = (glob: string) => `^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`;
const quote = (v: string) => `"${v.replace(/"/g, '\\"')}"`;

/** Apache 2.4 (.htaccess in dist/, or the site's <Directory>): mod_headers and mod_mime; `<If>` sections apply in order. */
export function toApache(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const blocks = rules.map((r) => {
    const lines = [
      ...(r.remove ?? []).map((n) => `    Header always unset ${n}`),
      ...Object.entries(r.set).map(([k, v]) => (k === 'Content-Type' ? `    ForceType ${v}` : `    Header always set ${k} ${quote(v)}`)),
    ];
    return `  # ${r.why}\n  <If "%{REQUEST_URI} =~ m#${globToRegex(r.path)}#">\n${lines.join('\n')}\n  </If>`;
  });
  return `${HEAD}\n# Apache 2.4: put in dist/ as .htaccess (AllowOverride FileInfo Indexes) or in the site's <Directory>. Needs mod_headers.\n\n${TYPES.map(([ext, type]) => `AddType ${type} ${ext}`).join('\n')}\nAddDefaultCharset utf-8\nErrorDocument 404 /404.html\nErrorDocument 400 /error/\nErrorDocument 414 /error/\nErrorDocument 500 /error/\nServerSignature Off\n\n${apacheFallbacks()}\n\n<IfModule mod_headers.c>\n${blocks.join('\n\n')}\n</IfModule>\n`;
}

/** mod_rewrite answers the old widget addresses (headers.ts WIDGET_FALLBACKS) with the one page of their kind. */
function apacheFallbacks(): string {
  const rules = WIDGET_FALLBACKS.map((d) => `  RewriteRule ^${d.slice(1)}[^/]+/?$ ${d.slice(1)}index.html [L]`);
  return `# Addresses of the form /embed/site/<id>/ (older widget snippets) get the one site widget page. Needs mod_rewrite.\n<IfModule mod_rewrite.c>\n  RewriteEngine On\n  RewriteCond %{REQUEST_FILENAME} !-f\n  RewriteCond %{REQUEST_FILENAME} !-d\n${rules.join('\n')}\n</IfModule>`;
}

/** Caddy's try_files for the same addresses. */
function caddyFallbacks(): string {
  return WIDGET_FALLBACKS.map((d, i) => `    @widget${i} path_regexp ^${d}[^/]+/?$\n    try_files @widget${i} {path} {path}/index.html ${d}index.html`).join(
    '\n',
  );
}

/** Caddy 2: `header` directives with path matchers, in the order of the rules. */
export function toCaddy(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const blocks = rules.map((r, i) => {
    const lines = [...(r.remove ?? []).map((n) => `        -${n}`), ...Object.entries(r.set).map(([k, v]) => `        ${k} ${quote(v)}`)];
    return `    # ${r.why}\n    @h${i} path ${r.path}\n    header @h${i} {\n${lines.join('\n')}\n    }`;
  });
  return `${HEAD}\n# Caddy 2: replace the address and the root. Caddy gets and renews the certificate and redirects HTTP to HTTPS itself.\n\nmap.example.org {\n    root * /srv/dangjian/dist\n    encode zstd gzip\n    file_server {\n        precompressed br gzip\n    }\n    # Caddy knows .mjs, .wasm and .geojson; the search index files are plain bytes.\n    @pagefind path *.pagefind *.pf_meta *.pf_index *.pf_filter *.pf_fragment\n    header @pagefind Content-Type application/octet-stream\n    # Addresses of the form /embed/site/<id>/ (older widget snippets) get the one site widget page.\n${caddyFallbacks()}\n\n${blocks.join('\n\n')}\n\n    handle_errors {\n        @missing expression {err.status_code} == 404\n        rewrite @missing /404.html\n        rewrite * /error/index.html\n        file_server\n    }\n}\n`;
}

/**
 * IIS (web.config in dist/): customHeaders for the whole site, and a <location> per folder rule. IIS locations are
 * folders, not patterns: the rules with a `*` inside a name (the search chunks by suffix) stay with the folder's.
 */
export function toIis(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const xml = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const [root, ...rest] = rules;
  const headers = (r: HeaderRule, indent: string) =>
    [
      ...(r.remove ?? []).map((n) => `${indent}<remove name="${n}" />`),
      ...Object.entries(r.set).flatMap(([k, v]) =>
        k === 'Content-Type' ? [] : [`${indent}<remove name="${k}" />`, `${indent}<add name="${k}" value="${xml(v)}" />`],
      ),
    ].join('\n');
  const folder = (p: string) => (/^\/[^*]*\/\*$/.test(p) ? p.slice(1, -2) : /^\/[^*]+$/.test(p) ? p.slice(1) : undefined);
  const locations = rest
    .map((r) => ({ r, path: folder(r.path) }))
    .filter((x): x is { r: HeaderRule; path: string } => Boolean(x.path))
    .map(
      ({ r, path }) =>
        `  <!-- ${xml(r.why)} -->\n  <location path="${path}">\n    <system.webServer>\n      <httpProtocol>\n        <customHeaders>\n${headers(r, '          ')}\n        </customHeaders>\n      </httpProtocol>\n    </system.webServer>\n  </location>`,
    );
  const mime = TYPES.map(([ext, type]) => `        <remove fileExtension="${ext}" />\n        <mimeMap fileExtension="${ext}" mimeType="${type}" />`).join(
    '\n',
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<!-- ${HEAD.slice(2)} IIS: put in dist/ as web.config. -->\n<configuration>\n  <system.webServer>\n    <staticContent>\n${mime}\n    </staticContent>\n    <httpErrors errorMode="Custom" existingResponse="Replace">\n      <remove statusCode="404" />\n      <error statusCode="404" path="/404.html" responseMode="ExecuteURL" />\n      <remove statusCode="500" />\n      <error statusCode="500" path="/error/" responseMode="ExecuteURL" />\n    </httpErrors>\n    <httpProtocol>\n      <customHeaders>\n        <remove name="X-Powered-By" />\n${root ? headers(root, '        ') : ''}\n      </customHeaders>\n    </httpProtocol>\n  </system.webServer>\n${locations.join('\n')}\n</configuration>\n`;
}
