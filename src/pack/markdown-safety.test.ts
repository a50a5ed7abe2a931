import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from './markdown-safety.ts';

describe('findUnsafeMarkup', () => {
  it('passes ordinary Markdown with links, images and inline HTML', () => {
    expect(findUnsafeMarkup('# 标题\n\n[来源](https://example.org) ![图](a.png)\n\n<strong>一桥两山塘</strong>\n\n`<script>` in code is text')).toEqual([]);
  });

  it.each([
    ['<script src="x.js"></script>', 'raw <script> in Markdown'],
    ['<SCRIPT>alert(1)</SCRIPT>', 'raw <script> in Markdown'],
    ['<a href="#" onclick="go()">x</a>', 'event-handler attribute onclick= in Markdown'],
    ['<div\n  onmouseover="x()">hi</div>', 'event-handler attribute onmouseover= in Markdown'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript: URL in Markdown'],
    ['[x](javascript:alert(1))', 'javascript: URL in Markdown'],
    ['[x][ref]\n\n[ref]: JavaScript:alert(1)', 'javascript: URL in Markdown'],
    ['![x](vbscript:msgbox)', 'vbscript: URL in Markdown'],
  ])('finds %s', (body, message) => {
    expect(findUnsafeMarkup(body).map((f) => f.message)).toContain(message);
  });

  it('gives the line within the body', () => {
    expect(findUnsafeMarkup('一\n\n二\n\n<script>x</script>')[0]?.line).toBe(5);
  });
});
