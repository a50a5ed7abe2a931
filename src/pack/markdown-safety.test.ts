import { describe, expect, it } from 'vitest';
import { ALLOWED_SCHEMES, findUnsafeMarkup, markdownCheckSkippedForTest, urlScheme } from './markdown-safety.ts';

describe('findUnsafeMarkup', () => {
  it('passes plain Markdown, the allowed tags and code that shows tags as text', () => {
    expect(
      findUnsafeMarkup('# 标题\n\n[来源](https://example.org) ![图](a.png)\n\n<sup>1</sup> <abbr title="中国共产党">中共</abbr>\n\n`<script>` in code is text'),
    ).toEqual([]);
  });

  it.each([
    ['<script src="x.js"></script>', { kind: 'tag', name: 'script' }],
    ['<strong>一桥两山塘</strong>', { kind: 'tag', name: 'strong' }],
    ['<a href="#" onclick="go()">x</a>', { kind: 'tag', name: 'a' }],
    ['<sup\n  onmouseover="x()">hi</sup>', { kind: 'attribute', name: 'onmouseover' }],
    ['<abbr title="x" lang="en">x</abbr>', { kind: 'attribute', name: 'lang' }],
    ['[x](javascript:alert(1))', { kind: 'url', name: 'javascript' }],
    ['[x][ref]\n\n[ref]: JavaScript:alert(1)', { kind: 'url', name: 'javascript' }],
    ['![x](vbscript:msgbox)', { kind: 'url', name: 'vbscript' }],
    ['<!-- <iframe src="x"></iframe> -->', { kind: 'comment', name: 'iframe' }],
  ])('finds %s', (body, finding) => {
    expect(findUnsafeMarkup(body)).toContainEqual(expect.objectContaining(finding));
  });

  it('gives the line within the body, also inside a block of raw HTML', () => {
    expect(findUnsafeMarkup('一\n\n二\n\n<script>x</script>')[0]?.line).toBe(5);
    expect(findUnsafeMarkup('<sup>\n1</sup>\n<iframe>')).toEqual([{ line: 3, kind: 'tag', name: 'iframe' }]);
  });

  it('reports a tag once per line, not its closing tag again', () => {
    expect(findUnsafeMarkup('<div><div>x</div></div>')).toEqual([{ line: 1, kind: 'tag', name: 'div' }]);
  });
});

describe('urlScheme', () => {
  it.each([
    ['https://a.org', 'https'],
    ['  JavaScript:x', 'javascript'],
    ['\u0001java\tscr\nipt:x', 'javascript'],
    ['sites/a:b', undefined],
    ['?q=a:b', undefined],
    ['#a:b', undefined],
    ['../a', undefined],
    [':x', undefined],
  ])('%j -> %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });

  it('allows web, mail and phone links only', () => {
    expect([...ALLOWED_SCHEMES].sort()).toEqual(['http', 'https', 'mailto', 'tel']);
  });
});

describe('markdownCheckSkippedForTest', () => {
  it('needs vitest as well as the variable, so a build by hand never skips the check', () => {
    expect(markdownCheckSkippedForTest({ TEST_ONLY_SKIP_MARKDOWN_CHECK: '1' })).toBe(false);
    expect(markdownCheckSkippedForTest({ VITEST: 'true', TEST_ONLY_SKIP_MARKDOWN_CHECK: '1' })).toBe(true);
    expect(markdownCheckSkippedForTest({ VITEST: 'true' })).toBe(false);
  });
});
