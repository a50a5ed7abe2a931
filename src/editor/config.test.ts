import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REFERENCE_FIELDS } from '../pack/reference-fields.ts';
import { COLLECTIONS, collectionSchemas } from '../pack/schemas.ts';
import { type DecapField, EDITOR_ONLY_FIELDS, editorConfig, POINT_WIDGET, REGIONS_WIDGET } from './config.ts';
import { parseHints, schemaHints } from './hints.ts';

const hints = schemaHints();
const config = editorConfig({ contentFolder: 'src/content', imagesFolder: 'images', sources: [{ key: 'seed-002', title: '来源' }], hints }, '/api/v1');

// The schema as JSON Schema: a second reading of the zod schemas, independent of the generator's walk over zod's internals.
type Json = {
  type?: string;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  enum?: string[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
};
const jsonOf = (c: (typeof COLLECTIONS)[number]) => z.toJSONSchema(collectionSchemas[c], { io: 'input', unrepresentable: 'any' }) as Json;

const isRef = (collection: string, path: string[]) => REFERENCE_FIELDS.some((f) => f.from === collection && f.path.join('.') === path.join('.'));

/** Every schema property has a field of the same name, required exactly when the schema requires it, of a matching kind. */
function agree(collection: string, schema: Json, fields: DecapField[], path: string[]): void {
  const props = schema.properties ?? {};
  const names = fields.map((f) => f.name).filter((n) => path.length || !(EDITOR_ONLY_FIELDS as readonly string[]).includes(n));
  expect(names.sort(), `${collection} ${path.join('.')}`).toEqual(Object.keys(props).sort());
  for (const [name, prop] of Object.entries(props)) {
    const f = fields.find((x) => x.name === name) as DecapField;
    const at = `${collection}.${[...path, name].join('.')}`;
    expect(f.required, at).toBe((schema.required ?? []).includes(name) && prop.type !== 'boolean');
    expect(f.label, at).toMatch(/[\u4e00-\u9fff]/);
    fieldAgrees(collection, prop, f, [...path, name], at);
  }
}

function fieldAgrees(collection: string, prop: Json, f: DecapField, path: string[], at: string): void {
  if (isRef(collection, path)) {
    expect(f.widget, at).toBe('relation');
    expect(f.multiple, at).toBe(false);
    return;
  }
  if (prop.type === 'array') {
    expect(f.min, at).toBe(prop.minItems);
    expect(f.max, at).toBe(prop.maxItems);
    const items = prop.items as Json;
    if (isRef(collection, [...path, '*'])) {
      expect([f.widget, f.multiple], at).toEqual(['relation', true]);
    } else if (items.enum) {
      expect([f.widget, f.multiple, f.options?.map((o) => o.value)], at).toEqual(['select', true, items.enum]);
    } else if (items.anyOf) {
      // A source: the plain key or the object; the form holds the object, the pack format writes a lone ref as the key.
      expect(f.widget, at).toBe('list');
      agree(collection, items.anyOf.find((o) => o.type === 'object') as Json, f.fields ?? [], [...path, '*']);
    } else if (items.type === 'object') {
      // A site's regions have their own widget (the rows, and the outlines its point lies in to fill them from).
      expect(f.widget, at).toBe(path.join('.') === 'regions' ? REGIONS_WIDGET : 'list');
      agree(collection, items, f.fields ?? [], [...path, '*']);
    } else {
      expect(f.widget, at).toBe('list');
      fieldAgrees(collection, items, f.field as DecapField, [...path, '*'], `${at}.*`);
    }
    return;
  }
  if (prop.type === 'object') {
    expect(['object', POINT_WIDGET], at).toContain(f.widget);
    agree(collection, prop, f.fields ?? [], path);
    return;
  }
  if (prop.enum) {
    expect([f.widget, f.options?.map((o) => o.value)], at).toEqual(['select', prop.enum]);
    return;
  }
  if (prop.type === 'boolean') {
    expect(f.widget, at).toBe('boolean');
    return;
  }
  if (prop.type === 'number' || prop.type === 'integer') {
    expect([f.widget, f.value_type, f.min, f.max], at).toEqual(['number', prop.type === 'integer' ? 'int' : 'float', prop.minimum, prop.maximum]);
    return;
  }
  if (prop.anyOf) {
    // A partial date (text, or a year as a number): the editor writes text matching the date rule.
    expect(f.pattern?.[0], at).toMatch(/\\d\{4\}/);
    return;
  }
  // A picture's file is chosen from, or uploaded into, the pack's images folder.
  if (path.at(-1) === 'file' && path.at(-3) === 'images') {
    expect(f.widget, at).toBe('image');
    return;
  }
  expect(['string', 'text', 'select'], at).toContain(f.widget);
  if (f.widget === 'select') return;
  if (prop.pattern) expect(f.pattern?.[0], at).toBe(prop.pattern);
  else if (prop.maxLength) expect(f.pattern?.[0], at).toContain(`{1,${prop.maxLength}}`);
}

describe('the editor configuration agrees with the schemas', () => {
  it.each(COLLECTIONS)('every field of %s, with its kind, required-ness, bounds, options and references', (c) => {
    const collection = config.collections.find((x) => x.name === c);
    expect(collection?.folder).toBe(`src/content/${c}`);
    agree(c, jsonOf(c), collection?.fields ?? [], []);
  });

  it('every reference of REFERENCE_FIELDS is chosen from the collection it names, never typed', () => {
    for (const ref of REFERENCE_FIELDS) {
      let fields = config.collections.find((c) => c.name === ref.from)?.fields ?? [];
      let f: DecapField | undefined;
      for (const step of ref.path.filter((s) => s !== '*')) {
        f = fields.find((x) => x.name === step);
        fields = f?.fields ?? [];
      }
      expect([f?.widget, f?.collection], ref.path.join('.')).toEqual(['relation', ref.to]);
    }
  });

  it("shows each field's doc comment as its hint", () => {
    const sites = config.collections.find((c) => c.name === 'sites')?.fields ?? [];
    expect(sites.find((f) => f.name === 'kind')?.hint).toBe(hints.siteSchema?.kind);
    expect(sites.find((f) => f.name === 'title')?.hint).toBe('The Chinese title shown everywhere.');
    const location = sites.find((f) => f.name === 'location');
    expect(location?.widget).toBe(POINT_WIDGET);
    expect(location?.fields?.find((f) => f.name === 'crs')?.hint).toBe(hints.pointSchema?.crs);
    const regions = sites.find((f) => f.name === 'regions');
    expect(regions?.fields?.find((f) => f.name === 'county')?.hint).toBe('County-level unit: 区, 县 or 县级市, e.g. 平湖市, 金山区.');
  });

  it("offers the pack's own sources by key", () => {
    const sources = config.collections[0]?.fields.find((f) => f.name === 'sources');
    expect(sources?.fields?.find((f) => f.name === 'ref')?.options).toEqual([{ value: 'seed-002', label: '来源（seed-002）' }]);
  });

  it('a schema field without a doc comment would go without a hint, so every collection field has one', () => {
    for (const c of config.collections)
      for (const f of c.fields) if (!(EDITOR_ONLY_FIELDS as readonly string[]).includes(f.name)) expect(f.hint, `${c.name}.${f.name}`).toBeTruthy();
  });
});

describe('parseHints', () => {
  it('reads one-line doc comments by the const they sit in', () => {
    const src = 'const a = z.object({\n  /** First. */\n  one: z.string(),\n  two: z.string(),\n});\nexport const b = {\n  /** Second. */\n  one: x,\n};';
    expect(parseHints(src)).toEqual({ a: { one: 'First.' }, b: { one: 'Second.' } });
  });
});
