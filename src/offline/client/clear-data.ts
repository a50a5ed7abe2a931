/**
 * "清除本机保存的数据": removes from this browser what the site keeps of a reader (privacy.ts): the pages kept from
 * visits, saved routes and plans, and the plan in local storage. Done from the page, which reaches Cache Storage
 * and local storage itself: it works with no service worker running. The planner and the offline page hear
 * `dangjian:data-cleared` and empty themselves; reloading them instead would keep the reloaded page again.
 */
import { personalCaches, personalKeys } from '../privacy.ts';
import { SCOPE } from './worker.ts';

export const CLEARED_EVENT = 'dangjian:data-cleared';

export async function clearDeviceData(): Promise<void> {
  clearStorage();
  if ('caches' in window) await Promise.all(personalCaches(await caches.keys(), SCOPE).map((name) => caches.delete(name)));
  // The listeners run now (dispatchEvent is synchronous): whatever the planner writes as it empties goes too.
  window.dispatchEvent(new Event(CLEARED_EVENT));
  clearStorage();
}

function clearStorage(): void {
  try {
    const keys = personalKeys(Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? ''));
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // No storage (a private window may refuse it): nothing was kept there.
  }
}

/** Wires every "清除本机保存的数据" control of the page; the words come from its attributes. */
export function bindClearButtons(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-clear-data]')) {
    if (root.dataset.bound) continue;
    root.dataset.bound = '1';
    const button = root.querySelector<HTMLButtonElement>('button') as HTMLButtonElement;
    const status = root.querySelector<HTMLElement>('[data-clear-status]') as HTMLElement;
    root.hidden = false;
    button.addEventListener('click', async () => {
      if (!window.confirm(root.dataset.msgConfirm ?? '')) return;
      button.disabled = true;
      try {
        await clearDeviceData();
        for (const s of document.querySelectorAll<HTMLElement>('[data-clear-status]')) s.textContent = '';
        status.textContent = root.dataset.msgDone ?? '';
      } catch {
        status.textContent = root.dataset.msgFailed ?? '';
      } finally {
        button.disabled = false;
      }
    });
  }
}
