import type { z } from 'zod';
import { closest } from './closest.ts';
import { type PackMessages, zh } from './messages/index.ts';
import { BLANK } from './schemas.ts';

export interface FieldIssue {
  path: PropertyKey[];
  message: string;
  hint?: string;
}

/** The prefix schemas give a rule's message, so it is worded by the catalog (`fields.rules`), not by the schema. */
export const RULE = 'rule:';

/** Turns zod issues into plain sentences a content writer can act on, in the catalog's language. */
export function describeZodIssues(error: z.ZodError, input: unknown, schema: z.ZodType, m: PackMessages = zh): FieldIssue[] {
  const out: FieldIssue[] = [];
  const say = (path: PropertyKey[], said: { message: string; hint?: string }) => out.push({ path, ...said });
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    const value = valueAt(input, path);
    if (issue.message === BLANK) {
      say(path, m.fields.blank());
      continue;
    }
    if (issue.message.startsWith(RULE)) {
      const rule = m.fields.rules[issue.message.slice(RULE.length)];
      say(path, rule ?? m.fields.other(issue.message));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, path);
      for (const key of issue.keys) say([...path, key], m.fields.unknownField(key, path.length === 0 ? allowed : undefined, allowed && closest(key, allowed)));
      continue;
    }
    if (issue.code === 'invalid_value') {
      const values = issue.values.map(String);
      if (value === undefined) say(path, m.fields.missingChoice(values));
      else say(path, m.fields.unknownValue(JSON.stringify(value), values, typeof value === 'string' ? closest(value, values) : undefined));
      continue;
    }
    if (issue.code === 'invalid_type') {
      say(path, typeIssue(issue.expected, value, path, m));
      continue;
    }
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      say(path, sizeIssue(issue, value, String(path[path.length - 1] ?? ''), m));
      continue;
    }
    say(path, m.fields.other(issue.message));
  }
  return out;
}

function typeIssue(expected: string, value: unknown, path: PropertyKey[], m: PackMessages) {
  if (value === undefined) return m.fields.missing(expected);
  const received = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const field = String(path[path.length - 1] ?? '');
  // The two slips the writers make most: one region written without "- ", and a point pasted as "lon, lat" text.
  if (expected === 'array' && received === 'object') return m.fields.listGivenMapping(field);
  if (expected === 'object' && received === 'string' && /location$/i.test(field)) return m.fields.pointGivenText(field);
  return m.fields.wrongType(expected, received);
}

function sizeIssue(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown, field: string, m: PackMessages) {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  switch (issue.origin) {
    case 'array':
      return small ? m.fields.tooFewItems(limit, field) : m.fields.tooManyItems(limit);
    case 'string':
      return small ? (limit <= 1 ? m.fields.empty() : m.fields.tooShort(limit)) : m.fields.tooLong(limit);
    case 'number':
      return small ? m.fields.atLeast(limit, String(value)) : m.fields.atMost(limit, String(value));
    default:
      return m.fields.other(issue.message);
  }
}

export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** The fields of the object schema at `path`, for "use one of" and "did you mean". */
function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let s: unknown = schema;
  for (const key of path) {
    s = unwrap(s);
    const def = (s as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    if (def?.type === 'array') s = def.element;
    else if (def?.shape) s = def.shape[String(key)];
    else return undefined;
  }
  const shape = (unwrap(s) as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : undefined;
}

function unwrap(s: unknown): unknown {
  let cur = s as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined;
  while (cur?.def && (cur.def.type === 'optional' || cur.def.type === 'default' || cur.def.type === 'nullable' || cur.def.type === 'pipe')) {
    cur = (cur.def.innerType ?? cur.def.in) as typeof cur;
  }
  return cur;
}
