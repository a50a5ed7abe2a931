/** `npm run deploy:config`: writes deploy/nginx/headers.conf from src/deploy/headers.ts (BASE_PATH=/sub/ for a site under a sub-path). */
import { writeFileSync } from 'node:fs';
import { toNginx } from '../src/deploy/headers.ts';
import { basePathFrom } from '../src/site/paths.ts';

const base = basePathFrom(process.env.BASE_PATH, process.env.SITE_URL);
writeFileSync(new URL('../deploy/nginx/headers.conf', import.meta.url), toNginx(base));
console.log(`wrote deploy/nginx/headers.conf${base === '/' ? '' : ` for a site under ${base}`}`);
