/**
 * `npm run check`: validates the content pack at CONTENT_ROOT (default: this repository) and prints one line per
 * problem, in the pack's language (Chinese unless it says otherwise; `-- --lang en` for English). Exits 1 when there is any.
 * `npm run check -- --fix-encoding [pack]` first saves the pack's GBK and UTF-16 files as UTF-8.
 */

import { fixEncodings } from '../src/pack/fix-encoding.ts';
import { loadPack } from '../src/pack/load.ts';
import { formatProblem } from '../src/pack/problems.ts';
import { resolvePackRoot } from '../src/pack/root.ts';
import { COLLECTIONS } from '../src/pack/schemas.ts';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : undefined;
const folder = args.find((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1));

const root = resolvePackRoot(folder);
if (args.includes('--fix-encoding')) for (const line of fixEncodings(root, lang ? { lang } : {})) console.log(line);
const pack = loadPack(root, lang ? { lang } : {});
const m = pack.messages;
for (const note of pack.notes) console.log(`${m.summary.note}  ${formatProblem(note)}`);
// Probably wrong but maybe right: printed, never a reason to fail.
for (const warning of pack.warnings) console.log(`${m.summary.warning}  ${formatProblem(warning)}`);
const counts = COLLECTIONS.map((c) => m.summary.count(c, pack.entries[c].length)).join(m.summary.listSeparator);
if (pack.problems.length) {
  for (const p of pack.problems) console.error(formatProblem(p));
  console.error(`\n${m.summary.invalid(pack.problems.length, root, counts)}`);
  process.exit(1);
}
console.log(m.summary.valid(root, counts, pack.geometries.size, pack.basemap.length, pack.warnings.length));
