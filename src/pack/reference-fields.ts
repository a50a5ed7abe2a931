/**
 * Every field by which an entry names another entry, declared once. Validation (references.ts), the cross-links of
 * the entry pages (relations.ts), the map, search and the open-data exports all read this table, so they cannot
 * disagree about who belongs to what.
 */
import type { CollectionData, CollectionName } from './schemas.ts';

export interface ReferenceField {
  /** The collection whose entries hold the field. */
  from: CollectionName;
  /** Where the id sits in the entry's data; `*` steps into every item of a list. */
  path: readonly string[];
  /** The collection the id names. */
  to: CollectionName;
  /** The wider partnership: whoever belongs to this one belongs to that one too (田园五镇 within 1+6+4). */
  parent?: true;
  /** Naming the other makes the site a member of it (a partnership's sites, a site's partnerships, a band's members). */
  membership?: true;
}

export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  { from: 'sites', path: ['partnerships', '*'], to: 'partnerships', membership: true },
  { from: 'routes', path: ['stops', '*', 'site'], to: 'sites' },
  { from: 'routes', path: ['partnerships', '*'], to: 'partnerships' },
  { from: 'belts', path: ['bands', '*', 'members', '*'], to: 'sites', membership: true },
  { from: 'belts', path: ['partnership'], to: 'partnerships' },
  { from: 'transit', path: ['stops', '*', 'site'], to: 'sites' },
  { from: 'transit', path: ['partnerships', '*'], to: 'partnerships' },
  { from: 'partnerships', path: ['sites', '*'], to: 'sites', membership: true },
  { from: 'partnerships', path: ['parent'], to: 'partnerships', parent: true },
  { from: 'stories', path: ['sites', '*'], to: 'sites' },
  { from: 'stories', path: ['partnerships', '*'], to: 'partnerships' },
  { from: 'people', path: ['ties', '*', 'site'], to: 'sites' },
  { from: 'people', path: ['ties', '*', 'story'], to: 'stories' },
  { from: 'people', path: ['ties', '*', 'route'], to: 'routes' },
  { from: 'people', path: ['ties', '*', 'partnership'], to: 'partnerships' },
];

/** One id an entry names: where (the data path, for error lines), which collection, and by which field. */
export interface Reference {
  path: (string | number)[];
  to: CollectionName;
  id: string;
  field: ReferenceField;
}

/** The ids an entry's data name, in the order of the table and then of the data. */
export function referencesOf(collection: CollectionName, data: CollectionData[CollectionName]): Reference[] {
  const out: Reference[] = [];
  for (const field of REFERENCE_FIELDS) {
    if (field.from !== collection) continue;
    const walk = (value: unknown, rest: readonly string[], path: (string | number)[]) => {
      if (value === undefined || value === null) return;
      if (rest.length === 0) {
        if (typeof value === 'string') out.push({ path, to: field.to, id: value, field });
        return;
      }
      const [step, ...more] = rest;
      if (step === '*') {
        if (Array.isArray(value))
          value.forEach((item, i) => {
            walk(item, more, [...path, i]);
          });
      } else if (typeof value === 'object') walk((value as Record<string, unknown>)[step as string], more, [...path, step as string]);
    };
    walk(data, field.path, []);
  }
  return out;
}
