/**
 * The find box above the map's list: typing narrows the list at once (src/map/find.ts), beside the filters,
 * so a reader reaches a site in a tap or two; "在地图上查看" on a result then moves the map to it.
 */
import { ui } from '../../i18n/client.ts';
import { findInList } from '../find.ts';

export function attachFind(page: HTMLElement): void {
  const input = page.querySelector<HTMLInputElement>('#map-find');
  const list = page.querySelector<HTMLOListElement>('#site-list');
  const status = page.querySelector<HTMLElement>('#map-find-status');
  if (!input || !list) return;
  input.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  const run = () => {
    const items = [...list.querySelectorAll<HTMLLIElement>('li[data-site-id]')];
    const keep = new Set(
      findInList(
        items.map((li) => ({ id: li.dataset.siteId as string, text: li.textContent ?? '' })),
        input.value,
      ),
    );
    for (const li of items) li.toggleAttribute('data-find-miss', !keep.has(li.dataset.siteId as string));
    if (status) status.textContent = input.value.trim() ? ui.map.found(items.filter((li) => keep.has(li.dataset.siteId as string) && !li.hidden).length) : '';
  };
  input.addEventListener('input', run);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input.value) {
      input.value = '';
      run();
      e.preventDefault();
    }
  });
}
