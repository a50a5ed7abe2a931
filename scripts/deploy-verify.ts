/** `npm run deploy:verify <url>`: checks a deployed copy of the site (src/deploy/verify.ts); exits 1 on any problem. */
import { report, verifySite } from '../src/deploy/verify.ts';

const site = process.argv[2];
if (!site || !/^https?:\/\//.test(site)) {
  console.error('usage: npm run deploy:verify https://your.site/ (the address the site is served at, with its sub-path)');
  process.exit(2);
}
const findings = await verifySite(site);
console.log(report(findings, site));
process.exit(findings.some((f) => !f.ok) ? 1 : 0);
