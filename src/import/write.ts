/** Carries out a plan: entry files and geometry files, never over a file the plan does not say it replaces. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mergeEntry, renderEntry } from './entry-file.ts';
import type { Plan, PlannedGeometry } from './plan.ts';
import type { PackIndex } from './types.ts';

export interface Written {
  /** Pack-relative path. */
  path: string;
  action: 'created' | 'replaced';
  /** Fields of the old entry kept on --force. */
  kept?: string[];
}

/** One feature per line: a track of thousands of points stays a few lines, not thousands. */
export function geojsonText(geometry: PlannedGeometry): string {
  const head = geometry.crs ? `  "crs": ${JSON.stringify(geometry.crs)},\n` : '';
  return `{\n  "type": "FeatureCollection",\n${head}  "features": [\n${geometry.features.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ]\n}\n`;
}

/** geo/<id>.geojson, unless another entry's geometry already has that name. */
export function geoPathFor(index: PackIndex, used: ReadonlySet<string>, collection: string, id: string): string {
  const free = (p: string) => !index.geoFileEntries.has(p) && !used.has(p);
  const plain = join(index.geoDir, `${id}.geojson`);
  if (free(plain)) return plain;
  for (let n = 1; ; n++) {
    const p = join(index.geoDir, `${id}-${collection}${n > 1 ? `-${n}` : ''}.geojson`);
    if (free(p)) return p;
  }
}

export function writePlan(root: string, plan: Plan, index: PackIndex, options: { replaceBody: boolean }): Written[] {
  const written: Written[] = [];
  const usedGeo = new Set<string>();
  const put = (path: string, text: string, action: Written['action'], kept?: string[]) => {
    const full = join(root, path);
    if (action === 'created' && existsSync(full)) throw new Error(`${path} appeared while importing; nothing was overwritten. Run the import again.`);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    written.push({ path, action, ...(kept?.length ? { kept } : {}) });
  };
  for (const entry of plan.entries) {
    if (entry.data) {
      if (entry.action === 'replace' && entry.target) {
        const merged = mergeEntry(entry.collection, readFileSync(join(root, entry.target), 'utf8'), entry.data, entry.body, {
          replaceBody: options.replaceBody,
          generated: entry.generated,
        });
        put(entry.target, merged.text, 'replaced', merged.kept);
      } else {
        put(join(index.contentDir, entry.collection, `${entry.id}.md`), renderEntry(entry.data, entry.body), 'created');
      }
    }
    if (entry.geometry) {
      const path = entry.geoTarget ?? geoPathFor(index, usedGeo, entry.collection, entry.id);
      usedGeo.add(path);
      put(path, geojsonText(entry.geometry), entry.geoTarget ? 'replaced' : 'created');
    }
  }
  return written;
}
