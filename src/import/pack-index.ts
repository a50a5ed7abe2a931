/** What the planner needs to know of the target pack, read from disk once before planning. */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { CONFIG_FILE, loadPack, type Pack } from '../pack/load.ts';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import { formatProblem } from '../pack/problems.ts';
import { readPackText } from '../pack/read-text.ts';
import { COLLECTIONS, type CollectionName } from '../pack/schemas.ts';
import { boundaryAreas } from './regions.ts';
import type { PackIndex } from './types.ts';

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (lstatSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

export function indexPack(rootDir: string, m: ImportMessages): { index: PackIndex; pack: Pack } {
  const root = resolve(rootDir);
  if (!existsSync(join(root, CONFIG_FILE))) throw new Error(m.run.noPack(root));
  const pack = loadPack(root, { lang: m.lang });
  // A missing content folder is fine (an empty pack: the import creates it); a broken pack.yaml is not.
  const configProblems = pack.problems.filter((p) => p.file === CONFIG_FILE && !p.field.startsWith('basemap') && p.field !== 'paths.content');
  if (configProblems.length) throw new Error(m.run.brokenConfig(configProblems.map(formatProblem).join('\n')));
  const rel = (p: string) => relative(root, p);
  const contentDir = join(root, pack.config.paths.content);
  const geoDir = join(root, pack.config.paths.geo);

  const files = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map<string, string>()])) as Record<CollectionName, Map<string, string>>;
  for (const c of COLLECTIONS) {
    for (const path of walk(join(contentDir, c))) if (extname(path) === '.md') files[c].set(basename(path, '.md'), rel(path));
  }

  // An entry or geometry the check cannot read as text (GBK, a link) hides the place it holds: importing past it
  // would write that place a second time.
  const loaded = new Set(COLLECTIONS.flatMap((c) => pack.entries[c].map((e) => e.file)));
  const unreadable = new Set(
    COLLECTIONS.flatMap((c) => [...files[c].values()]).filter((f) => !loaded.has(f) && !('text' in readPackText(join(root, f), root))),
  );

  const titles = new Map<string, string[]>();
  for (const c of COLLECTIONS) for (const e of pack.entries[c]) titles.set(e.data.title, [...(titles.get(e.data.title) ?? []), `${c}/${e.id}`]);

  const basemapFiles = new Set(pack.config.basemap.layers.map((l) => resolve(geoDir, l.file)));
  const geometryFiles = new Map<string, string>();
  const geoFileEntries = new Map<string, Set<string>>();
  for (const path of walk(geoDir)) {
    if (basemapFiles.has(path) || !/\.(geo)?json$/i.test(path)) continue;
    const refs = new Set<string>();
    try {
      const read = readPackText(path, root);
      if (!('text' in read)) unreadable.add(rel(path));
      const json = JSON.parse('text' in read ? read.text : '') as { features?: { properties?: { entry?: unknown } }[]; properties?: { entry?: unknown } };
      for (const f of json.features ?? [json]) if (typeof f.properties?.entry === 'string') refs.add(f.properties.entry);
    } catch {
      // An unreadable file is reported by the validator after the import; here it only holds its name.
    }
    geoFileEntries.set(rel(path), refs);
    for (const ref of refs) if (!geometryFiles.has(ref)) geometryFiles.set(ref, rel(path));
  }

  if (unreadable.size) {
    const lines = pack.problems.filter((p) => unreadable.has(p.file)).map(formatProblem);
    throw new Error(m.run.unreadable(unreadable.size, lines.join('\n')));
  }

  return {
    pack,
    index: {
      serviceArea: pack.config.serviceArea,
      sourceKeys: new Set(Object.keys(pack.config.sources)),
      files,
      sites: pack.entries.sites.map((s) => ({ id: s.id, title: s.data.title, wgs84: [s.data.location.lon, s.data.location.lat] })),
      titles,
      geometryFiles,
      geoFileEntries,
      areas: boundaryAreas(pack.basemap),
      contentDir: rel(contentDir) || '.',
      geoDir: rel(geoDir) || '.',
    },
  };
}
