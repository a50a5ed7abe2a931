import { fromMarkdown } from 'mdast-util-from-markdown';

export interface UnsafeMarkup {
  /** 1-based line within the body. */
  line: number;
  /** What is not allowed: a tag, an attribute, a URL's scheme, or a tag hidden in an HTML comment. */
  kind: 'tag' | 'attribute' | 'url' | 'comment';
  /** The tag or attribute name, or the URL scheme, lowercased. */
  name: string;
}

const SCRIPT = /<\s*script\b/i;
const EVENT_HANDLER = /<[^>]*\s(on[a-z]+)\s*=/i;
const JS_URL = /^\s*(javascript|vbscript):/i;
const JS_URL_IN_HTML = /(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript):/i;

/**
 * Finds markup that would run script in a reader's browser: raw `<script>`, event-handler
 * attributes and `javascript:` URLs. Content is written by many hands; the build refuses it.
 */
export function findUnsafeMarkup(body: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  const tree = fromMarkdown(body);
  const visit = (node: { type: string; value?: string; url?: string; position?: { start: { line: number } }; children?: unknown[] }) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html' && node.value) {
      if (SCRIPT.test(node.value)) found.push({ line, kind: 'tag', name: 'script' });
      const handler = EVENT_HANDLER.exec(node.value);
      if (handler) found.push({ line, kind: 'attribute', name: (handler[1] as string).toLowerCase() });
      const url = JS_URL_IN_HTML.exec(node.value);
      if (url) found.push({ line, kind: 'url', name: (url[1] as string).toLowerCase() });
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url) {
      const url = JS_URL.exec(node.url);
      if (url) found.push({ line, kind: 'url', name: (url[1] as string).toLowerCase() });
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(tree as never);
  return found;
}
