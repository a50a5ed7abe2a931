/**
 * `npm run check`: validates the content pack at CONTENT_ROOT (default: this repository)
 * and prints one line per problem. Exits 1 when there is any.
 */

import { loadPack } from '../src/pack/load.ts';
import { formatProblem } from '../src/pack/problems.ts';
import { resolvePackRoot } from '../src/pack/root.ts';
import { COLLECTIONS } from '../src/pack/schemas.ts';

const root = resolvePackRoot(process.argv[2]);
const pack = loadPack(root);
for (const note of pack.notes) console.log(`note  ${formatProblem(note)}`);
const counts = COLLECTIONS.map((c) => `${pack.entries[c].length} ${c}`).join(', ');
if (pack.problems.length) {
  for (const p of pack.problems) console.error(formatProblem(p));
  console.error(`\n${pack.problems.length} problem(s) in ${root} (${counts}). Fix them and run npm run check again.`);
  process.exit(1);
}
console.log(`Pack ${root} is valid: ${counts}, ${pack.geometries.size} geometries, ${pack.basemap.length} basemap layers.`);
