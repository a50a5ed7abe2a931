/**
 * The header's language link goes to the same page in the other language without JavaScript; with it, the page's
 * state in the address (map view and filters, search query, the plan) and its hash go along.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.addEventListener('click', () => {
    const target = new URL(link.href);
    target.search = window.location.search;
    target.hash = window.location.hash;
    link.href = target.href;
  });
}
