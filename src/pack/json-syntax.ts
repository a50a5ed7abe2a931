/**
 * Where a JSON.parse error is and what kind it is, without its text: V8's messages quote the file ("Unexpected token
 * 'r', "root:x:0:0:"... is not valid JSON"), and a pack file's content must never be echoed into a log.
 */
export type JsonSyntaxKind = 'propertyName' | 'commaOrEnd' | 'end' | 'token' | 'string' | 'other';

export interface JsonSyntaxError {
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters. */
  column: number;
  what: JsonSyntaxKind;
}

const KINDS: [RegExp, JsonSyntaxKind][] = [
  [/double-quoted property name/i, 'propertyName'],
  [/Expected ',' or/i, 'commaOrEnd'],
  [/end of JSON input|Unexpected end/i, 'end'],
  [/Unterminated string|Bad control character|Bad escaped character/i, 'string'],
  [/Unexpected (token|non-whitespace|number|string)/i, 'token'],
];

export function jsonSyntaxError(error: Error, text: string): JsonSyntaxError {
  const what = KINDS.find(([pattern]) => pattern.test(error.message))?.[1] ?? 'other';
  const at = /at position (\d+)/.exec(error.message);
  const offset = at ? Number(at[1]) : what === 'end' ? text.length : 0;
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1] as string).length + 1, what };
}
