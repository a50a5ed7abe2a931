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

const REVALIDATE = 'public, max-age=0, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';

export const HEADER_RULES: HeaderRule[] = [
  {
    path: '/*',
    why: 'every response: HTTPS only, no MIME sniffing, no full URLs to other sites, geolocation only for this site (the "near me" button), and no framing by other sites',
    set: {
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
      'Content-Security-Policy': "frame-ancestors 'self'",
      'X-Frame-Options': 'SAMEORIGIN',
      'Cache-Control': REVALIDATE,
    },
  },
  {
    path: '/embed/*',
    why: "the widgets are made to be framed by any department's page; they carry no session, no form and nothing to click-jack",
    remove: ['Content-Security-Policy', 'X-Frame-Options'],
    set: { 'Content-Security-Policy': 'frame-ancestors *' },
  },
  {
    path: '/_astro/*',
    why: 'scripts, styles and the map worker have content hashes in their names: cache them for a year',
    set: { 'Cache-Control': IMMUTABLE },
  },
  {
    path: '/pagefind/*',
    why: 'search index chunks are content-hashed except the entry file: a day, revalidated after',
    set: { 'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800' },
  },
  {
    path: '/sw.js',
    why: 'the service worker: browsers must fetch it afresh to learn of a new build (its build id), never from an HTTP cache',
    set: { 'Cache-Control': 'no-cache' },
  },
  {
    path: '/manifest.webmanifest',
    why: 'the web app manifest: its registered type, and revalidated like the pages',
    set: { 'Content-Type': 'application/manifest+json' },
  },
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
 * nginx: `add_header` is not inherited into a location that has its own, so each location
 * repeats the full set it needs. Include this file inside the `server` block.
 */
export function toNginx(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const locations = [
    { nginx: 'location /', sample: '/' },
    { nginx: 'location /embed/', sample: '/embed/x' },
    { nginx: 'location /_astro/', sample: '/_astro/x.js' },
    { nginx: 'location /pagefind/', sample: '/pagefind/x' },
    { nginx: 'location = /sw.js', sample: '/sw.js' },
    // The type comes from `types`, not add_header (which would send a second Content-Type).
    { nginx: 'location = /manifest.webmanifest', sample: '/manifest.webmanifest', types: 'application/manifest+json webmanifest' },
  ];
  const esc = (v: string) => v.replace(/"/g, '\\"');
  const blocks = locations.map(({ nginx, sample, types }) => {
    const headers = headersFor(sample, rules);
    const lines = Object.entries(headers)
      .filter(([k]) => k !== 'Content-Type')
      .map(([k, v]) => `    add_header ${k} "${esc(v)}" always;`);
    if (types) lines.unshift(`    types { ${types}; }`);
    return `${nginx} {\n${lines.join('\n')}\n    try_files $uri $uri/index.html $uri.html =404;\n}`;
  });
  return `# Generated from src/deploy/headers.ts by npm run deploy:config — do not edit by hand.\n# Include inside your server { } block, with root pointing at dist/.\n\n${blocks.join('\n\n')}\n`;
}
