/**
 * The Decap CMS configuration of a pack, generated from the zod schemas (src/pack/schemas.ts): one collection per
 * pack collection, one field per schema field, with its constraints and its doc comment as the hint. Nothing is
 * written by hand per field, so a field added to a schema appears in the editor; config.test.ts checks the two agree.
 */
import { type ZodType, z } from 'zod';
import { type EditorStrings, editorZhCN } from '../i18n/editor/zh-CN.ts';
import { type UiStrings, zhCN } from '../i18n/zh-CN.ts';
import { REFERENCE_FIELDS } from '../pack/reference-fields.ts';
import * as schemas from '../pack/schemas.ts';
import {
  COLLECTIONS,
  type CollectionName,
  collectionSchemas,
  ID_PATTERN,
  partialDateSchema,
  pointSchema,
  regionSchema,
  sourceRefSchema,
} from '../pack/schemas.ts';
import type { Hints } from './hints.ts';

/** The custom format (client/format.ts) that reads and writes the pack's own Markdown + YAML. */
export const PACK_FORMAT = 'pack-md';
/** The custom widget (client/point-widget.ts) for a point: a click on the offline basemap, or pasted coordinates. */
export const POINT_WIDGET = 'pack-point';
/** The custom widget (client/regions-widget.ts) for a site's regions: the rows, and the outlines its point lies in. */
export const REGIONS_WIDGET = 'pack-regions';

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: DecapField[];
  field?: DecapField;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  summary?: string;
  modes?: string[];
  collapsed?: boolean;
  default?: unknown;
  choose_url?: boolean;
}

export interface DecapCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  create: true;
  extension: 'md';
  format: typeof PACK_FORMAT;
  identifier_field: 'id';
  slug: '{{slug}}';
  summary: string;
  fields: DecapField[];
}

export interface EditorConfigInput {
  /** The pack's content folder relative to its root (pack.yaml `paths.content`). */
  contentFolder: string;
  /** The pack's images folder relative to its root. */
  imagesFolder: string;
  /** Keys and titles of the sources pack.yaml lists, offered for an entry's `sources`. */
  sources: { key: string; title: string }[];
  hints: Hints;
  words?: EditorStrings;
  ui?: UiStrings;
}

export interface DecapConfig {
  backend: { name: 'proxy'; proxy_url: string };
  locale: string;
  load_config_file: false;
  media_folder: string;
  public_folder: string;
  publish_mode: 'simple';
  slug: { encoding: 'ascii'; clean_accents: true };
  collections: DecapCollection[];
}

/** Fields the editor adds that the frontmatter does not hold: the file name and the Markdown body. */
export const EDITOR_ONLY_FIELDS = ['id', 'body'] as const;

interface Ctx {
  collection: CollectionName;
  /** Data path of the field, `*` for list items, as REFERENCE_FIELDS writes it. */
  path: string[];
  /** Name of the schema const whose comments describe this level (`siteSchema`, `regionSchema`, …). */
  owner: string;
  input: EditorConfigInput;
  words: EditorStrings;
  ui: UiStrings;
}

type Def = { type: string; innerType?: ZodType; element?: ZodType; options?: ZodType[]; in?: ZodType; out?: ZodType; shape?: Record<string, ZodType> };
const defOf = (s: ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** A schema without its optional/default wrappers, and whether the field may be left out. */
export function unwrap(s: ZodType): { inner: ZodType; optional: boolean } {
  let inner = s;
  let optional = false;
  for (;;) {
    const d = defOf(inner);
    if ((d.type === 'optional' || d.type === 'default') && d.innerType) {
      optional = true;
      inner = d.innerType;
    } else return { inner, optional };
  }
}

/** Name of the exported schema const that is this very schema, for its doc comments. */
const NAMES = new Map<unknown, string>(Object.entries(schemas).map(([k, v]) => [v, k]));
/** The shared fields spread into every collection schema are commented under `common`. */
const COMMON = 'common';

type JsonLeaf = {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  type?: string;
  format?: string;
  minItems?: number;
  maxItems?: number;
};
const json = (s: ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as JsonLeaf;

function hintOf(ctx: Ctx, name: string): string | undefined {
  return ctx.input.hints[ctx.owner]?.[name] ?? (ctx.path.length === 1 ? ctx.input.hints[COMMON]?.[name] : undefined);
}

function labelOf(ctx: Ctx, name: string): string {
  return (ctx.words.fields as Record<string, string>)[name] ?? name;
}

function reference(ctx: Ctx): CollectionName | undefined {
  const path = ctx.path.join('.');
  return REFERENCE_FIELDS.find((f) => f.from === ctx.collection && f.path.join('.') === path)?.to;
}

function relation(to: CollectionName, multiple: boolean): Partial<DecapField> {
  return { widget: 'relation', collection: to, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], multiple };
}

function enumOptions(ctx: Ctx, name: string, values: readonly string[]): { label: string; value: string }[] {
  const labels: Record<string, Record<string, string>> = {
    kind: ctx.ui.siteKinds,
    modes: ctx.ui.modes,
    duration: ctx.ui.durations,
    type: ctx.ui.storyTypes,
  };
  return values.map((value) => ({ value, label: labels[name]?.[value] ? `${labels[name]?.[value]}（${value}）` : value }));
}

/** Decap checks a string against one pattern: the text rule (not blank, at most max) is written as one. */
function textPattern(ctx: Ctx, leaf: JsonLeaf): [string, string] | undefined {
  if (leaf.pattern) return [leaf.pattern, leaf.pattern === ID_PATTERN.source ? ctx.words.rules.id : ctx.words.rules.pattern];
  if (leaf.format === 'uri') return ['^https?://\\S+$', ctx.words.rules.url];
  const max = leaf.maxLength;
  return [`^(?=[\\s\\S]*\\S)[\\s\\S]{1,${max ?? ''}}$`, ctx.words.rules.text(max)];
}

function fieldOf(name: string, schema: ZodType, ctx: Ctx): DecapField {
  const { inner, optional } = unwrap(schema);
  const base: DecapField = { name, label: labelOf(ctx, name), widget: 'string', required: !optional };
  const hint = hintOf(ctx, name);
  if (hint) base.hint = hint;
  const d = defOf(inner);
  const to = reference(ctx);
  if (to) return { ...base, ...relation(to, false) };
  // A picture's file is uploaded into, or chosen from, the pack's images folder (Decap's media library on it).
  if (ctx.owner === 'imageSchema' && name === 'file') return { ...base, widget: 'image', choose_url: false };
  if (inner === pointSchema) return { ...base, widget: POINT_WIDGET, fields: objectFields(inner, { ...ctx, owner: 'pointSchema' }) };
  // A partial date is read as text or a year number, then checked as text: the editor writes the text.
  if (inner === partialDateSchema) return { ...base, pattern: [json(defOf(inner).out as ZodType).pattern as string, ctx.words.rules.pattern] };
  switch (d.type) {
    case 'string': {
      const leaf = json(inner);
      const long = (leaf.maxLength ?? 0) >= 300;
      return { ...base, widget: long ? 'text' : 'string', pattern: textPattern(ctx, leaf) };
    }
    case 'number': {
      const leaf = json(inner);
      return { ...base, widget: 'number', value_type: leaf.type === 'integer' ? 'int' : 'float', min: leaf.minimum, max: leaf.maximum };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', required: false };
    case 'enum':
      return { ...base, widget: 'select', options: enumOptions(ctx, name, (inner as unknown as { options: string[] }).options) };
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(inner, { ...ctx, owner: NAMES.get(inner) ?? ctx.owner }) };
    case 'array':
      return listField(base, inner, ctx);
    default:
      throw new Error(`src/editor/config.ts cannot map field ${ctx.collection}.${ctx.path.join('.')} (zod ${d.type}): teach fieldOf this kind`);
  }
}

function listField(base: DecapField, list: ZodType, ctx: Ctx): DecapField {
  const leaf = json(list);
  const element = defOf(list).element as ZodType;
  const bounds = { ...(leaf.minItems !== undefined ? { min: leaf.minItems } : {}), ...(leaf.maxItems !== undefined ? { max: leaf.maxItems } : {}) };
  const itemCtx = { ...ctx, path: [...ctx.path, '*'] };
  const to = reference(itemCtx);
  if (to) return { ...base, ...relation(to, true), ...bounds };
  const ed = defOf(element);
  if (ed.type === 'enum')
    return {
      ...base,
      widget: 'select',
      multiple: true,
      options: enumOptions(ctx, base.name, (element as unknown as { options: string[] }).options),
      ...bounds,
    };
  if (element === regionSchema) return { ...base, widget: REGIONS_WIDGET, ...bounds, fields: objectFields(element, { ...itemCtx, owner: 'regionSchema' }) };
  if (element === sourceRefSchema) return { ...base, widget: 'list', ...bounds, summary: '{{fields.ref}}{{fields.title}}', fields: sourceFields(itemCtx) };
  if (ed.type === 'object') {
    const owner = NAMES.get(element) ?? ctx.owner;
    return { ...base, widget: 'list', ...bounds, collapsed: false, fields: objectFields(element, { ...itemCtx, owner }) };
  }
  const item = fieldOf(base.name, element, itemCtx);
  delete item.hint;
  return { ...base, widget: 'list', ...bounds, field: { ...item, required: true } };
}

/**
 * A source is a key of pack.yaml's `sources` or an object (ref, title, url, note). Decap lists hold one shape, so the
 * editor offers the object and the pack format (client/format.ts) writes `{ ref }` alone back as the plain key.
 */
function sourceFields(ctx: Ctx): DecapField[] {
  const object = defOf(sourceRefSchema).options?.find((o) => defOf(o).type === 'object') as ZodType;
  const fields = objectFields(object, { ...ctx, owner: 'sourceRefSchema' });
  const keys = ctx.input.sources;
  return fields.map((f) =>
    f.name === 'ref' && keys.length
      ? { ...f, widget: 'select', pattern: undefined, options: keys.map((k) => ({ value: k.key, label: `${k.title}（${k.key}）` })) }
      : f,
  );
}

function objectFields(object: ZodType, ctx: Ctx): DecapField[] {
  const shape = defOf(object).shape ?? {};
  return Object.entries(shape).map(([name, s]) => clean(fieldOf(name, s, { ...ctx, path: [...ctx.path, name] })));
}

/** Decap reads `pattern: undefined` as a pattern: keys without a value are left out. */
function clean(f: DecapField): DecapField {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as DecapField;
}

/** Fields shown first, in this order; the rest follow in schema order. The point comes before the regions it proposes. */
const FIRST = ['title', 'summary', 'kind', 'date', 'type', 'location', 'regions'];

export function collectionConfig(collection: CollectionName, input: EditorConfigInput): DecapCollection {
  const words = input.words ?? editorZhCN;
  const ui = input.ui ?? zhCN;
  const schema = collectionSchemas[collection];
  const owner = NAMES.get(schema) as string;
  const ctx: Ctx = { collection, path: [], owner, input, words, ui };
  const fields = Object.entries(schema.shape).map(([name, s]) => clean(fieldOf(name, s as ZodType, { ...ctx, path: [name] })));
  const rank = (f: DecapField) => (FIRST.includes(f.name) ? FIRST.indexOf(f.name) : FIRST.length);
  fields.sort((a, b) => rank(a) - rank(b));
  const id: DecapField = {
    name: 'id',
    label: words.fields.id,
    widget: 'string',
    required: false,
    hint: words.idHint,
    pattern: [ID_PATTERN.source, words.rules.id],
  };
  const body: DecapField = { name: 'body', label: words.fields.body, widget: 'markdown', required: false, modes: ['raw'] };
  return {
    name: collection,
    label: ui.collections[collection],
    label_singular: words.singular[collection],
    folder: `${input.contentFolder}/${collection}`.replace(/^\.\//, ''),
    create: true,
    extension: 'md',
    format: PACK_FORMAT,
    identifier_field: 'id',
    slug: '{{slug}}',
    summary: '{{title}}',
    fields: [id, ...fields, body],
  };
}

export function editorConfig(input: EditorConfigInput, proxyUrl: string): DecapConfig {
  return {
    backend: { name: 'proxy', proxy_url: proxyUrl },
    locale: (input.words ?? editorZhCN).cmsLocale,
    load_config_file: false,
    media_folder: input.imagesFolder,
    public_folder: '',
    publish_mode: 'simple',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: COLLECTIONS.map((c) => collectionConfig(c, input)),
  };
}
