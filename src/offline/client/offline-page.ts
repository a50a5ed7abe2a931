/** The offline page: which page could not be opened, the saved routes and the pages kept from earlier visits. */
import { pagePath } from '../../site/paths.ts';
import { parseCacheName } from '../cache-names.ts';
import { isExpired } from '../privacy.ts';
import { CLEARED_EVENT } from './clear-data.ts';
import { savedList } from './saved-list.ts';
import { fill, SCOPE } from './worker.ts';

const MAX_VISITED = 40;

/** The offline page itself, in either language. */
const isOfflinePage = (pathname: string) => pagePath(pathname).slice(1) === 'offline/';

export function startOfflinePage(): void {
  void listOffline();
  // After "清除本机保存的数据" the lists are read again: empty, as the device now is.
  window.addEventListener(CLEARED_EVENT, () => void listOffline());
}

export async function listOffline(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-offline-page]');
  if (!root) return;
  // Served in place of another page: say that page is the one missing.
  const missing = !isOfflinePage(window.location.pathname);
  if (missing) {
    (root.querySelector('[data-offline-heading]') as HTMLElement).textContent = root.dataset.msgHeading ?? '';
    (root.querySelector('[data-offline-lead]') as HTMLElement).textContent = root.dataset.msgLead ?? '';
    root.dataset.missing = 'true';
  }
  if (!('caches' in window)) return;

  const saved = await savedList();
  const savedUl = root.querySelector<HTMLUListElement>('[data-offline-saved]') as HTMLUListElement;
  savedUl.replaceChildren(
    ...saved.routes.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      // A saved plan's address carries the plan.
      const u = new URL(r.href, SCOPE);
      a.href = u.pathname + u.search;
      a.textContent = r.title;
      const when = document.createElement('span');
      when.className = 'hint';
      when.textContent = ` ${fill(root.dataset.msgSavedOn ?? '', { date: new Date(r.savedAt).toLocaleDateString(document.documentElement.lang || undefined) })}`;
      li.append(a, when);
      return li;
    }),
  );
  (root.querySelector('[data-offline-saved-none]') as HTMLElement).hidden = saved.routes.length > 0;

  const visited = await visitedPages(root.dataset.siteTitle ?? '');
  const visitedUl = root.querySelector<HTMLUListElement>('[data-offline-visited]') as HTMLUListElement;
  visitedUl.replaceChildren(
    ...visited.map((p) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = p.path;
      a.textContent = p.title;
      li.append(a);
      return li;
    }),
  );
  (root.querySelector('[data-offline-visited-none]') as HTMLElement).hidden = visited.length > 0;
  root.dataset.listed = 'true';
}

/** Pages kept by the worker (this build's pages cache), titled from their own <title>. */
async function visitedPages(siteTitle: string): Promise<{ path: string; title: string }[]> {
  const suffix = ` · ${siteTitle}`;
  const names = (await caches.keys()).filter((n) => {
    const p = parseCacheName(n);
    return p?.kind === 'pages' && p.scope === SCOPE;
  });
  const out: { path: string; title: string }[] = [];
  for (const name of names) {
    const cache = await caches.open(name);
    for (const request of (await cache.keys()).slice(0, MAX_VISITED)) {
      const url = new URL(request.url);
      if (isOfflinePage(url.pathname) || out.some((p) => p.path === url.pathname)) continue;
      const kept = await cache.match(request);
      // Past its age the worker no longer serves it: not listed either (the worker deletes it on the next visit).
      if (!kept || isExpired(kept.headers, Date.now())) continue;
      const html = await kept.text();
      let title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? url.pathname;
      if (siteTitle && title.endsWith(suffix)) title = title.slice(0, -suffix.length);
      out.push({ path: url.pathname, title });
    }
  }
  return out;
}
