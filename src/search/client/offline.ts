/**
 * Offline search: after the first search, asks the site's service worker (src/offline/sw.ts, registered on every
 * page) to keep Pagefind's index, so that search keeps working without a network. The page learns it is ready
 * from the worker's answer.
 */
import { ask, offlineSupported } from '../../offline/client/worker.ts';

let asked = false;

export function keepSearchOffline(): void {
  if (asked || !offlineSupported()) return;
  asked = true;
  ask({ type: 'search-precache' })
    .then((reply) => {
      if (reply.type === 'search-offline-ready') document.documentElement.dataset.searchOffline = 'ready';
      else asked = false;
    })
    .catch(() => {
      asked = false;
    });
}
