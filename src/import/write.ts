/** Carries out a plan: entry files and geometry files, never over a file the plan does not say it replaces. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import { packMessages } from '../pack/messages/index.ts';
import { describeTextFailure, readPackText } from '../pack/read-text.ts';
import { mergeEntry, renderEntry } from './entry-file.ts';
import type { Plan, PlannedGeometry } from './plan.ts';
import { SaidError } from './said-error.ts';
import type { PackIndex } from './types.ts';

export interface Written {
  /** Pack-relative path. */
  path: string;
  action: 'created' | 'replaced';
  /** Fields of the old entry kept on --force. */
  kept?: string[];
  /** On --force: the old body replaced by the import's, or kept. */
  body?: 'replaced' | 'kept';
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

/** An entry to merge into, as the check reads it (BOM dropped); indexPack has already stopped at one it cannot read. */
function readTarget(root: string, target: string, m: ImportMessages): string {
  const read = readPackText(join(root, target), root);
  if ('text' in read) return read.text;
  const said = describeTextFailure(read, packMessages(m.lang));
  throw new Error(`${target}: ${said.message}（${said.hint ?? ''}）`);
}

export function writePlan(root: string, plan: Plan, index: PackIndex, options: { replaceBody: boolean; m: ImportMessages }): Written[] {
  const written: Written[] = [];
  const usedGeo = new Set<string>();
  const put = (path: string, text: string, action: Written['action'], kept?: string[], body?: 'replaced' | 'kept' | 'none') => {
    const full = join(root, path);
    if (action === 'created' && existsSync(full)) throw new SaidError(options.m.write.appeared(path));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    written.push({ path, action, ...(kept?.length ? { kept } : {}), ...(body && body !== 'none' ? { body } : {}) });
  };
  for (const entry of plan.entries) {
    if (entry.data) {
      if (entry.action === 'replace' && entry.target) {
        const merged = mergeEntry(entry.collection, readTarget(root, entry.target, options.m), entry.data, entry.body, {
          replaceBody: options.replaceBody,
          generated: entry.generated,
        });
        put(entry.target, merged.text, 'replaced', merged.kept, merged.body);
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
