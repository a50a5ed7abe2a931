/**
 * The header's language link goes to the same page in the other language without JavaScript; with it, the page's
 * state in the address (map view and filters, search query, the plan) and its hash go along.
 */
import { isLocale, twinPath } from '../site/paths.ts';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.addEventListener('click', () => {
    const to = link.hreflang;
    // The 404 page links to the other language's home page, not to a twin of the missing address.
    if (!isLocale(to) || document.querySelector('[data-not-found]')) return;
    link.href = `${twinPath(window.location.pathname, to)}${window.location.search}${window.location.hash}`;
  });
}
