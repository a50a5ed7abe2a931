/**
 * Offline search: after the first search, registers /search-sw.js, which keeps the index and this page's
 * files so that search keeps working without a network. The page learns it is ready through a message.
 */
import { sitePath } from '../site/paths.ts';

let registered = false;

export function keepSearchOffline(): void {
  if (registered || import.meta.env.DEV || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  registered = true;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'search-offline-ready') document.documentElement.dataset.searchOffline = 'ready';
  });
  navigator.serviceWorker
    .register(sitePath('search-sw.js'))
    .then(() => navigator.serviceWorker.ready)
    .then((reg) => {
      const own = performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => u.origin === location.origin && (u.pathname.startsWith(sitePath('_astro/')) || u.pathname.endsWith('.css')))
        .map((u) => u.pathname);
      reg.active?.postMessage({ type: 'search-precache', urls: [location.pathname, ...new Set(own)] });
    })
    .catch(() => {
      registered = false;
    });
}
