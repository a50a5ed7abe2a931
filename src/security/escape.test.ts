import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../tests/fixtures/hostile.ts';
import { escapeMarkup } from './escape.ts';

/** Parses strictly: any error or warning throws, as a GPX reader or an SVG renderer would refuse the file. */
const parse = (xml: string) =>
  new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml').documentElement;

describe('escapeMarkup', () => {
  it('escapes the five markup characters, & first', () => {
    expect(escapeMarkup(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
  });

  it('keeps Chinese, line breaks and tabs as they are', () => {
    expect(escapeMarkup('明月山塘\n“一桥两岸”\t广陈镇')).toBe('明月山塘\n“一桥两岸”\t广陈镇');
  });

  it.each(HOSTILE)('keeps %j inside the element and the attributes it is written into', (hostile) => {
    const e = escapeMarkup(hostile);
    const a = parse(`<a title="${e}" t='${e}'>${e}</a>`);
    // What XML cannot hold is dropped; everything else reads back as written.
    const kept = [...hostile].filter((c) => c.charCodeAt(0) > 8).join('');
    expect(a?.getAttribute('title')).toBe(kept);
    expect(a?.getAttribute('t')).toBe(kept);
    expect(a?.textContent).toBe(kept);
  });
});
