import { describe, expect, it } from 'vitest';
import { iframeSnippet, scriptSnippet } from './snippets.ts';

const base = { origin: 'https://example.org', path: '/embed/route/r1/', kind: 'route' as const, id: 'r1', label: '红色线路' };

describe('the snippets a department pastes', () => {
  it('name the frame by the custom title, else by what it shows', () => {
    expect(iframeSnippet({ ...base, params: { title: '某镇 "线路"' } })).toContain('title="某镇 &quot;线路&quot;"');
    expect(iframeSnippet({ ...base, params: {} })).toContain('title="红色线路"');
    expect(scriptSnippet({ ...base, params: { title: '某镇线路' } })).toContain('label="某镇线路"');
  });

  it('keep the widget’s address and height in the iframe', () => {
    const s = iframeSnippet({ ...base, params: { height: 300, list: true } });
    expect(s).toMatch(/^<iframe src="https:\/\/example\.org\/embed\/route\/r1\/\?[^"]*list=1[^"]*" /);
    expect(s).toContain('height="300"');
  });
});

describe('a site widget, whose address has its id already', () => {
  it('adds the parameters after an &', async () => {
    const { iframeSnippet, withQuery } = await import('./snippets.ts');
    expect(withQuery('/embed/site/?id=a', '?list=1')).toBe('/embed/site/?id=a&list=1');
    expect(withQuery('/embed/route/r1/', '?list=1')).toBe('/embed/route/r1/?list=1');
    expect(withQuery('/embed/site/?id=a', '')).toBe('/embed/site/?id=a');
    const html = iframeSnippet({ origin: 'https://example.org', path: '/embed/site/?id=a', kind: 'site', id: 'a', label: '山塘', params: { list: true } });
    expect(html).toContain('src="https://example.org/embed/site/?id=a&amp;list=1"');
  });
});
