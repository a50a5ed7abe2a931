/**
 * The second wall behind the Markdown check (markdown-safety.ts): the HTML rendered from a body is parsed as a
 * browser would (parse5), cut down by hast-util-sanitize (rehype-sanitize's core) to what Markdown itself renders
 * plus ALLOWED_HTML, and written out again, so that whatever the check missed, or a bypassed check let through,
 * reaches no page. Serialised anew, the fragment is also well formed: nothing in it can run into the page around it.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { type Schema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { ALLOWED_HTML, ALLOWED_SCHEMES, urlScheme } from './markdown-safety.ts';

/** Astro's marker on a local image (see safeImageMarker), and its name as the HTML parser gives it back. */
const ASTRO_IMAGE = '__ASTRO_IMAGE_';
const ASTRO_IMAGE_PARSED = ASTRO_IMAGE.toLowerCase();
const TASK_LIST = ['className', 'contains-task-list'] as const;
const CELL = [['style', /^text-align: (?:left|right|center)$/]] as const;

/**
 * What Astro's Markdown renderer (Sätteri, GitHub-flavoured) writes for headings, emphasis, links, images, lists
 * and task lists, tables, footnotes and code, attribute by attribute. Ids are kept as written (no `user-content-`
 * prefix): headings are linked to by their slug and the footnotes already carry the prefix.
 */
export const BODY_SCHEMA: Schema = {
  tagNames: [
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'ul', 'ol', 'li', 'input', 'pre', 'code'],
    ...['em', 'strong', 'del', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section', 'sup', 'br'],
    ...Object.keys(ALLOWED_HTML),
  ],
  attributes: {
    ...Object.fromEntries(Object.entries(ALLOWED_HTML).map(([tag, attributes]) => [tag, [...attributes]])),
    ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, ['id']])),
    h2: ['id', ['className', 'sr-only']],
    a: ['href', 'title', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
    img: ['src', 'alt', 'title', ASTRO_IMAGE_PARSED],
    ul: [[...TASK_LIST]],
    ol: ['start', [...TASK_LIST]],
    li: ['id', ['className', 'task-list-item']],
    input: [['type', 'checkbox'], 'checked', ['disabled', true]],
    code: [['className', /^language-[\w-]+$/]],
    th: CELL.map((a) => [...a]),
    td: CELL.map((a) => [...a]),
    section: ['dataFootnotes', ['className', 'footnotes']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: { thead: ['table'], tbody: ['table'], tr: ['table'], th: ['table'], td: ['table'], li: ['ul', 'ol'] },
  protocols: { href: [...ALLOWED_SCHEMES], src: ['http', 'https'] },
  clobber: [],
  // Removed with their content, which is code or markup rather than text to show.
  strip: ['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'noembed', 'noframes', 'xmp', 'textarea', 'title', 'plaintext'],
  allowComments: false,
  allowDoctypes: false,
};

/**
 * Astro's marker on an image of the pack (`![…](./a.png)`): JSON that Astro later spreads onto the `<img>` it
 * makes. The HTML parser lowercases its name; it is kept only with the keys the renderer writes, a local path and
 * text, and given back its name.
 */
function safeImageMarker(value: unknown): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(String(value));
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const { src, alt, title, index, inferSize, ...rest } = data as Record<string, unknown>;
  const text = (v: unknown) => v === undefined || typeof v === 'string';
  if (Object.keys(rest).length || typeof src !== 'string' || remote(src)) return undefined;
  if (!text(alt) || !text(title) || typeof index !== 'number' || (inferSize !== undefined && typeof inferSize !== 'boolean')) return undefined;
  return String(value);
}

/** An image address on another host: `https://…`, or `//…` (`\\` counts as `/` to browsers). */
const remote = (src: unknown) => typeof src === 'string' && (urlScheme(src) !== undefined || /^[\\/]{2}/.test(src.trim()));

/**
 * Images: Astro's markers get their name back; remote addresses are dropped, since the CSP (img-src 'self') would
 * block them anyway, and with an online basemap it lets its tile host through, which must not learn of readers.
 */
function finishImages(node: Nodes): void {
  if (node.type === 'element' && node.tagName === 'img') {
    const props = (node as Element).properties;
    if (remote(props.src)) delete props.src;
    if (ASTRO_IMAGE_PARSED in props) {
      const marker = safeImageMarker(props[ASTRO_IMAGE_PARSED]);
      delete props[ASTRO_IMAGE_PARSED];
      if (marker) props[ASTRO_IMAGE] = marker;
    }
  }
  if ('children' in node) for (const child of node.children) finishImages(child);
}

/** The rendered HTML of a body with everything outside BODY_SCHEMA removed. */
export function sanitizeBodyHtml(html: string): string {
  const tree = sanitize(fromHtml(html, { fragment: true }), BODY_SCHEMA) as Root;
  finishImages(tree);
  // Named references (&amp; &lt;), as the renderer writes them, so that safe bodies keep their bytes.
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}
