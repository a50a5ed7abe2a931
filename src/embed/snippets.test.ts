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
