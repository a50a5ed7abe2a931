/** Cross-entry checks: every id an entry names must exist, and every source key must be listed. */
import type { PackEntries, PackEntry } from './load.ts';
import type { Problem } from './problems.ts';
import { referencesOf } from './reference-fields.ts';
import type { CollectionName, PackConfig, SourceRef } from './schemas.ts';

/**
 * `ids` holds every entry file of the pack, valid or not, so that a broken entry is not reported
 * again by each entry naming it. Without a usable config, source keys are not checked.
 */
export function checkReferences(entries: PackEntries, ids: Record<CollectionName, Set<string>>, config: PackConfig | undefined): Problem[] {
  const problems: Problem[] = [];

  const report = (entry: PackEntry, path: PropertyKey[], message: string, hint: string): void => {
    problems.push({ file: entry.file, line: entry.lineOf(path), entry: `${entry.collection}/${entry.id}`, field: path.join('.'), message, hint });
  };
  const ref = (entry: PackEntry, path: PropertyKey[], target: CollectionName, id: string | undefined) => {
    if (id === undefined || ids[target].has(id)) return;
    report(entry, path, `"${id}" is not an entry of ${target}`, `add ${target}/${id}.md or fix the id`);
  };

  for (const list of config ? (Object.values(entries) as PackEntry[][]) : []) {
    for (const entry of list) {
      (entry.data.sources as SourceRef[]).forEach((source, i) => {
        const key = typeof source === 'string' ? source : source.ref;
        if (key !== undefined && config && !(key in config.sources)) {
          report(
            entry,
            ['sources', i],
            `source "${key}" is not listed in pack.yaml`,
            `add it under sources: in pack.yaml, or use one of: ${Object.keys(config?.sources ?? {}).join(', ') || '(none yet)'}`,
          );
        }
        if (typeof source !== 'string' && key === undefined && source.title === undefined) {
          report(entry, ['sources', i], 'a source needs a ref to pack.yaml or a title', 'add ref: <key> or title: and url:');
        }
      });
    }
  }
  for (const list of Object.values(entries) as PackEntry[][])
    for (const entry of list) for (const r of referencesOf(entry.collection, entry.data)) ref(entry, r.path, r.to, r.id);
  for (const e of entries.belts) {
    const bandIds = new Set<string>();
    e.data.bands.forEach((band, b) => {
      if (bandIds.has(band.id)) report(e, ['bands', b, 'id'], `duplicate band id "${band.id}"`, 'give each band its own id');
      bandIds.add(band.id);
    });
  }
  for (const e of entries.transit) {
    e.data.stops.forEach((s, i) => {
      if (!s.site && !(s.name && s.location))
        report(e, ['stops', i], 'a stop needs a site, or a name and a location', 'add site: <id>, or name: and location:');
    });
  }
  for (const e of entries.partnerships)
    if (e.data.parent === e.id) report(e, ['parent'], 'a partnership cannot be its own parent', 'remove parent or name the wider partnership');
  return problems;
}
