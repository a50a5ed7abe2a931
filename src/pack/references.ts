/** Cross-entry checks: every id an entry names must exist, and every source key must be listed. */
import type { PackEntries, PackEntry } from './load.ts';
import { type PackMessages, type Said, zh } from './messages/index.ts';
import type { Problem } from './problems.ts';
import { referencesOf } from './reference-fields.ts';
import { type CollectionName, type PackConfig, type SourceRef, TIE_TARGETS } from './schemas.ts';

/**
 * `ids` holds every entry file of the pack, valid or not, so that a broken entry is not reported
 * again by each entry naming it. Without a usable config, source keys are not checked.
 */
export function checkReferences(
  entries: PackEntries,
  ids: Record<CollectionName, Set<string>>,
  config: PackConfig | undefined,
  m: PackMessages = zh,
): Problem[] {
  const problems: Problem[] = [];

  const report = (entry: PackEntry, path: PropertyKey[], said: Said): void => {
    problems.push({ file: entry.file, line: entry.lineOf(path), entry: `${entry.collection}/${entry.id}`, field: path.join('.'), ...said });
  };
  const ref = (entry: PackEntry, path: PropertyKey[], target: CollectionName, id: string | undefined) => {
    if (id === undefined || ids[target].has(id)) return;
    report(entry, path, m.references.notAnEntry(id, target));
  };

  for (const list of config ? (Object.values(entries) as PackEntry[][]) : []) {
    for (const entry of list) {
      for (const [at, sources] of sourceListsOf(entry.data))
        sources.forEach((source, i) => {
          const key = typeof source === 'string' ? source : source.ref;
          if (key !== undefined && config && !(key in config.sources)) {
            report(entry, [...at, i], m.references.sourceNotListed(key, Object.keys(config.sources)));
          }
          if (typeof source !== 'string' && key === undefined && source.title === undefined) {
            report(entry, [...at, i], m.references.sourceNeedsRefOrTitle());
          }
        });
    }
  }
  for (const list of Object.values(entries) as PackEntry[][])
    for (const entry of list) for (const r of referencesOf(entry.collection, entry.data)) ref(entry, r.path, r.to, r.id);
  for (const e of entries.belts) {
    const bandIds = new Set<string>();
    e.data.bands.forEach((band, b) => {
      if (bandIds.has(band.id)) report(e, ['bands', b, 'id'], m.references.duplicateBand(band.id));
      bandIds.add(band.id);
    });
  }
  for (const e of entries.transit) {
    e.data.stops.forEach((s, i) => {
      if (!s.site && !(s.name && s.location)) report(e, ['stops', i], m.references.stopWithoutPlace());
    });
  }
  for (const e of entries.partnerships) if (e.data.parent === e.id) report(e, ['parent'], m.references.ownParent());
  for (const e of entries.people)
    e.data.ties.forEach((tie, i) => {
      const named = TIE_TARGETS.filter((t) => tie[t] !== undefined);
      if (named.length !== 1) report(e, ['ties', i], m.references.tieTargets(named, TIE_TARGETS));
    });
  return problems;
}

/**
 * Every list of sources in an entry with its path: the entry's own `sources`, and those of its parts that cite their
 * own (a person's roles and ties), so that a tie's source key is checked like the entry's.
 */
export function sourceListsOf(data: unknown): [PropertyKey[], SourceRef[]][] {
  const out: [PropertyKey[], SourceRef[]][] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value))
      value.forEach((item, i) => {
        walk(item, [...path, i]);
      });
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (k === 'sources' && Array.isArray(v)) out.push([[...path, k], v as SourceRef[]]);
        else walk(v, [...path, k]);
      }
  };
  walk(data, []);
  return out;
}
