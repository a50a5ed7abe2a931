/**
 * Reads the raw HTML of a Markdown body the way a browser's tokenizer would (WHATWG "data state" and its tag,
 * attribute and comment states), so that the check judges what the browser will see, not what a regex guesses.
 * A fragment is read on its own: a tag left open at its end is marked, since on the page it would swallow the
 * markup that follows and become whatever that makes it.
 */

export interface RawAttribute {
  /** Lowercased, as the browser stores it. */
  name: string;
  value: string;
}

export type RawToken =
  | { type: 'start'; offset: number; name: string; attributes: RawAttribute[]; unclosed: boolean }
  | { type: 'end'; offset: number; name: string }
  /** `hidden`: the tags written inside the comment, which another parser might not take for a comment. */
  | { type: 'comment'; offset: number; hidden: { offset: number; name: string }[] }
  /** `<!doctype …>`, `<![CDATA[ …`, `<?…>` and `</ …>`: bogus comments or declarations, named by their opening. */
  | { type: 'other'; offset: number; name: string };

const SPACE = /[\t\n\f\r ]/;
const ALPHA = /[a-z]/i;
const HIDDEN_TAG = /<\/?([a-z][^\t\n\f\r />]*)/gi;

export function scanRawHtml(html: string): RawToken[] {
  const tokens: RawToken[] = [];
  let i = 0;
  const skipTo = (close: string, from: number): number => {
    const end = html.indexOf(close, from);
    return end < 0 ? html.length : end + close.length;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const { end, bodyEnd } = commentEnd(html, lt + 4);
      const hidden = [...html.slice(lt + 4, bodyEnd).matchAll(HIDDEN_TAG)].map((m) => ({
        offset: lt + 4 + (m.index ?? 0),
        name: (m[1] ?? '').toLowerCase(),
      }));
      tokens.push({ type: 'comment', offset: lt, hidden });
      i = end;
    } else if (next === '!' || next === '?') {
      const word = /^[a-z[]*/i.exec(html.slice(lt + 2))?.[0] ?? '';
      tokens.push({ type: 'other', offset: lt, name: `${next}${word.replace(/\[$/, '')}`.toLowerCase() });
      i = skipTo('>', lt + 2);
    } else if (next === '/') {
      if (ALPHA.test(html[lt + 2] ?? '')) {
        const [name, after] = tagName(html, lt + 2);
        tokens.push({ type: 'end', offset: lt, name });
        i = skipTo('>', after);
      } else {
        // `</>` is dropped by the browser; `</ x>` is a bogus comment. Either way it is not Markdown.
        tokens.push({ type: 'other', offset: lt, name: '/' });
        i = skipTo('>', lt + 2);
      }
    } else if (ALPHA.test(next)) {
      const [name, after] = tagName(html, lt + 1);
      const { attributes, end, unclosed } = readAttributes(html, after);
      tokens.push({ type: 'start', offset: lt, name, attributes, unclosed });
      i = end;
    } else {
      i = lt + 1;
    }
  }
  return tokens;
}

function tagName(html: string, from: number): [string, number] {
  let i = from;
  while (i < html.length && !SPACE.test(html[i] ?? '') && html[i] !== '/' && html[i] !== '>') i++;
  return [html.slice(from, i).toLowerCase(), i];
}

/** Where a comment opened before `from` ends: `<!-->` and `<!--->` close at once, else the first `-->` or `--!>`. */
function commentEnd(html: string, from: number): { end: number; bodyEnd: number } {
  if (html[from] === '>') return { end: from + 1, bodyEnd: from };
  if (html.startsWith('->', from)) return { end: from + 2, bodyEnd: from };
  const candidates = ['-->', '--!>'].map((close) => [html.indexOf(close, from), close.length] as const).filter(([at]) => at >= 0);
  if (!candidates.length) return { end: html.length, bodyEnd: html.length };
  const [at, length] = candidates.reduce((a, b) => (b[0] < a[0] ? b : a));
  return { end: at + length, bodyEnd: at };
}

function readAttributes(html: string, from: number): { attributes: RawAttribute[]; end: number; unclosed: boolean } {
  const attributes: RawAttribute[] = [];
  let i = from;
  const skipSpace = () => {
    while (i < html.length && SPACE.test(html[i] ?? '')) i++;
  };
  for (;;) {
    skipSpace();
    if (i >= html.length) return { attributes, end: i, unclosed: true };
    if (html[i] === '>') return { attributes, end: i + 1, unclosed: false };
    if (html[i] === '/') {
      i++;
      continue;
    }
    // A leading `=` belongs to the name (WHATWG before-attribute-name state).
    const start = i++;
    while (i < html.length && !SPACE.test(html[i] ?? '') && !'/>='.includes(html[i] ?? '')) i++;
    const name = html.slice(start, i).toLowerCase();
    skipSpace();
    let value = '';
    if (html[i] === '=') {
      i++;
      skipSpace();
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return { attributes: [...attributes, { name, value: html.slice(i + 1) }], end: html.length, unclosed: true };
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !SPACE.test(html[i] ?? '') && html[i] !== '>') i++;
        value = html.slice(valueStart, i);
      }
    }
    attributes.push({ name, value });
  }
}
