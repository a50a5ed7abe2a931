import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { en, zh } from './messages/index.ts';
import { describeYamlErrors } from './yaml-problems.ts';

const explain = (text: string, m = zh) => {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  return describeYamlErrors(doc.errors, text, (offset) => counter.linePos(offset).line, m);
};

describe('describeYamlErrors', () => {
  it('names the slip, not the grammar rule', () => {
    expect(explain('title：山塘村\nsummary: x')).toEqual([{ line: 1, ...zh.yaml.fullWidthColon() }]);
    expect(explain('location: { lon: 121, lat: 30, precision: approximate: 村中心 }')).toEqual([{ line: 1, ...zh.yaml.colonInFlow() }]);
    expect(explain('kind: park\nprecision: approximate: 村中心')).toEqual([{ line: 2, ...zh.yaml.colonInValue() }]);
    expect(explain('a: 1\na: 2')).toEqual([{ line: 2, ...zh.yaml.duplicateKey() }]);
    expect(explain('a:\n\t- b')).toEqual([{ line: 2, ...zh.yaml.tab() }]);
    expect(explain('a: "x')).toEqual([{ line: 1, ...zh.yaml.missingChar() }]);
  });

  it('reports one slip once, though the parser raises three errors on its line', () => {
    expect(explain('- a\nb: 1')).toHaveLength(1);
  });

  it('keeps a full-width colon inside a value that has a field name of its own', () => {
    expect(explain('summary: 口号：不忘初心\nkind: a: b')).toEqual([{ line: 2, ...zh.yaml.colonInValue() }]);
  });

  it('speaks the language it is given', () => {
    expect(explain('title：山塘村\nkind: park', en)[0]?.message).toMatch(/full-width colon/);
  });
});
