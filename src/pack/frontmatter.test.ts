import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from './frontmatter.ts';
import { en, zh } from './messages/index.ts';

const file = ['---', 'title: 转角湾', 'location:', '  lon: 121.05', '  lat: 30.66', 'stops:', '  - site: a', '  - site: b', '---', '正文第一行', ''].join('\n');

describe('parseMarkdownFile', () => {
  it('splits frontmatter and body and keeps file lines', () => {
    const p = parseMarkdownFile(file);
    expect(p.errors).toEqual([]);
    expect(p.data).toEqual({ title: '转角湾', location: { lon: 121.05, lat: 30.66 }, stops: [{ site: 'a' }, { site: 'b' }] });
    expect(p.body.split('\n')[0]).toBe('正文第一行');
    expect(p.bodyLine).toBe(10);
  });

  it.each([
    [['title'], 2],
    [['location', 'lat'], 5],
    [['stops', 1, 'site'], 8],
    [['stops', 1], 8],
    [['missing'], 2],
  ] as const)('finds the line of %j: %i', (path, line) => {
    expect(parseMarkdownFile(file).lineOf(path)).toBe(line);
  });

  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    expect(parseMarkdownFile('---\nsigned: 2017-08-17\n---\n').data).toEqual({ signed: '2017-08-17' });
  });

  it('reports an unclosed frontmatter, a missing one and a duplicate key', () => {
    expect(parseMarkdownFile('---\ntitle: x\n').errors[0]?.message).toMatch(/字段区没有结束/);
    expect(parseMarkdownFile('title: x\n').errors[0]?.message).toMatch(/第一行必须是“---”/);
    expect(parseMarkdownFile('title: x\n', en).errors[0]?.message).toMatch(/no frontmatter/);
    const dup = parseMarkdownFile('---\ntitle: a\ntitle: b\n---\n');
    expect(dup.errors).toEqual([{ line: 3, ...zh.yaml.duplicateKey() }]);
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const p = parseMarkdownFile('\uFEFF---\r\ntitle: x\r\n---\r\nbody');
    expect(p.data).toEqual({ title: 'x' });
    expect(p.body).toBe('body');
  });
});
