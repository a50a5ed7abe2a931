import { describe, expect, it } from 'vitest';
import { headersFor } from './headers.ts';
import { checkAnswer, probes, report } from './verify.ts';

const site = new URL('https://map.example.org/');
const page = probes(undefined, undefined)[0]!;

describe('deploy:verify checks', () => {
  it('passes a page sent with the headers of headers.ts, compressed and in UTF-8', () => {
    const headers = new Headers({ ...headersFor('/'), 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'br' });
    expect(checkAnswer(page, { status: 200, headers }, site).filter((f) => !f.ok)).toEqual([]);
  });

  it('names each thing a bare host leaves out', () => {
    const bad = checkAnswer(page, { status: 200, headers: new Headers({ 'Content-Type': 'text/html' }) }, site).filter((f) => !f.ok);
    const words = bad.map((f) => f.what).join('\n');
    for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'X-Frame-Options', 'Content-Security-Policy', 'Cross-Origin-Resource-Policy'])
      expect(words).toContain(`${name} missing`);
    expect(words).toContain('no charset=utf-8');
    expect(words).toContain('not compressed');
    expect(report(bad, site.href)).toMatch(/problem\(s\)/);
  });

  it('flags a widget that refuses to be framed', () => {
    const widget = probes(undefined, undefined).find((p) => p.path === 'embed/map/')!;
    const headers = new Headers({ ...headersFor('/'), 'Content-Type': 'text/html; charset=utf-8' });
    const words = checkAnswer(widget, { status: 200, headers }, site)
      .filter((f) => !f.ok)
      .map((f) => f.what);
    expect(words).toContain('X-Frame-Options: SAMEORIGIN, expected none (it forbids the framing this path allows)');
  });
});
