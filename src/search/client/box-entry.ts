/**
 * Runs on every page and stays tiny: `/` focuses search, and the first focus or keypress in the header
 * box loads the box code (box.ts), which then loads Pagefind.
 */
const box = document.querySelector<HTMLElement>('[data-search-box]');
const input = box?.querySelector<HTMLInputElement>('input[role="combobox"]');

let started = false;
function start(): void {
  if (started || !box) return;
  started = true;
  void import('./box.ts').then((m) => m.attachBox(box));
}

if (input) {
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('keydown', start, { once: true });
  if (document.activeElement === input) start();
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
  // The search page's own field takes `/` there; elsewhere the header box.
  const field = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? input;
  if (!field) return;
  event.preventDefault();
  // A folded header (a phone's) unfolds its search first: header.ts listens.
  field.dispatchEvent(new CustomEvent('search:reveal', { bubbles: true }));
  field.focus();
  field.select();
});
