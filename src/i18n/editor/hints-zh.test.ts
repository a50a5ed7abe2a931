import { describe, expect, it } from 'vitest';
import { collectionConfig, type DecapField } from '../../editor/config.ts';
import { type Hints, schemaHints } from '../../editor/hints.ts';
import { COLLECTIONS } from '../../pack/schemas.ts';
import { hintsZhCN } from './hints-zh.ts';

const english = schemaHints();

/**
 * The owner/field pairs whose comment the editor shows, found by the editor's own generator: each comment is replaced by
 * its address, so a hint in the generated forms says which owner and field config.ts looked up. A list written here by
 * hand would not notice a new nested schema or a change in how config.ts picks owners.
 */
function shownHints(): Set<string> {
  const tagged: Hints = Object.fromEntries(
    Object.entries(english).map(([owner, fields]) => [owner, Object.fromEntries(Object.keys(fields).map((f) => [f, `${owner}.${f}`]))]),
  );
  const seen = new Set<string>();
  const walk = (fields: DecapField[]) => {
    for (const f of fields) {
      if (f.hint) seen.add(f.hint);
      walk(f.fields ?? []);
      if (f.field) walk([f.field]);
    }
  };
  for (const c of COLLECTIONS) walk(collectionConfig(c, { contentFolder: 'content', imagesFolder: 'images', sources: [], hints: tagged }).fields);
  const addresses = new Set(Object.values(tagged).flatMap((fields) => Object.values(fields)));
  return new Set([...seen].filter((h) => addresses.has(h)));
}

const shown = shownHints();
const chinese = Object.entries(hintsZhCN).flatMap(([owner, fields]) => Object.entries(fields).map(([field, hint]) => ({ at: `${owner}.${field}`, hint })));
const CJK = /[\u3400-\u9fff]/;

describe('Chinese field hints of the editor', () => {
  it('finds the hints of the collections and of the schemas nested in them, and none of the pack config', () => {
    for (const at of ['common.title', 'siteSchema.kind', 'pointSchema.precision', 'regionSchema.county', 'imageSchema.credit', 'personTieSchema.note'])
      expect(shown, at).toContain(at);
    expect([...shown].filter((at) => /^(packConfigSchema|sourceSchema|basemapLayerSchema|pmtilesSchema|packLabelsSchema)\./.test(at))).toEqual([]);
  });

  it('gives every field the editor shows an English comment for a one-line Chinese hint', () => {
    const missing = [...shown].filter((at) => {
      const [owner, field] = at.split('.') as [string, string];
      const hint = hintsZhCN[owner]?.[field];
      return !hint?.trim() || !CJK.test(hint) || /\n/.test(hint);
    });
    expect(missing).toEqual([]);
  });

  it('holds no hint for a field the editor does not show, so a renamed or removed field fails here', () => {
    expect(chinese.map((h) => h.at).filter((at) => !shown.has(at))).toEqual([]);
  });

  it('keeps the Chinese examples of the English comments as they are written', () => {
    const lost = chinese.flatMap(({ at, hint }) => {
      const [owner, field] = at.split('.') as [string, string];
      const words = english[owner]?.[field]?.match(/[\u3400-\u9fff]+/g) ?? [];
      return words.filter((w) => !hint.includes(w)).map((w) => `${at}: ${w}`);
    });
    expect(lost).toEqual([]);
  });
});
