/** `npm run deploy:config`: writes deploy/nginx/headers.conf from src/deploy/headers.ts. */
import { writeFileSync } from 'node:fs';
import { toNginx } from '../src/deploy/headers.ts';

writeFileSync(new URL('../deploy/nginx/headers.conf', import.meta.url), toNginx());
console.log('wrote deploy/nginx/headers.conf');
