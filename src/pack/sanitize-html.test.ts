import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { ACTIVE_HTML, HARMLESS_BODIES, HOSTILE_BODIES } from '../../tests/fixtures/hostile-markdown/corpus.ts';
import { sanitizeBodyHtml } from './sanitize-html.ts';

// The renderer the site uses (Astro's default processor), with the site's settings.
const renderer = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
const render = async (body: string) => (await renderer.render(body)).code;

describe('sanitizeBodyHtml', () => {
  it.each(HARMLESS_BODIES)('keeps the DOM of harmless Markdown as rendered: %s', async (body) => {
    const html = await render(body);
    // Same nodes; only the spelling of entities, empty attributes and void tags may differ, and comments go.
    const normal = (h: string) =>
      h
        .replace(/&gt;/g, '>')
        .replace(/(data-footnote-ref|data-footnotes)(?!=)/g, '$1=""')
        .replace(/<br\/>/g, '<br>')
        .replace(/<!--[\s\S]*?-->/g, '');
    expect(normal(sanitizeBodyHtml(html))).toBe(normal(html));
  });

  it.each(HOSTILE_BODIES.map((h) => [h.id, h.body] as const))('leaves nothing active of %s', async (_id, body) => {
    const html = sanitizeBodyHtml(await render(body));
    for (const pattern of ACTIVE_HTML) expect(html).not.toMatch(pattern);
    expect(html).not.toContain('evil.example/x');
  });

  it('drops the address of a remote image, which the CSP would block anyway, and keeps its text', async () => {
    expect(sanitizeBodyHtml(await render('![远程](https://example.org/a.png) ![远程](//example.org/a.png)'))).toBe(
      '<p><img alt="远程"> <img alt="远程"></p>\n',
    );
  });

  it('closes what a body leaves open, so nothing runs into the page after it', () => {
    expect(sanitizeBodyHtml('<p><sup>1<abbr title="a')).toBe('<p><sup>1</sup></p>');
  });

  it("keeps Astro's marker of a local image, with only the keys the renderer writes", async () => {
    const html = sanitizeBodyHtml(await render('![图](./a.png)'));
    expect(html).toMatch(/<img __ASTRO_IMAGE_="[^"]*a\.png/);
    const forged = `<img __ASTRO_IMAGE_='${JSON.stringify({ src: './a.png', index: 0, onerror: 'alert(1)' })}'>`;
    expect(sanitizeBodyHtml(forged)).toBe('<img>');
    expect(sanitizeBodyHtml(`<img __ASTRO_IMAGE_='${JSON.stringify({ src: 'javascript:x', index: 0 })}'>`)).toBe('<img>');
  });
});
