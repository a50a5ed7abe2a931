import type { z } from 'zod';

export interface FieldIssue {
  path: PropertyKey[];
  message: string;
  hint?: string;
}

/** Turns zod issues into plain sentences a content writer can act on. */
export function describeZodIssues(error: z.ZodError, input: unknown, schema: z.ZodType): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const allowed = path.length === 0 ? topLevelKeys(schema) : undefined;
      for (const key of issue.keys) {
        out.push({
          path: [...path, key],
          message: `unknown field "${key}"`,
          hint: allowed ? `remove it or use one of: ${allowed.join(', ')}` : 'remove it or check its spelling',
        });
      }
      continue;
    }
    if (issue.code === 'invalid_value') {
      const value = valueAt(input, path);
      out.push({ path, message: `unknown value ${JSON.stringify(value)}`, hint: `use one of: ${issue.values.map(String).join(', ')}` });
      continue;
    }
    if (issue.code === 'invalid_type' && valueAt(input, path) === undefined) {
      out.push({ path, message: 'missing required field', hint: `add a ${issue.expected} value` });
      continue;
    }
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      out.push({ path, message: sizeMessage(issue, valueAt(input, path)) });
      continue;
    }
    out.push({ path, message: issue.message });
  }
  return out;
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  switch (issue.origin) {
    case 'array':
      return small ? `needs at least ${limit} item(s)` : `has more than ${limit} item(s)`;
    case 'string':
      return small ? (limit <= 1 ? 'must not be empty' : `must be at least ${limit} characters`) : `is longer than ${limit} characters`;
    case 'number':
      return `must be ${small ? '>=' : '<='} ${limit}, found ${String(value)}`;
    default:
      return issue.message;
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

function topLevelKeys(schema: z.ZodType): string[] | undefined {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : undefined;
}
