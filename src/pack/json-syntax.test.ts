import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './json-syntax.ts';

const locate = (text: string) => {
  try {
    JSON.parse(text);
  } catch (err) {
    return jsonSyntaxError(err as Error, text);
  }
  throw new Error('parsed');
};

describe('jsonSyntaxError', () => {
  it('gives the line and column of the mistake, counting CRLF files right', () => {
    expect(locate('{\r\n  "type": "FeatureCollection",\r\n  features: []\r\n}')).toEqual({ line: 3, column: 3, what: 'propertyName' });
    expect(locate('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 3, column: 3, what: 'commaOrEnd' });
  });

  it('names a file cut short, at its end', () => {
    expect(locate('{\n  "features": [\n')).toMatchObject({ line: 3, what: 'end' });
  });

  it('says what kind of mistake without quoting the file', () => {
    const passwd = 'root:x:0:0:root:/root:/bin/bash\n';
    const found = locate(passwd);
    expect(found).toEqual({ line: 1, column: 1, what: 'token' });
    expect(JSON.stringify(found)).not.toContain('root');
  });
});
