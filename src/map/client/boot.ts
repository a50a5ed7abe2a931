/**
 * The only map code every map page loads: it waits until a map is on screen and the reader
 * interacts (or, on /map/, until the page has loaded), then fetches MapLibre and mounts it.
 * Until then the build's static SVG stands in the map's place.
 */
export function bootMaps(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-map]')) {
    if (el.dataset.booted) continue;
    el.dataset.booted = '1';
    const start = () => {
      if (el.dataset.started) return;
      el.dataset.started = '1';
      import('./mount.ts').then((m) => m.mountMap(el)).catch((err: unknown) => showFailure(el, err));
    };
    if (el.dataset.eager === 'true') {
      start();
      continue;
    }
    const button = el.querySelector<HTMLButtonElement>('[data-map-start]');
    button?.removeAttribute('hidden');
    button?.addEventListener('click', start);
    for (const type of ['pointerdown', 'wheel', 'touchstart'] as const) el.addEventListener(type, start, { once: true, passive: true });
  }
}

function showFailure(el: HTMLElement, err: unknown): void {
  console.warn('map failed to load', err);
  const notice = el.querySelector<HTMLElement>('[data-map-notice]');
  if (notice) {
    notice.textContent = el.dataset.msgFailed ?? 'map failed';
    notice.hidden = false;
  }
}
