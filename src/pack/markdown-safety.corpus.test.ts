import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARMLESS_BODIES, HOSTILE_BODIES, STORY_BODY_LINE, storyFile } from '../../tests/fixtures/hostile-markdown/corpus.ts';
import { ROOT } from '../../tests/support/dist.ts';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from './load.ts';
import { findUnsafeMarkup } from './markdown-safety.ts';

describe('the hostile Markdown corpus', () => {
  it('holds at least 40 bodies, each with its own id', () => {
    expect(HOSTILE_BODIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_BODIES.map((h) => h.id)).size).toBe(HOSTILE_BODIES.length);
  });

  it.each(HOSTILE_BODIES.map((h) => [h.id, h] as const))('%s is reported on its line', (_id, { body, line }) => {
    expect(findUnsafeMarkup(body).map((f) => f.line)).toContain(line);
  });

  it('every body is a problem of `npm run check`, on its line of the file', () => {
    const dir = scenarioPack('base');
    mkdirSync(join(dir, 'content/stories'), { recursive: true });
    for (const { id, body } of HOSTILE_BODIES) writeFileSync(join(dir, `content/stories/${id}.md`), storyFile(id, body));
    const problems = loadPack(dir).problems;
    for (const { id, line } of HOSTILE_BODIES) {
      const lines = problems.filter((p) => p.entry === `stories/${id}` && p.field === 'body').map((p) => p.line);
      expect(lines, id).toContain(STORY_BODY_LINE + line - 1);
    }
  });
});

describe('harmless Markdown', () => {
  it.each(HARMLESS_BODIES)('passes: %s', (body) => {
    expect(findUnsafeMarkup(body)).toEqual([]);
  });

  it.each(['.', 'examples/tongwulang'])('every body of the shipped pack %s passes', (pack) => {
    const { entries } = loadPack(join(ROOT, pack));
    const bodies = Object.values(entries).flat();
    expect(bodies.length).toBeGreaterThan(0);
    for (const entry of bodies) expect(findUnsafeMarkup(entry.body), entry.file).toEqual([]);
  });
});
