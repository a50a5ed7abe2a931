import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from './markdown-safety.ts';

describe('findUnsafeMarkup', () => {
  it('passes ordinary Markdown with links, images and inline HTML', () => {
    expect(findUnsafeMarkup('# 标题\n\n[来源](https://example.org) ![图](a.png)\n\n<strong>一桥两山塘</strong>\n\n`<script>` in code is text')).toEqual([]);
  });

  it.each([
    ['<script src="x.js"></script>', 'tag script'],
    ['<SCRIPT>alert(1)</SCRIPT>', 'tag script'],
    ['<a href="#" onclick="go()">x</a>', 'attribute onclick'],
    ['<div\n  onmouseover="x()">hi</div>', 'attribute onmouseover'],
    ['<a href="javascript:alert(1)">x</a>', 'url javascript'],
    ['[x](javascript:alert(1))', 'url javascript'],
    ['[x][ref]\n\n[ref]: JavaScript:alert(1)', 'url javascript'],
    ['![x](vbscript:msgbox)', 'url vbscript'],
  ])('finds %s', (body, message) => {
    expect(findUnsafeMarkup(body).map((f) => `${f.kind} ${f.name}`)).toContain(message);
  });

  it('gives the line within the body', () => {
    expect(findUnsafeMarkup('一\n\n二\n\n<script>x</script>')[0]?.line).toBe(5);
  });
});
