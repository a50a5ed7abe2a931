import { type Document, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { type PackMessages, type Said, zh } from './messages/index.ts';
import { describeYamlErrors } from './yaml-problems.ts';

export interface ParsedMarkdown {
  /** The frontmatter as plain data, or undefined when it could not be parsed. */
  data: unknown;
  /** The Markdown after the frontmatter. */
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** Parse errors with their 1-based file lines. */
  errors: (Said & { line: number })[];
  /** 1-based file line of a field path, or of the frontmatter start when the path is not there. */
  lineOf(path: readonly PropertyKey[]): number;
}

const FENCE = /^---\s*$/;

/** Splits `---` YAML frontmatter from the Markdown body, keeping file line numbers for every field. */
export function parseMarkdownFile(text: string, m: PackMessages = zh): ParsedMarkdown {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      errors: [{ line: 1, ...m.yaml.noFrontmatter() }],
      lineOf: () => 1,
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) {
    return {
      data: undefined,
      body: '',
      bodyLine: lines.length + 1,
      errors: [{ line: 1, ...m.yaml.unclosedFrontmatter() }],
      lineOf: () => 1,
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // Frontmatter line n is file line n + 1 (the opening fence is line 1).
  const fileLine = (offset: number) => counter.linePos(offset).line + 1;
  const errors = describeYamlErrors(doc.errors, yamlText, (offset) => counter.linePos(offset).line, m).map((e) => ({ ...e, line: e.line + 1 }));
  return {
    data: errors.length ? undefined : doc.toJS(),
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    errors,
    lineOf: (path) => nodeLine(doc, path, fileLine) ?? 1,
  };
}

function nodeLine(doc: Document, path: readonly PropertyKey[], fileLine: (offset: number) => number): number | undefined {
  // Walk up from the full path, so a missing field points at the nearest part that exists;
  // a mapping value points at its key's line.
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1) as unknown[], true);
    if (isMap(parent)) {
      const pair = parent.items.find((it) => isScalar(it.key) && it.key.value === path[n - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return fileLine(pair.key.range[0]);
    } else if (isSeq(parent)) {
      const item = parent.items[Number(path[n - 1])];
      if (isNode(item) && item.range) return fileLine(item.range[0]);
    }
  }
  const root = doc.contents;
  return isNode(root) && root.range ? fileLine(root.range[0]) : undefined;
}
