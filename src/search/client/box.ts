/**
 * The header search box: an ARIA 1.2 combobox whose listbox groups results by type. Loaded on first use. It answers
 * from the names index when a name holds the query (client/names.ts), else from Pagefind.
 * Typing searches (debounced); ↓/↑ move, Enter opens, Esc closes; Enter with nothing chosen goes to /search/.
 */
import { pageLocale } from '../../i18n/page-locale.ts';
import { sitePath } from '../../site/paths.ts';
import {
  type BoxGroup,
  type BoxListing,
  type BoxOption,
  EMPTY_LISTING,
  loadingListing,
  resultsListing,
  stepActive,
  unavailableListing,
} from '../box-listing.ts';
import { namedCategories } from '../categories.ts';
import { failureText } from '../failure.ts';
import { needsLatinRetry, normalizeQuery, rerank } from '../query.ts';
import { needsTypoRetry } from '../typo.ts';
import { readConfig } from './config.ts';
import { nameHits } from './names.ts';
import { keepSearchOffline } from './offline.ts';
import { closestHits, diagnoseFailure, hitsOf, search, typoSuggestions } from './pagefind.ts';
import { el, titleInto } from './render.ts';

/** Results shown in the box; the search page has them all. */
const SHOWN = 8;
const DEBOUNCE_MS = 120;

/** The collection whose group comes first: the type a word of the query names, or sites for a site kind. */
function typeNamed(query: string): string | undefined {
  const named = namedCategories(normalizeQuery(query)).find((n) => n.category.type || n.category.kind)?.category;
  return named?.type ?? (named?.kind ? 'sites' : undefined);
}

export function attachBox(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
  const popup = root.querySelector<HTMLElement>('[data-search-popup]');
  const list = root.querySelector<HTMLElement>('[role="listbox"]');
  const note = root.querySelector<HTMLElement>('[data-search-note]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !popup || !list || !note || !status) return;
  const { strings, collections, names } = readConfig();

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

  function optionEl(o: BoxOption, query: string): HTMLElement {
    const li = el('div', 'site-search-option');
    li.id = `site-search-opt-${o.n}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.href = o.href;
    if (o.hit) {
      li.append(titleInto(el('span', 'site-search-title'), o.hit, query));
      if (o.hit.sub) li.append(el('span', 'site-search-sub', o.hit.sub));
    } else {
      li.classList.add('site-search-all');
      li.textContent = o.text ?? '';
    }
    return li;
  }

  function groupEl(g: BoxGroup, query: string): HTMLElement {
    const ul = el('div', 'site-search-group');
    ul.setAttribute('role', 'group');
    const heading = el('div', 'site-search-group-label', g.label);
    heading.id = `site-search-group-${g.key}`;
    heading.setAttribute('role', 'presentation');
    ul.setAttribute('aria-labelledby', heading.id);
    ul.append(heading, ...g.options.map((o) => optionEl(o, query)));
    return ul;
  }

  /** Shows a listing; `data-query` on the listbox says which query it is for. */
  function show(listing: BoxListing): void {
    const children = listing.groups.map((g) => groupEl(g, listing.query));
    if (listing.all) children.push(optionEl(listing.all, listing.query));
    list?.replaceChildren(...children);
    if (list) list.dataset.query = listing.query;
    options = [...(list?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
    active = -1;
    input?.removeAttribute('aria-activedescendant');
    if (note) note.textContent = listing.note;
    if (status && status.textContent !== listing.announce) status.textContent = listing.announce;
    if (document.activeElement === input) open();
  }

  async function run(): Promise<void> {
    const my = ++seq;
    const query = input?.value.trim() ?? '';
    if (!query) {
      show(EMPTY_LISTING);
      close();
      return;
    }
    if (!ready) show(loadingListing(strings));
    const searchPage = `${sitePath('search/', pageLocale())}?q=${encodeURIComponent(query)}`;
    // A name that answers the query, or a category word alone, needs one small file of the names index, not Pagefind.
    const byName = await nameHits(query, names);
    if (my !== seq) return;
    if (byName?.hits.length) {
      ready = true;
      const { hits, total, category } = byName;
      const namedType = category ? typeNamed(category) : undefined;
      show(
        resultsListing({
          query,
          hits: hits.slice(0, SHOWN),
          total,
          closest: [],
          ...(namedType ? { namedType } : {}),
          searchPage,
          strings,
          collections,
          ...(category ? { from: 'category', word: category } : { from: 'names' }),
        }),
      );
      keepSearchOffline();
      return;
    }
    try {
      const response = await search(query);
      ready = true;
      const hits = rerank(await hitsOf(response.results.slice(0, SHOWN)), query);
      if (my !== seq) return;
      const suggested = needsTypoRetry(
        query,
        hits.map((h) => h.title),
      )
        ? await typoSuggestions(query)
        : hits.length && needsLatinRetry(query, hits)
          ? await closestHits(query, 3)
          : [];
      if (my !== seq) return;
      const closest = hits.length || suggested.length ? [] : await closestHits(query, 3);
      if (my !== seq) return;
      const namedType = typeNamed(query);
      show(
        resultsListing({
          query,
          hits,
          total: response.results.length,
          closest,
          suggested,
          ...(namedType ? { namedType } : {}),
          searchPage,
          strings,
          collections,
        }),
      );
      keepSearchOffline();
    } catch (err) {
      console.warn('search failed', err);
      const failure = await diagnoseFailure();
      if (my === seq) show(unavailableListing(failureText(failure, strings), query));
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
        setActive(stepActive(active, event.key === 'ArrowDown' ? 1 : -1, options.length));
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
}
