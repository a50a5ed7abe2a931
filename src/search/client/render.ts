/** DOM pieces shared by the search box and the search page: text with <mark>s, built node by node (no HTML strings). */

import type { Hit } from '../hit.ts';
import { clipExcerpt, excerptParts, highlight, type Part, withoutTitles } from '../query.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function appendParts(parent: HTMLElement, parts: readonly Part[]): HTMLElement {
  for (const p of parts) parent.append(p.mark ? el('mark', undefined, p.text) : p.text);
  return parent;
}

/** The title of a hit with the query marked (Chinese words, pinyin, initials), and its English title when that is what matched. */
export function titleInto(parent: HTMLElement, hit: Hit, query: string): HTMLElement {
  const parts = highlight(hit.title, query, hit.pyt);
  appendParts(parent, parts);
  if (hit.en && !parts.some((p) => p.mark)) {
    const en = highlight(hit.en, query);
    if (en.some((p) => p.mark)) {
      const span = el('span', 'search-hit-en');
      span.lang = 'en';
      parent.append(' ', appendParts(span, en));
    }
  }
  return parent;
}

/**
 * The excerpt with the query marked. Pagefind marks each character of a Chinese query on its own (山 of 金山 for 山塘),
 * so for Chinese the words typed are marked again in the plain text; otherwise Pagefind's marks stay.
 */
export function excerptInto(parent: HTMLElement, hit: Hit, query: string): HTMLElement {
  const parts = clipExcerpt(withoutTitles(excerptParts(hit.excerpt), [hit.title, hit.en]));
  if (/\p{Script=Han}/u.test(query)) {
    const again = highlight(parts.map((p) => p.text).join(''), query);
    if (again.some((p) => p.mark)) return appendParts(parent, again);
  }
  return appendParts(parent, parts);
}
