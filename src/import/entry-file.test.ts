import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../pack/frontmatter.ts';
import { mergeEntry, renderEntry } from './entry-file.ts';

const data = {
  title: '转角湾',
  summary: '旧址：1927 年。',
  kind: 'red-heritage',
  regions: [{ province: '浙江省', city: '嘉兴市' }],
  location: { lon: 121.05, lat: 30.66, precision: 'approximate: village centre' },
  themes: ['红色传承', 'yes'],
  sources: ['seed-002', { ref: 'seed-002', note: '第五部分: 采访' }],
};

describe('renderEntry', () => {
  it('writes YAML that reads back to the same data, small maps on one line', () => {
    const text = renderEntry(data, '正文。');
    expect(text).toContain('location: { lon: 121.05, lat: 30.66, precision: "approximate: village centre" }\n');
    expect(text.endsWith('---\n正文。\n')).toBe(true);
    const parsed = parseMarkdownFile(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(data);
  });

  it('quotes what YAML would read as another type', () => {
    expect(parseMarkdownFile(renderEntry({ title: '2019', since: '2019', on: 'no' }, '')).data).toEqual({ title: '2019', since: '2019', on: 'no' });
  });
});

describe('mergeEntry', () => {
  const old = '---\ntitle: 转角湾老宅\nsummary: 人写的简介。\nkind: red-heritage\nopening: 9:00-17:00\n---\n人写的正文。\n\n第二段。\n';

  it('keeps the body, the fields the import does not set, and a written summary over a generated one', () => {
    const merged = mergeEntry('sites', old, { title: '转角湾', summary: '转角湾，位于浙江省。', kind: 'red-heritage' }, '', {
      replaceBody: false,
      generated: ['summary'],
    });
    expect(merged.kept).toEqual(['summary', 'opening']);
    expect(merged.text).toBe('---\ntitle: 转角湾\nsummary: 人写的简介。\nkind: red-heritage\nopening: 9:00-17:00\n---\n人写的正文。\n\n第二段。\n');
  });

  it('replaces the body only when asked', () => {
    expect(mergeEntry('sites', old, { title: '转角湾' }, '新正文。', { replaceBody: true }).text.endsWith('---\n新正文。\n')).toBe(true);
  });
});
