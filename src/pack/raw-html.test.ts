import { describe, expect, it } from 'vitest';
import { scanRawHtml } from './raw-html.ts';

describe('scanRawHtml', () => {
  it('reads tags and attributes as a browser does: lowercased, quoted values may hold > and tags', () => {
    expect(scanRawHtml('<ABBR Title="a>b" data-x=\'<i>\' open/onclick=go()>x</abbr>')).toEqual([
      {
        type: 'start',
        offset: 0,
        name: 'abbr',
        attributes: [
          { name: 'title', value: 'a>b' },
          { name: 'data-x', value: '<i>' },
          { name: 'open', value: '' },
          { name: 'onclick', value: 'go()' },
        ],
        unclosed: false,
      },
      { type: 'end', offset: 50, name: 'abbr' },
    ]);
  });

  it('marks a tag that the fragment leaves open, even inside a quoted value', () => {
    expect(scanRawHtml('<sup onclick=x')).toMatchObject([{ name: 'sup', unclosed: true }]);
    expect(scanRawHtml('<sup title="x>')).toMatchObject([{ name: 'sup', unclosed: true }]);
  });

  it('ends comments where the HTML standard does and names the tags inside them', () => {
    expect(scanRawHtml('<!-- <script> -->')).toEqual([{ type: 'comment', offset: 0, hidden: [{ offset: 5, name: 'script' }] }]);
    expect(scanRawHtml('<!--><img>-->').map((t) => t.type)).toEqual(['comment', 'start']);
    expect(scanRawHtml('<!--->x<b>').map((t) => t.type)).toEqual(['comment', 'start']);
    expect(scanRawHtml('<!-- a --!><b>').map((t) => t.type)).toEqual(['comment', 'start']);
  });

  it('names declarations and bogus tags, and leaves text that only looks like a tag', () => {
    expect(scanRawHtml('<!DOCTYPE html><?php x ?></ b>1 < 2 <3')).toEqual([
      { type: 'other', offset: 0, name: '!doctype' },
      { type: 'other', offset: 15, name: '?php' },
      { type: 'other', offset: 25, name: '/' },
    ]);
  });
});
