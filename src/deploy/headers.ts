import { EMBED_KINDS, ONE_PAGE_KINDS } from '../embed/kinds.ts';

/**
 * HTTP headers for deployments, in one place: written into dist/_headers at build (static
 * hosts such as Cloudflare Pages or Netlify read it) and into deploy/nginx/headers.conf.
 */
export interface HeaderRule {
  /** Path pattern; `*` matches the rest of the path. */
  path: string;
  /** Headers this rule sets. */
  set: Record<string, string>;
  /** Headers set by an earlier rule that this path must not send. */
  remove?: string[];
  /** Why, for the generated files. */
  why: string;
}

/**
 * Pages and data are not content-hashed, so browsers revalidate them on every use (a 304 when nothing changed);
 * `s-maxage` lets a CDN in front serve them for five minutes without asking the origin, which is what carries
 * many visitors. A deploy is seen by everyone within those five minutes, or at once after a CDN purge.
 */
const REVALIDATE = 'public, max-age=0, must-revalidate, s-maxage=300';
const IMMUTABLE = 'public, max-age=31536000, immutable';

const EMBED_WHY = "the widgets are made to be framed by any department's page; they carry no session, no form and nothing to click-jack";

/** The widgets' folders under /embed/ (src/embed/kinds.ts); /embed/ itself is the documentation page, not a widget. */
export const WIDGET_DIRS = ['map', ...Object.keys(EMBED_KINDS)].map((k) => `/embed/${k}/`);

/**
 * The folders whose every address the one widget page of their kind answers (src/embed/kinds.ts ONE_PAGE_KINDS):
 * snippets pasted before that page existed name `/embed/site/<id>/`, and keep working where the server rewrites
 * them (nginx, `_redirects`, Apache, Caddy); elsewhere the 404 page sends the browser on (kinds.ts movedWidget).
 */
export const WIDGET_FALLBACKS = ['', '/en'].flatMap((lang) => ONE_PAGE_KINDS.map((k) => `${lang}/embed/${k}/`));

/** Netlify's and Cloudflare Pages' `_redirects`: a 200 rewrite of the old widget addresses, under `base`. */
export function toRedirectsFile(base = '/'): string {
  const at = (path: string) => `${base}${path.slice(1)}`;
  return `# Generated from src/deploy/headers.ts: addresses of the form /embed/site/<id>/ are answered by the one site widget page.\n${WIDGET_FALLBACKS.map((d) => `${at(d)}* ${at(d)} 200`).join('\n')}\n`;
}

/** The rules for a site served under `base` (`/`, or a sub-path such as `/dangjian/`): every pattern starts with it. */
export function headerRules(base = '/'): HeaderRule[] {
  const at = (path: string) => `${base}${path.slice(1)}`;
  return [
    {
      path: at('/*'),
      why: 'every response: HTTPS only, no MIME sniffing, no full URLs to other sites, geolocation only for this site (the "near me" button), no framing by other sites, no use of its files by pages of other sites; pages and data revalidate',
      set: {
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
        'Content-Security-Policy': "frame-ancestors 'self'",
        'X-Frame-Options': 'SAMEORIGIN',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': REVALIDATE,
      },
    },
    ...['/embed/*', '/en/embed/*'].map((path) => ({
      path: at(path),
      why: 'the widget documentation page has the whole portal around it: framed by no one, this site included',
      set: { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' },
    })),
    ...['', '/en'].flatMap((lang) =>
      WIDGET_DIRS.map((dir) => ({
        path: at(`${lang}${dir}*`),
        why: EMBED_WHY,
        remove: ['Content-Security-Policy', 'X-Frame-Options', 'Cross-Origin-Resource-Policy'],
        set: { 'Content-Security-Policy': 'frame-ancestors *', 'Cross-Origin-Resource-Policy': 'cross-origin' },
      })),
    ),
    {
      path: at('/embed.js'),
      why: "the widget loader: other sites' pages load it with a script tag",
      remove: ['Cross-Origin-Resource-Policy'],
      set: { 'Cross-Origin-Resource-Policy': 'cross-origin' },
    },
    {
      path: at('/_astro/*'),
      why: 'scripts, styles and the map worker have content hashes in their names: cache them for a year',
      set: { 'Cache-Control': IMMUTABLE },
    },
    {
      path: at('/media/*'),
      why: "the entries' pictures are named by a digest of their file: cache them for a year",
      set: { 'Cache-Control': IMMUTABLE },
    },
    {
      path: at('/pagefind/*'),
      why: "the search index's entry files (pagefind.js, pagefind-entry.json, the wasm) keep their names from build to build: revalidate them",
      set: { 'Cache-Control': REVALIDATE },
    },
    ...['/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*', '/pagefind/*.pf_meta'].map((path) => ({
      path: at(path),
      why: 'search index chunks are named by their content hash, and the entry file names the ones a build uses: cache them for a year',
      set: { 'Cache-Control': IMMUTABLE },
    })),
    ...['/cards/*', '/plan/cards/*'].map((path) => ({
      path: at(path),
      why: 'share cards change only with their entry, and link previews keep their own copy for days anyway: a day',
      set: { 'Cache-Control': 'public, max-age=86400' },
    })),
    {
      path: at('/sw.js'),
      why: 'the service worker: browsers must fetch it afresh to learn of a new build (its build id), never from an HTTP cache',
      set: { 'Cache-Control': 'no-cache' },
    },
    {
      path: at('/manifest.webmanifest'),
      why: 'the web app manifest: its registered type, and revalidated like the pages',
      set: { 'Content-Type': 'application/manifest+json' },
    },
  ];
}

export const HEADER_RULES: HeaderRule[] = headerRules();

/** The headers that keep the site safe, as the rules set them: what a server must send and a deployment check asks for. */
export const SECURITY_HEADERS: readonly string[] = [
  ...new Set(HEADER_RULES.flatMap((r) => Object.keys(r.set ?? {})).filter((name) => name !== 'Cache-Control' && name !== 'Content-Type')),
];

/** Glob of a rule to a test on a path. */
export function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(path);
}

/** The headers a path receives: rules apply in order, later ones override or remove earlier ones. */
export function headersFor(path: string, rules: readonly HeaderRule[] = HEADER_RULES): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.path, path)) continue;
    for (const name of rule.remove ?? []) delete out[name];
    Object.assign(out, rule.set);
  }
  return out;
}

/** The `_headers` file format of Cloudflare Pages and Netlify (`! Name` detaches a header). */
export function toHeadersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  return `${rules
    .map((r) => [`# ${r.why}`, r.path, ...(r.remove ?? []).map((n) => `  ! ${n}`), ...Object.entries(r.set).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
    .join('\n\n')}\n`;
}

/** Parses a `_headers` file back into rules, as a static host would read it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { path: line.trim(), set: {}, remove: [], why: '' };
      rules.push(current);
      continue;
    }
    const body = line.trim();
    if (body.startsWith('!')) current?.remove?.push(body.slice(1).trim());
    else {
      const i = body.indexOf(':');
      if (current && i > 0) current.set[body.slice(0, i).trim()] = body.slice(i + 1).trim();
    }
  }
  return rules;
}

/**
 * One nginx location per rule, with a path it serves. A regex location wins over the prefix locations, which is how
 * the hashed search chunks get their year inside /pagefind/.
 */
export function nginxLocations(base = '/'): { nginx: string; sample: string; types?: string; errorPage?: string; fallback?: string }[] {
  const at = (path: string) => `${base}${path.slice(1)}`;
  // The base goes into a regex: escape what it might hold besides letters and slashes.
  const re = at('/pagefind/').replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return [
    // The site's 404 page, and the English one for English addresses (the server block's error_page names the first).
    { nginx: `location ${at('/')}`, sample: at('/x'), errorPage: at('/404.html') },
    { nginx: `location ${at('/en/')}`, sample: at('/en/x'), errorPage: at('/en/404/') },
    ...['/embed/', '/en/embed/', ...WIDGET_DIRS, ...WIDGET_DIRS.map((d) => `/en${d}`), '/_astro/', '/media/', '/cards/', '/plan/cards/'].map((p) => ({
      nginx: `location ${at(p)}`,
      sample: `${at(p)}x`,
      ...(WIDGET_FALLBACKS.includes(p) ? { fallback: `${at(p)}index.html` } : {}),
    })),
    { nginx: `location = ${at('/embed.js')}`, sample: at('/embed.js') },
    { nginx: `location ${at('/pagefind/')}`, sample: at('/pagefind/pagefind.js') },
    { nginx: `location ~ ^${re}(fragment|index|filter)/|^${re}.*\\.pf_meta$`, sample: at('/pagefind/fragment/x.pf_fragment') },
    { nginx: `location = ${at('/sw.js')}`, sample: at('/sw.js') },
    // The type comes from `types`, not add_header (which would send a second Content-Type).
    { nginx: `location = ${at('/manifest.webmanifest')}`, sample: at('/manifest.webmanifest'), types: 'application/manifest+json webmanifest' },
  ];
}

/** Errors answered with the site's own error page (src/pages/error.astro), as 404s are with its 404 page. */
export const SERVER_ERRORS = '400 414 500 502 503 504';

/**
 * nginx: `add_header` is not inherited into a location that has its own, so each location
 * repeats the full set it needs. Include this file inside the `server` block.
 */
export function toNginx(base = '/', rules: readonly HeaderRule[] = headerRules(base)): string {
  const at = (path: string) => `${base}${path.slice(1)}`;
  const locations = nginxLocations(base);
  const esc = (v: string) => v.replace(/"/g, '\\"');
  const blocks = locations.map(({ nginx, sample, types, errorPage, fallback }) => {
    const headers = headersFor(sample, rules);
    const lines = Object.entries(headers)
      .filter(([k]) => k !== 'Content-Type')
      .map(([k, v]) => `    add_header ${k} "${esc(v)}" always;`);
    if (types) lines.unshift(`    types { ${types}; }`);
    // A location's own error_page replaces all of the server's: the other errors are repeated here.
    if (errorPage) lines.push(`    error_page 404 ${errorPage};`, `    error_page ${SERVER_ERRORS} ${at('/error/')};`);
    return `${nginx} {\n${lines.join('\n')}\n    try_files $uri $uri/index.html $uri.html ${fallback ?? '=404'};\n}`;
  });
  return `# Generated from src/deploy/headers.ts by npm run deploy:config — do not edit by hand.\n# Include inside your server { } block, ${base === '/' ? 'with root pointing at dist/' : `the site lives under ${base}: root points at a folder holding dist/ as ${base.slice(1, -1)}/`}.\n\n${blocks.join('\n\n')}\n`;
}
