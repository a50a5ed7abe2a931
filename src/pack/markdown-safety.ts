/**
 * The check of Markdown bodies: only plain Markdown and a few inert HTML tags pass. Content is written by many
 * hands; `npm run check` and the build refuse everything else, with the line of the body and what was found.
 * The build also sanitizes the rendered HTML (sanitize-html.ts) with the same allow-list, in case this misses one.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { scanRawHtml } from './raw-html.ts';

export interface UnsafeMarkup {
  /** 1-based line within the body. */
  line: number;
  kind: 'tag' | 'attribute' | 'url' | 'comment';
  /**
   * tag: the tag name, lowercased (`meta`, or `!doctype`, `?`, `/` for declarations and bogus tags);
   * attribute: its name (`ontoggle`); url: the scheme (`javascript`); comment: the tag hidden in it.
   */
  name: string;
}

/**
 * The HTML a body may use, tag -> its allowed attributes. Each is inline text markup Chinese local history needs
 * now and then and Markdown has no syntax for: ruby for the reading of a rare character in a place name, sup/sub,
 * a line break inside a paragraph (a verse, an inscription), an abbreviation spelt out. None of them can load
 * anything, navigate, run script or style the page, and no allowed attribute holds a URL; every other tag,
 * links and images included, is written in Markdown.
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sup: [],
  sub: [],
  ruby: [],
  rt: [],
  rp: [],
  abbr: ['title'],
};

/** The schemes a Markdown link or image may use; relative URLs and #fragments have none and always pass. */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/**
 * The scheme of a URL as a browser reads it, lowercased: after dropping what browsers drop (leading C0 controls
 * and spaces; tabs and newlines anywhere). A colon after the first `/`, `?` or `#` is part of a relative URL.
 * Entities are already decoded in the Markdown tree.
 */
export function urlScheme(url: string): string | undefined {
  const stripped = url.replace(/[\t\n\r]/g, '');
  let start = 0;
  while (start < stripped.length && stripped.charCodeAt(start) <= 0x20) start++;
  const cleaned = stripped.slice(start);
  const colon = cleaned.indexOf(':');
  if (colon < 0) return undefined;
  const firstDelimiter = cleaned.search(/[/?#]/);
  if (firstDelimiter >= 0 && firstDelimiter < colon) return undefined;
  return cleaned.slice(0, colon).trim().toLowerCase() || undefined;
}

const allowedTag = (name: string) => Object.hasOwn(ALLOWED_HTML, name);

/** What in one raw-HTML node of the body is not allowed; `line` is that of the node's first line. */
function findInRawHtml(html: string, line: number): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  const lineAt = (offset: number) => line + (html.slice(0, offset).match(/\n/g)?.length ?? 0);
  for (const token of scanRawHtml(html)) {
    if (token.type === 'comment') {
      for (const hidden of token.hidden) found.push({ line: lineAt(hidden.offset), kind: 'comment', name: hidden.name });
    } else if (token.type === 'other' || !allowedTag(token.name) || (token.type === 'start' && token.unclosed)) {
      // An allowed tag left open is refused too: on the page it would run into the markup after it.
      found.push({ line: lineAt(token.offset), kind: 'tag', name: token.name });
    } else if (token.type === 'start') {
      const allowed = ALLOWED_HTML[token.name] ?? [];
      for (const a of token.attributes) if (!allowed.includes(a.name)) found.push({ line: lineAt(token.offset), kind: 'attribute', name: a.name });
    }
  }
  return found;
}

/**
 * Raw HTML starts with `<`, and a URL has a scheme only with a colon, which Markdown may also write as a character
 * reference (`&#58;`, `&colon;`) or escape (`\:`). A body with none of these needs no parse: at 10,000 sites the
 * parse took 5.5 s of reading the pack, and the generated bodies there, like most imported ones, hold none.
 */
const MAYBE_UNSAFE = /[<:&\\]/;

/**
 * Everything in a body beyond plain Markdown and ALLOWED_HTML: other tags (opening, closing, unclosed), attributes
 * not allowed on an allowed tag, tags hidden in comments, declarations, and link, image and definition URLs with a
 * scheme outside ALLOWED_SCHEMES. Read as GitHub-flavoured Markdown, as the site renders it, so that what a table
 * or footnote holds is seen too. Each finding once per line.
 */
export function findUnsafeMarkup(body: string): UnsafeMarkup[] {
  if (!MAYBE_UNSAFE.test(body)) return [];
  const found: UnsafeMarkup[] = [];
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') found.push(...findInRawHtml(node.value, line));
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const scheme = urlScheme(node.url);
      if (scheme !== undefined && !ALLOWED_SCHEMES.includes(scheme)) found.push({ line, kind: 'url', name: scheme });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.line} ${f.kind} ${f.name}`;
    return !seen.has(key) && seen.add(key);
  });
}

/**
 * TEST HOOK ONLY, not an option for users: the build test of hostile bodies (tests/build/markdown-safety.test.ts)
 * sets it to prove that the sanitizer alone keeps them off the pages. It needs vitest's own VITEST variable too,
 * so that no build run by hand can skip the check.
 */
export function markdownCheckSkippedForTest(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.VITEST !== undefined && env.TEST_ONLY_SKIP_MARKDOWN_CHECK === '1';
}
