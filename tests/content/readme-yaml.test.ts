/** The README's YAML examples are copied by people writing packs: each must parse, and be valid where it is a field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { imageSchema, packConfigSchema, pointSchema, regionSchema } from '../../src/pack/schemas.ts';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

/** Fenced ```yaml blocks, dedented (some sit in a list item). */
const blocks = [...README.matchAll(/^( *)```yaml\n([\s\S]*?)^\1```/gm)].map((m) =>
  (m[2] as string)
    .split('\n')
    .map((l) => l.slice((m[1] as string).length))
    .join('\n'),
);

/** The schema of each top-level field an example may show. */
const FIELDS: Record<string, z.ZodType> = {
  ...packConfigSchema.shape,
  regions: z.array(regionSchema).min(1),
  location: pointSchema,
  images: z.array(imageSchema),
  // Decap's Git backend for a team ("Editing in the browser"), as its documentation names the keys.
  backend: z.strictObject({
    name: z.enum(['gitea', 'gitlab', 'github']),
    repo: z.string().regex(/^[^/\s]+\/[^/\s]+$/),
    base_url: z.url(),
    api_root: z.url(),
    app_id: z.string().min(1),
  }),
};

describe("the README's YAML examples", () => {
  it('are there', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((b) => [b.split('\n')[0], b]))('%s … parses and each of its fields is valid', (_first, block) => {
    const data = parse(block) as Record<string, unknown>;
    for (const [field, value] of Object.entries(data)) {
      const schema = FIELDS[field];
      expect(schema, `no schema for ${field}`).toBeDefined();
      const result = schema?.safeParse(value);
      expect(result?.success, `${field}: ${JSON.stringify(result?.error?.issues)}`).toBe(true);
    }
  });

  it('write a point the way it parses, quoted inside { … }', () => {
    const inline = [...README.matchAll(/`(location: \{[^`]+\})`/g)].map((m) => m[1] as string);
    expect(inline.length).toBeGreaterThan(0);
    for (const example of inline) expect(pointSchema.safeParse((parse(example) as { location: unknown }).location).success, example).toBe(true);
  });
});
