/**
 * YAML parse errors in the words of the mistake that caused them. The parser's own sentences ("Implicit keys need to
 * be on a single line") name its grammar, not what the writer typed (a full-width colon), so they never reach a writer
 * alone; and one slip that yields three parser errors on a line is reported once.
 */
import type { YAMLError } from 'yaml';
import type { PackMessages, Said } from './messages/index.ts';

export interface YamlProblem extends Said {
  /** 1-based line in the YAML text the errors came from. */
  line: number;
}

export function describeYamlErrors(errors: readonly YAMLError[], text: string, lineAt: (offset: number) => number, m: PackMessages): YamlProblem[] {
  const lines = text.split(/\r?\n/);
  const byLine = new Map<number, YamlProblem>();
  for (const error of errors) {
    const line = lineAt(error.pos[0]);
    if (byLine.has(line)) continue;
    byLine.set(line, { line, ...explain(error, lines[line - 1] ?? '', m) });
  }
  return [...byLine.values()];
}

function explain(error: YAMLError, lineText: string, m: PackMessages): Said {
  if (lineText.includes('：') && !/:\s/.test(lineText.split('：')[0] ?? '')) return m.yaml.fullWidthColon();
  switch (error.code) {
    case 'BLOCK_IN_FLOW':
      return m.yaml.colonInFlow();
    case 'BLOCK_AS_IMPLICIT_KEY':
      return m.yaml.colonInValue();
    case 'MULTILINE_IMPLICIT_KEY':
      return m.yaml.multiline();
    case 'DUPLICATE_KEY':
      return m.yaml.duplicateKey();
    case 'TAB_AS_INDENT':
      return m.yaml.tab();
    case 'BAD_INDENT':
      return m.yaml.indent();
    case 'MISSING_CHAR':
      return m.yaml.missingChar();
    case 'BAD_SCALAR_START':
      return m.yaml.badStart();
    default:
      return m.yaml.other(error.code);
  }
}
