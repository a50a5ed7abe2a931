/**
 * The phone header: below 700 px the menu and the search fold behind two buttons, so the bar stays one line
 * (at most 56 px) and the map keeps the screen. The fold is CSS (the <style> of layouts/Base.astro, under html[data-js]); this opens and
 * closes the panels. Without JavaScript the header stays unfolded and wraps.
 */
import { PHONE_QUERY } from '../breakpoints.ts';

const header = document.querySelector<HTMLElement>('[data-site-header]');
const narrow = window.matchMedia(PHONE_QUERY);

type Panel = 'menu' | 'search';

function toggles(h: HTMLElement): HTMLButtonElement[] {
  return [...h.querySelectorAll<HTMLButtonElement>('[data-header-toggle]')];
}

function open(h: HTMLElement, panel: Panel | undefined, { focus = true } = {}): void {
  const was = h.dataset.open as Panel | undefined;
  if (panel) h.dataset.open = panel;
  else delete h.dataset.open;
  for (const b of toggles(h)) b.setAttribute('aria-expanded', String(b.dataset.headerToggle === panel));
  if (!focus) return;
  if (panel === 'search') h.querySelector<HTMLInputElement>('#site-search input')?.focus();
  else if (panel === 'menu') h.querySelector<HTMLAnchorElement>('#site-menu a')?.focus();
  // Closing returns focus to the button that opened the panel, never to <body>.
  else if (was) h.querySelector<HTMLButtonElement>(`[data-header-toggle="${was}"]`)?.focus();
}

if (header) {
  // A panel left open on a phone is closed when the screen widens (the header unfolds).
  narrow.addEventListener('change', () => narrow.matches || open(header, undefined, { focus: false }));
  for (const b of toggles(header)) {
    b.addEventListener('click', () => {
      const panel = b.dataset.headerToggle as Panel;
      open(header, header.dataset.open === panel ? undefined : panel);
    });
  }
  header.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && header.dataset.open && narrow.matches) {
      // The search box closes its own result list first; a second Esc folds the panel.
      if (header.querySelector('[data-search-popup]:not([hidden])')) return;
      open(header, undefined);
    }
  });
  document.addEventListener('pointerdown', (e) => {
    if (header.dataset.open && !header.contains(e.target as Node)) open(header, undefined, { focus: false });
  });
  // The "/" shortcut (src/search/client/box-entry.ts) opens the folded search too.
  header.addEventListener('search:reveal', () => {
    if (narrow.matches && header.dataset.open !== 'search') open(header, 'search', { focus: false });
  });
}
