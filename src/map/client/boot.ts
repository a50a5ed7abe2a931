/**
 * The only map code every map page loads. Until MapLibre is there the build's static SVG stands in the map's place.
 * - On /map/ the list, the filters and the panel come first (explorer.ts, no map library); MapLibre follows on the
 *   reader's first touch, key or wheel, or, on a wide screen, once the page has been idle a moment, so it never
 *   blocks the first tap. On a phone the static map stands until that first touch: MapLibre's start is seconds of
 *   main-thread work on a phone's CPU (Lighthouse's mobile run counted 7.8 s of blocking time when it started at
 *   idle), which a reader who only reads the list should not pay.
 * - A widget starts its map at once: it is the whole page.
 * - A map inside a page waits until the reader uses it.
 */

import { focusFromAddress } from '../../embed/client/site-widget.ts';
import { PHONE_QUERY } from '../../site/breakpoints.ts';
import type { SitesFile } from '../sites-file.ts';
import type { SiteFeature } from '../types.ts';
import type { ClientConfig } from './controller.ts';

export function bootMaps(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-map]')) {
    if (el.dataset.booted) continue;
    el.dataset.booted = '1';
    focusFromAddress(el);
    const mount = (given?: Parameters<typeof import('./mount.ts').mountMap>[1]) => {
      if (el.dataset.started) return;
      el.dataset.started = '1';
      // The benchmark's marks: when the map library was asked for, and (startExplorer) when the list could be used.
      performance.mark('dangjian:map-start');
      import('./mount.ts').then((m) => m.mountMap(el, given)).catch((err: unknown) => showFailure(el, err));
    };
    if (el.dataset.map === 'full') {
      const explorer = startExplorer(el);
      explorer.catch((err: unknown) => showFailure(el, err));
      // Listened for from the start: a touch made while the list still loads starts the map once the list is there.
      whenIdleOrUsed(el, () => explorer.then(mount, () => undefined));
      continue;
    }
    if (el.dataset.eager === 'true') {
      mount();
      continue;
    }
    const button = el.querySelector<HTMLButtonElement>('[data-map-start]');
    button?.removeAttribute('hidden');
    button?.addEventListener('click', () => mount());
    for (const type of ['pointerdown', 'wheel', 'touchstart'] as const) el.addEventListener(type, () => mount(), { once: true, passive: true });
  }
}

async function startExplorer(el: HTMLElement) {
  const config = JSON.parse(el.dataset.config ?? '{}') as ClientConfig;
  // The reading of the file comes with the explorer's code, not with this script, which every page with a map loads.
  const sites: Promise<{ features: SiteFeature[] }> = Promise.all([
    fetch(new URL(config.urls.sites, window.location.href)).then((r) => r.json() as Promise<SitesFile>),
    import('../sites-file.ts'),
  ]).then(([file, { fromSitesFile }]) => fromSitesFile(file));
  const [{ createExplorer }, { renderSiteList }, data] = await Promise.all([import('./explorer.ts'), import('./site-list.ts'), sites]);
  const list = el.closest('[data-map-page]')?.querySelector<HTMLOListElement>('#site-list');
  const explorer = await createExplorer(el, config, sites);
  if (list) renderSiteList(list, data.features, explorer.refreshList);
  performance.mark('dangjian:explorer-ready');
  return { explorer, sites };
}

/** Runs `go` on the reader's first input anywhere on the page, or when the page has settled after loading. */
function whenIdleOrUsed(el: HTMLElement, go: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    for (const type of INPUTS) window.removeEventListener(type, once, true);
    go();
  };
  const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  for (const type of INPUTS) window.addEventListener(type, once, { capture: true, passive: true });
  el.querySelector<HTMLButtonElement>('[data-map-start]')?.addEventListener('click', once);
  if (window.matchMedia(PHONE_QUERY).matches) return;
  // After the load event, at the first quiet moment of the main thread (at the latest 2 s later).
  const idle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(once, { timeout: 2000 }) : setTimeout(once, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

function showFailure(el: HTMLElement, err: unknown): void {
  console.warn('map failed to load', err);
  const notice = el.querySelector<HTMLElement>('[data-map-notice]');
  if (notice) {
    notice.textContent = el.dataset.msgFailed ?? 'map failed';
    notice.hidden = false;
  }
}
