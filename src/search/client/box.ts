/**
 * The header search box: an ARIA 1.2 combobox whose listbox groups results by type. Loaded on first use.
 * Typing searches (debounced); ↓/↑ move, Enter opens, Esc closes; Enter with nothing chosen goes to /search/.
 */
import { pageLocale } from '../../i18n/page-locale.ts';
import { sitePath } from '../../site/paths.ts';
import { fill, groupByType, rerank } from '../query.ts';
import { readConfig } from './config.ts';
import { keepSearchOffline } from './offline.ts';
import { closestHits, type Hit, hitsOf, loadPagefind, search } from './pagefind.ts';
import { el, titleInto } from './render.ts';

/** Results shown in the box; the search page has them all. */
const SHOWN = 8;
const DEBOUNCE_MS = 120;

export function attachBox(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
  const popup = root.querySelector<HTMLElement>('[data-search-popup]');
  const list = root.querySelector<HTMLElement>('[role="listbox"]');
  const note = root.querySelector<HTMLElement>('[data-search-note]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !popup || !list || !note || !status) return;
  const { strings, collections } = readConfig();

  let options: HTMLElement[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Pagefind has answered once: no more "loading" note. */
  let ready = false;

  const isOpen = () => !popup.hidden;
  const open = () => {
    if (!options.length && !note.textContent) return;
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  function setActive(i: number): void {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const opt = options[i];
    if (opt) {
      opt.setAttribute('aria-selected', 'true');
      input?.setAttribute('aria-activedescendant', opt.id);
      opt.scrollIntoView({ block: 'nearest' });
    } else input?.removeAttribute('aria-activedescendant');
  }

  function option(href: string, id: number): HTMLElement {
    const li = el('div', 'site-search-option');
    li.id = `site-search-opt-${id}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.href = href;
    return li;
  }

  function hitOption(hit: Hit, query: string, id: number): HTMLElement {
    const li = option(hit.url, id);
    li.append(titleInto(el('span', 'site-search-title'), hit, query));
    if (hit.sub) li.append(el('span', 'site-search-sub', hit.sub));
    return li;
  }

  function group(label: string, items: HTMLElement[], key: string): HTMLElement {
    const ul = el('div', 'site-search-group');
    ul.setAttribute('role', 'group');
    const heading = el('div', 'site-search-group-label', label);
    heading.id = `site-search-group-${key}`;
    heading.setAttribute('role', 'presentation');
    ul.setAttribute('aria-labelledby', heading.id);
    ul.append(heading, ...items);
    return ul;
  }

  /** Shows results; `data-query` on the listbox says which query they are for. */
  function show(children: HTMLElement[], message: string, announce: string, query = ''): void {
    list?.replaceChildren(...children);
    if (list) list.dataset.query = query;
    options = [...(list?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
    active = -1;
    input?.removeAttribute('aria-activedescendant');
    if (note) note.textContent = message;
    if (status && status.textContent !== announce) status.textContent = announce;
    if (document.activeElement === input) open();
  }

  async function run(): Promise<void> {
    const my = ++seq;
    const query = input?.value.trim() ?? '';
    if (!query) {
      show([], '', '');
      close();
      return;
    }
    if (!ready) show([], strings.loading, '');
    try {
      const response = await search(query);
      ready = true;
      const hits = rerank(await hitsOf(response.results.slice(0, SHOWN)), query);
      if (my !== seq) return;
      let n = 0;
      const searchPage = `${sitePath('search/', pageLocale())}?q=${encodeURIComponent(query)}`;
      if (hits.length) {
        const groups = groupByType(hits).map((g) =>
          group(
            collections[g.type] ?? g.type,
            g.items.map((h) => hitOption(h, query, n++)),
            g.type,
          ),
        );
        const all = option(searchPage, n++);
        all.classList.add('site-search-all');
        all.textContent = fill(strings.seeAll, { n: response.results.length });
        show([...groups, all], '', fill(strings.count, { n: response.results.length }), query);
      } else {
        const closest = await closestHits(query, 3);
        if (my !== seq) return;
        const none = fill(strings.none, { q: query });
        show(
          closest.length
            ? [
                group(
                  strings.closest,
                  closest.map((h) => hitOption(h, query, n++)),
                  'closest',
                ),
              ]
            : [],
          none,
          none,
          query,
        );
      }
      keepSearchOffline();
    } catch {
      if (my === seq) show([], strings.unavailable, strings.unavailable, query);
    }
  }

  function schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  }

  function go(opt: HTMLElement | undefined): void {
    const href = opt?.dataset.href;
    if (href) location.assign(href);
  }

  input.addEventListener('input', () => schedule());
  input.addEventListener('focus', () => {
    if (input.value.trim()) open();
  });
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!options.length) return;
        event.preventDefault();
        if (!isOpen()) open();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
        break;
      }
      case 'Enter':
        if (isOpen() && active >= 0) {
          event.preventDefault();
          go(options[active]);
        }
        break;
      case 'Escape':
        if (isOpen()) {
          event.preventDefault();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  });
  // Keep focus in the field while an option is clicked.
  list.addEventListener('pointerdown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const opt = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
    if (opt) go(opt);
  });
  document.addEventListener('pointerdown', (event) => {
    if (event.target instanceof Node && !root.contains(event.target)) close();
  });

  if (input.value.trim()) schedule(0);
  else void loadPagefind().catch(() => undefined);
}
