/**
 * Sharing a route or a plan: QR codes drawn for the address the page is served from, "copy link", the
 * system share sheet where there is one, and "print". Only wires buttons; the QR drawing is qr.ts.
 */
import { qrSvg } from '../qr.ts';

/** Draws every QR placeholder under root that has no code yet (or all of them when `redraw`). */
export function fillQrCodes(root: ParentNode = document, redraw = false): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-qr]')) {
    if (!redraw && el.querySelector('svg')) continue;
    const href = new URL(el.dataset.qr ?? '/', window.location.href).href;
    el.innerHTML = qrSvg(href, el.dataset.qrLabel ?? href);
  }
}

export interface ShareBar {
  /** Shows `url` in the link box; the plan calls it after every change. */
  update(url: string): void;
}

/** Wires a `[data-share]` block: buttons with data-print, data-copy, data-native-share; a status; a link box. */
export function setupShare(root: HTMLElement, url: string = window.location.href): ShareBar {
  const status = root.querySelector<HTMLElement>('[data-share-status]');
  const box = root.querySelector<HTMLInputElement>('[data-share-link]');
  let current = url;
  const update = (u: string) => {
    current = u;
    if (box) box.value = u;
  };
  update(url);
  const say = (text: string | undefined) => {
    if (status) status.textContent = text ?? '';
  };
  root.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  root.querySelector('[data-copy]')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(current);
      say(root.dataset.msgCopied);
    } catch {
      say(root.dataset.msgCopyFailed);
      box?.focus();
      box?.select();
    }
  });
  const native = root.querySelector<HTMLButtonElement>('[data-native-share]');
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      navigator.share({ title: document.title, url: current }).catch(() => undefined);
    });
  }
  box?.addEventListener('focus', () => box.select());
  for (const el of root.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
  return { update };
}
