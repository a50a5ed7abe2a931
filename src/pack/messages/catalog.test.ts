import { describe, expect, it } from 'vitest';
import { en, zh } from './index.ts';

/** Notes tell what was fixed; every other message is a problem and must say what to do. */
const NOTES = new Set(['points.converted', 'geojson.crsConverted', 'geojson.windingFixed']);

/** One argument that serves as a word, a number, a list and a message alike, so every entry can be called. */
const ANY = Object.assign(['x', 'y'], { message: 'm', hint: 'h' });

function said(catalog: object, prefix = ''): [string, unknown][] {
  return Object.entries(catalog).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') return [[name, value(ANY, ANY, ANY, ANY)] as [string, unknown]];
    if (value && typeof value === 'object') return said(value, name);
    return [];
  });
}

describe.each([
  ['zh', zh],
  ['en', en],
])('the %s messages', (_, catalog) => {
  it('say what to do about every problem', () => {
    const problems = said(catalog).filter(([name, out]) => !NOTES.has(name) && typeof out === 'object' && out !== null && 'message' in out);
    expect(problems.length).toBeGreaterThan(80);
    for (const [name, out] of problems) expect((out as { hint?: string }).hint, name).toMatch(/\S/);
  });
});

describe('the catalogs', () => {
  it('have the same entries in both languages', () => {
    const keys = (c: object) => said(c).map(([name]) => name);
    expect(keys(en)).toEqual(keys(zh));
  });

  it('write Chinese in the Chinese catalog', () => {
    for (const [name, out] of said(zh)) {
      const text = typeof out === 'string' ? out : (out as { message?: string })?.message;
      // summary.count only puts a collection's label before its number, and x is no collection.
      if (text && name !== 'summary.count') expect(text, name).toMatch(/\p{Script=Han}/u);
    }
  });
});
