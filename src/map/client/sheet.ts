/**
 * The /map/ page on a phone: the panel becomes a bottom sheet under the map with three heights (src/map/sheet.ts),
 * moved by its handle (tap, drag or keyboard), by opening a site, by the find box, and folded by Esc. The map ends
 * where the sheet begins (--sheet-height), so what it centres on is in sight. It does not run on under the sheet:
 * a scrolling sheet over the WebGL canvas left the map above it unpainted in Chromium's software compositor.
 * Wide screens, and pages without JavaScript, keep the panel beside (or below) the map.
 */
import { PHONE_QUERY } from '../../site/breakpoints.ts';
import { nextOnTap, type SheetState, sheetFor, sheetHeights, snapAfterDrag } from '../sheet.ts';

export function attachSheet(page: HTMLElement): void {
  const panel = page.querySelector<HTMLElement>('.map-panel');
  const handle = page.querySelector<HTMLButtonElement>('[data-sheet-handle]');
  if (!panel || !handle) return;
  const phone = window.matchMedia(PHONE_QUERY);
  let state: SheetState = 'peek';

  const set = (next: SheetState, { focus = false } = {}) => {
    state = next;
    if (!phone.matches) return;
    const h = sheetHeights(page.clientHeight)[next];
    panel.dataset.sheet = next;
    panel.style.height = `${h}px`;
    // MapLibre follows its container's size by itself.
    page.style.setProperty('--sheet-height', `${h}px`);
    handle.setAttribute('aria-expanded', String(next !== 'peek'));
    handle.dataset.state = next;
    if (focus) handle.focus();
  };
  let folded = false;
  const arrange = () => {
    if (phone.matches) {
      // On a phone the filters start folded, so the peek shows the count and the find box.
      if (!folded) page.querySelector('details.map-sheet')?.removeAttribute('open');
      folded = true;
      set(state);
    } else {
      delete panel.dataset.sheet;
      panel.style.height = '';
      page.style.removeProperty('--sheet-height');
    }
  };

  handle.addEventListener('click', () => {
    if (dragged) return;
    set(nextOnTap(state));
  });
  handle.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowUp') set(state === 'peek' ? 'half' : 'full');
    else if (e.key === 'ArrowDown') set(state === 'full' ? 'half' : 'peek');
    else return;
    e.preventDefault();
  });

  // Dragging the handle: the sheet follows the finger, then snaps.
  let dragged = false;
  let start: { y: number; h: number; t: number } | undefined;
  let last = { y: 0, t: 0 };
  handle.addEventListener('pointerdown', (e) => {
    if (!phone.matches) return;
    start = { y: e.clientY, h: panel.getBoundingClientRect().height, t: e.timeStamp };
    last = { y: e.clientY, t: e.timeStamp };
    dragged = false;
    handle.setPointerCapture(e.pointerId);
  });
  handle.addEventListener('pointermove', (e) => {
    if (!start) return;
    if (Math.abs(e.clientY - start.y) > 6) dragged = true;
    if (!dragged) return;
    panel.dataset.dragging = '';
    panel.style.height = `${Math.max(48, Math.min(page.clientHeight, start.h + start.y - e.clientY))}px`;
    last = { y: e.clientY, t: e.timeStamp };
  });
  const end = (e: PointerEvent) => {
    if (!start) return;
    delete panel.dataset.dragging;
    if (dragged) {
      const velocity = (last.y - e.clientY) / Math.max(1, e.timeStamp - last.t);
      set(snapAfterDrag(state, panel.getBoundingClientRect().height, velocity, page.clientHeight));
      // The click that follows a drag is not a tap.
      window.setTimeout(() => {
        dragged = false;
      });
    }
    start = undefined;
  };
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);

  // A site, a bus line or a stack opened from the map or the list (explorer's "map:detail") takes the sheet up to
  // half, with its details at the top.
  const detail = page.querySelector<HTMLElement>('#site-detail');
  page.addEventListener('map:detail', () => {
    if (!detail || !phone.matches) return;
    set(sheetFor(state, 'site-opened'));
    panel.scrollTo({ top: Math.max(0, detail.offsetTop - handle.offsetHeight - 8) });
  });
  // Whatever takes focus in a peeking sheet (the find box, a filter reached by Tab) gets room to be seen.
  panel.addEventListener('focusin', (e) => {
    if (phone.matches && state === 'peek' && e.target !== handle) set(sheetFor(state, 'find'));
  });
  panel.addEventListener('keydown', (e) => {
    // Esc inside a site's details closes the site first (explorer); from elsewhere in the sheet it folds the sheet.
    if (e.key !== 'Escape' || !phone.matches || state === 'peek' || e.defaultPrevented) return;
    if (detail && !detail.hidden && detail.contains(e.target as Node)) return;
    set(sheetFor(state, 'escape'), { focus: true });
  });

  phone.addEventListener('change', arrange);
  window.addEventListener('resize', () => phone.matches && set(state));
  arrange();
}
