/**
 * On every page: registers the service worker, keeps this page for offline use, shows the offline state and a
 * page served from the device, and offers a new version once it is waiting — never reloading by itself in the
 * middle of a visit. Written against the browser's API rather than workbox-window: the few lines needed here
 * cost a fifth of its 2 kB (gzip), which every page would carry.
 */
import { BASE } from '../../site/paths.ts';
import type { PageMessage } from '../messages.ts';
import { ask, fill, offlineSupported } from './worker.ts';

export function startOffline(): void {
  const root = document.querySelector<HTMLElement>('[data-offline-status]');
  if (!root) return;
  const banner = root.querySelector<HTMLElement>('[data-offline-banner]') as HTMLElement;
  const notice = root.querySelector<HTMLElement>('[data-update-notice]') as HTMLElement;
  const m = root.dataset;
  const fromCache = document.documentElement.dataset.servedFromCache;

  const showState = () => {
    const parts: string[] = [];
    if (!navigator.onLine) parts.push(m.msgOffline ?? '');
    if (fromCache !== undefined) {
      const date = fromCache ? new Date(fromCache) : undefined;
      const when = date && !Number.isNaN(date.getTime()) ? date.toLocaleString(document.documentElement.lang || undefined) : '';
      parts.push(fill(m.msgFromCache ?? '', { date: when }).replace('（）', ''));
    }
    banner.textContent = parts.join(' ');
    banner.classList.toggle('is-offline', !navigator.onLine);
    document.documentElement.toggleAttribute('data-offline', !navigator.onLine);
  };
  window.addEventListener('online', showState);
  window.addEventListener('offline', showState);
  showState();

  if (!offlineSupported()) return;
  let reloading = false;
  const offer = (waiting: ServiceWorker) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = m.msgReload ?? '';
    button.addEventListener('click', () => {
      reloading = true;
      button.disabled = true;
      waiting.postMessage({ type: 'skip-waiting' } satisfies PageMessage);
    });
    notice.replaceChildren(`${m.msgUpdate ?? ''} `, button);
  };
  // Reload only when the reader asked for the new version (another tab may have activated it).
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
  });
  navigator.serviceWorker
    .register(`${BASE}sw.js`, { scope: BASE })
    .then((registration) => {
      // A new build's worker waits while a page of the old one is open: found waiting now, or once installed.
      const watch = (worker: ServiceWorker | null) => {
        if (!worker || !navigator.serviceWorker.controller) return;
        if (worker.state === 'installed') offer(worker);
        else
          worker.addEventListener('statechange', () => {
            if (worker.state === 'installed') offer(worker);
          });
      };
      watch(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      return ask({ type: 'cache-page', url: window.location.href, resources: loadedResources() });
    })
    .then((reply) => {
      document.documentElement.dataset.offlineReady = reply.type === 'page-kept' ? reply.build : '';
      return ask({ type: 'resume' });
    })
    .catch(() => undefined);
}

/** Same-origin files this page has loaded so far (the worker keeps the data among them). */
function loadedResources(): string[] {
  const own = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.origin === window.location.origin)
    .map((u) => u.href);
  return [...new Set(own)];
}
