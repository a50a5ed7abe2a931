import { describe, expect, it } from 'vitest';
import { explainProblem, isScriptType, problemOfResponse } from './worker-check.ts';

describe('the map worker file', () => {
  it('runs only from a JavaScript type', () => {
    expect(isScriptType('text/javascript; charset=utf-8')).toBe(true);
    expect(isScriptType('application/javascript')).toBe(true);
    expect(isScriptType('application/octet-stream')).toBe(false);
    expect(isScriptType(null)).toBe(false);
  });

  it('names what is wrong with a response', () => {
    expect(problemOfResponse(200, 'text/javascript')).toBeUndefined();
    expect(problemOfResponse(404, 'text/html')).toEqual({ kind: 'status', status: 404 });
    expect(problemOfResponse(200, 'application/octet-stream')).toEqual({ kind: 'type', type: 'application/octet-stream' });
    expect(problemOfResponse(200, null)).toEqual({ kind: 'type', type: '(none)' });
  });

  it('tells whoever deploys the site how to fix the MIME type on Apache and IIS', () => {
    const line = explainProblem({ kind: 'type', type: 'application/octet-stream' }, '/_astro/w.mjs');
    expect(line).toContain('/_astro/w.mjs');
    expect(line).toContain('AddType text/javascript .mjs');
    expect(line).toContain('mimeMap');
  });
});
