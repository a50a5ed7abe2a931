/**
 * `npm run deploy:config`: writes every host's configuration from src/deploy/headers.ts (BASE_PATH=/sub/ for a site
 * under a sub-path): deploy/nginx/headers.conf, deploy/apache/.htaccess, deploy/caddy/Caddyfile, deploy/iis/web.config.
 * Cloudflare Pages and Netlify read dist/_headers, which the build writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { headerRules, toNginx } from '../src/deploy/headers.ts';
import { toApache, toCaddy, toIis } from '../src/deploy/hosts.ts';
import { basePathFrom } from '../src/site/paths.ts';

const base = basePathFrom(process.env.BASE_PATH, process.env.SITE_URL);
const rules = headerRules(base);
const files: [string, string][] = [
  ['nginx/headers.conf', toNginx(base)],
  ['apache/.htaccess', toApache(rules)],
  ['caddy/Caddyfile', toCaddy(rules)],
  ['iis/web.config', toIis(rules)],
];
for (const [path, text] of files) {
  const url = new URL(`../deploy/${path}`, import.meta.url);
  mkdirSync(new URL('.', url), { recursive: true });
  writeFileSync(url, text);
  console.log(`wrote deploy/${path}${base === '/' ? '' : ` for a site under ${base}`}`);
}
