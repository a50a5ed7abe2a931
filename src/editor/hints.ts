/**
 * The doc comments of src/pack/schemas.ts, read from its source: zod keeps no comments at run time, and the editor
 * shows each field's comment as its hint, so the two are written once, in the schema.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** `const name` in schemas.ts → field → its one-line doc comment. */
export type Hints = Record<string, Record<string, string>>;

const DECLARATION = /^(?:export\s+)?const\s+(\w+)\s*=/;
const FIELD = /^\s+(\w+)\s*:/;
const ONE_LINE_DOC = /^\s*\/\*\*\s*(.*?)\s*\*\/\s*$/;

export function parseHints(source: string): Hints {
  const out: Hints = {};
  let owner: string | undefined;
  let doc: string | undefined;
  for (const line of source.split(/\r?\n/)) {
    const declared = DECLARATION.exec(line);
    if (declared?.[1]) {
      owner = declared[1];
      doc = undefined;
      continue;
    }
    const comment = ONE_LINE_DOC.exec(line);
    if (comment?.[1] !== undefined) {
      doc = comment[1];
      continue;
    }
    const field = FIELD.exec(line);
    if (field?.[1] && doc !== undefined && owner) {
      const fields = out[owner] ?? {};
      fields[field[1]] = doc;
      out[owner] = fields;
    }
    if (line.trim() && !line.trim().startsWith('//')) doc = undefined;
  }
  return out;
}

export const SCHEMAS_FILE = resolve(import.meta.dirname, '../pack/schemas.ts');

export function schemaHints(): Hints {
  return parseHints(readFileSync(SCHEMAS_FILE, 'utf8'));
}
