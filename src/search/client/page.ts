/**
 * The search page (/search/): the query and filters live in the address (`?q=山塘&type=sites&region=平湖市`,
 * the form's own GET format), so a search can be shared and survives a reload. Results are listed by rank, the
 * entries whose names answer the query first (page-status.ts namesLead), twenty at a time, with a link that shows
 * the matching sites on the map.
 */
import { ui } from '../../i18n/client.ts';
import { pageLocale } from '../../i18n/page-locale.ts';
import { addToPlanButton } from '../../routes/client/add.ts';
import { sitePath } from '../../site/paths.ts';
import { suggestedFilter } from '../categories.ts';
import { failureText } from '../failure.ts';
import type { Hit } from '../hit.ts';
import { filtersOpen, formState, isIdle, mapOffer, mayShowOnMap, namesLead, nothingFound, PAGE_SIZE } from '../page-status.ts';
import { fill, hasFilters, mapHref, needsLatinRetry, normalizeQuery, parseState, rerank, type SearchState, siteIdOf, stateToSearch } from '../query.ts';
import { needsTypoRetry } from '../typo.ts';
import { readConfig } from './config.ts';
import { type NamesAnswer, nameHits } from './names.ts';
import { keepSearchOffline } from './offline.ts';
import { closestHits, diagnoseFailure, hitsOf, loadFilters, type RawResult, type SearchResponse, search, typoSuggestions } from './pagefind.ts';
import { el, excerptInto, titleInto } from './render.ts';

const DEBOUNCE_MS = 200;

const form = document.querySelector<HTMLFormElement>('[data-search-page]');
if (form) attachPage(form);

function attachPage(form: HTMLFormElement): void {
  const { strings, collections, names } = readConfig();
  const q = <T extends Element>(selector: string) => form.querySelector<T>(selector);
  const input = q<HTMLInputElement>('input[name="q"]');
  const status = q<HTMLElement>('[data-search-status]');
  const list = q<HTMLOListElement>('[data-search-results]');
  const more = q<HTMLButtonElement>('[data-search-more]');
  const mapBox = q<HTMLElement>('[data-search-map]');
  const mapLink = mapBox?.querySelector('a');
  const empty = q<HTMLElement>('[data-search-empty]');
  const unfilter = q<HTMLButtonElement>('[data-search-unfilter]');
  const closestHeading = q<HTMLElement>('[data-search-closest-heading]');
  const closestList = q<HTMLElement>('[data-search-closest]');
  const clear = q<HTMLButtonElement>('[data-search-clear]');
  const filterNote = q<HTMLElement>('[data-search-filter-note]');
  const filterText = q<HTMLElement>('[data-search-filter-text]');
  const undoFilter = q<HTMLButtonElement>('[data-search-undo-filter]');
  const suggestBox = q<HTMLElement>('[data-search-suggest]');
  if (!input || !status || !list || !more || !mapBox || !mapLink || !empty || !unfilter || !closestHeading || !closestList || !clear) return;
  if (!filterNote || !filterText || !undoFilter || !suggestBox) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let results: RawResult[] = [];
  let query = '';
  /** The filter the page ticked because the query names a type or kind (公交 → 跨省公交), until the visitor undoes it. */
  let auto: { name: string; value: string; word: string } | undefined;
  /** Words whose suggested filter the visitor undid: not offered again on this page. */
  const declined = new Set<string>();
  const boxOf = (f: { name: string; value: string }) => boxes.find((b) => b.name === f.name && b.value === f.value);

  const readForm = (): SearchState =>
    formState(
      input.value,
      boxes.filter((b) => b.checked),
    );
  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const b of boxes) b.checked = (state.filters[b.name as keyof typeof state.filters] ?? []).includes(b.value);
  };

  const details = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  /** The counts are hidden while they are not the current query's: the pack's totals would say a filter holds more than it does. */
  const counting = (on: boolean) => {
    details?.toggleAttribute('data-counting', on);
    details?.setAttribute('aria-busy', String(on));
  };

  function setCounts(response: SearchResponse | undefined): void {
    counting(false);
    for (const b of boxes) {
      const count = b.closest('label')?.querySelector<HTMLElement>('[data-count]');
      if (!count) continue;
      const n = response ? (response.totalFilters[b.name]?.[b.value] ?? 0) : Number(count.dataset.total);
      count.textContent = String(n);
      count.closest('li')?.classList.toggle('is-empty', n === 0);
    }
  }

  function resultItem(hit: Hit): HTMLElement {
    const li = el('li', 'search-result');
    const a = el('a', 'search-result-title');
    a.href = hit.url;
    li.append(titleInto(a, hit, query));
    const meta = el('p', 'search-result-meta');
    meta.append(el('span', 'search-result-type', collections[hit.type] ?? hit.type));
    if (hit.sub) meta.append(' ', el('span', undefined, hit.sub));
    const excerpt = excerptInto(el('p', 'search-result-excerpt'), hit, query);
    li.append(meta);
    // An excerpt that only repeated the titles is empty (query.ts withoutTitles).
    if (excerpt.textContent) li.append(excerpt);
    // A site can go straight into the reader's plan from here.
    const site = hit.type === 'sites' ? siteIdOf(hit.url) : undefined;
    if (site) {
      const R = ui.routes;
      li.append(addToPlanButton(site, R.addToPlan, { added: R.added, present: R.present, full: R.full, view: R.viewPlan }));
    }
    return li;
  }

  /** The hits of the first page, for the suggestions. */
  let firstPage: Hit[] = [];
  /** Pagefind's results read so far, the hits read but not listed yet, and the addresses listed. */
  let consumed = 0;
  let pending: Hit[] = [];
  const listed = new Set<string>();

  /** The next page: hits read before, then Pagefind's next results, each entry once; empty once another search began. */
  async function nextPage(my: number): Promise<Hit[]> {
    const page: Hit[] = [];
    const take = (hits: readonly Hit[]) => {
      for (const h of hits) if (!listed.has(h.url) && !page.some((p) => p.url === h.url)) page.push(h);
    };
    take(pending.splice(0));
    while (page.length < PAGE_SIZE && consumed < results.length) {
      const loaded = await hitsOf(results.slice(consumed, consumed + PAGE_SIZE - page.length));
      if (my !== seq) return [];
      consumed += loaded.length;
      take(loaded);
    }
    return page;
  }

  /** Adds a page to the list, or makes it the list (`first`). */
  function listHits(hits: readonly Hit[], focusFirst: boolean, first = false): void {
    if (!list || !more) return;
    for (const h of hits) listed.add(h.url);
    const items = hits.map(resultItem);
    if (first) list.replaceChildren(...items);
    else list.append(...items);
    more.hidden = pending.length === 0 && consumed >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /** The first page: whole-title matches first (rerank), and the entries the names index found before the rest. */
  async function showFirst(named: readonly Hit[], my: number): Promise<void> {
    consumed = 0;
    pending = [];
    listed.clear();
    const loaded = await hitsOf(results.slice(0, PAGE_SIZE));
    if (my !== seq) return;
    consumed = loaded.length;
    const { page, rest } = namesLead(named, rerank(loaded, query));
    pending = rest;
    firstPage = page;
    listHits(page, false, true);
  }

  /** A page is being read in: a second click meanwhile would read the same results again. */
  let paging = false;

  function showMore(my: number): void {
    if (paging) return;
    paging = true;
    void nextPage(my)
      .then((hits) => {
        if (my === seq) listHits(hits, true);
      })
      .finally(() => {
        paging = false;
      });
  }

  /** The sites' ids of the map link for the current search, fetched once when the visitor reaches for the link. */
  let mapIds: (() => Promise<string[]>) | undefined;

  async function showMap(state: SearchState, my: number): Promise<void> {
    if (!mapBox || !mapLink) return;
    mapBox.hidden = true;
    mapIds = undefined;
    if (!mayShowOnMap(state)) return;
    const sites = await search(state.q, { ...state.filters, type: ['sites'] });
    const offer = mapOffer(sites.results.length, strings);
    if (my !== seq || !offer) return;
    let ids: Promise<string[]> | undefined;
    mapIds = () => {
      ids ??= hitsOf(sites.results.slice(0, offer.count)).then((hits) => hits.map((h) => siteIdOf(h.url)).filter((id): id is string => Boolean(id)));
      return ids;
    };
    // Until the ids are in, the link opens the whole map.
    mapLink.href = sitePath('map/', pageLocale());
    delete mapLink.dataset.ready;
    mapLink.textContent = offer.text;
    mapBox.hidden = false;
  }

  /** Puts the found sites' ids in the map link; true once the link is complete. */
  async function readyMap(): Promise<boolean> {
    const get = mapIds;
    if (!get || !mapLink) return false;
    try {
      const ids = await get();
      if (get !== mapIds || !ids.length) return false;
      mapLink.href = mapHref(ids, pageLocale());
      mapLink.dataset.ready = '';
      return true;
    } catch (err) {
      console.warn('map link: the sites could not be read', err);
      return false;
    }
  }

  async function showNothing(state: SearchState, response: SearchResponse, my: number): Promise<void> {
    if (!status || !empty || !unfilter || !closestList || !closestHeading) return;
    const nothing = nothingFound(state, response.unfilteredResultCount, strings);
    status.textContent = nothing.status;
    unfilter.hidden = !nothing.unfilter;
    unfilter.textContent = nothing.unfilter ?? '';
    const closest = nothing.closest ? await closestHits(state.q, 5) : [];
    if (my !== seq) return;
    closestList.replaceChildren(
      ...closest.map((h) => {
        const li = el('li');
        const a = el('a');
        a.href = h.url;
        li.append(titleInto(a, h, state.q), ' ', el('span', 'meta', collections[h.type] ?? h.type));
        return li;
      }),
    );
    closestHeading.hidden = closest.length === 0;
    empty.hidden = false;
  }

  /** Ticks the filter a query names when nothing else is ticked, and unticks it when the query no longer names it. */
  function suggestFilter(): void {
    if (!filterNote || !filterText) return;
    const s = suggestedFilter(normalizeQuery(input?.value ?? ''));
    const want = s && !declined.has(s.word) && boxOf(s) ? s : undefined;
    if (auto && (!want || want.name !== auto.name || want.value !== auto.value)) {
      const b = boxOf(auto);
      if (b) b.checked = false;
      auto = undefined;
    }
    if (want && !auto && !hasFilters(readForm().filters)) {
      const b = boxOf(want);
      if (b) b.checked = true;
      auto = want;
    }
    if (auto) auto.word = want?.word ?? auto.word;
    const label = auto ? (boxOf(auto)?.closest('label')?.querySelector('span')?.textContent ?? auto.value) : '';
    filterText.textContent = auto ? fill(strings.filterSuggested, { q: auto.word, label }) : '';
    filterNote.hidden = !auto;
  }

  /** "您是不是要找": names that sound like a mistyped Chinese query, when no title shown holds it. */
  async function suggestNames(state: SearchState, shown: readonly Hit[], my: number): Promise<void> {
    if (!suggestBox) return;
    const titles = shown.map((h) => h.title);
    const hits = !state.q
      ? []
      : needsTypoRetry(state.q, titles)
        ? await typoSuggestions(state.q)
        : shown.length && needsLatinRetry(state.q, shown)
          ? await closestHits(state.q, 3)
          : [];
    if (my !== seq) return;
    const links = hits.flatMap((h, i) => {
      const a = el('a');
      a.href = h.url;
      a.textContent = h.title;
      return i ? [strings.listSeparator, a] : [a];
    });
    suggestBox.replaceChildren(...(links.length ? [strings.suggestLead, ...links] : []));
    suggestBox.hidden = links.length === 0;
  }

  /** Pagefind has answered once on this page: its code and metadata are in. */
  let answered = false;

  /**
   * Until Pagefind's first answer, which at 10,000 sites needs about 200 KiB of its code, metadata and index: the
   * entries whose names answer the query, from the header box's names index (a few KiB), with a status that says the
   * full text is on its way. Pagefind's list then keeps them first, in the same order (namesLead).
   */
  async function showNamesFirst(state: SearchState, named: Promise<NamesAnswer | undefined>, full: Promise<unknown>, my: number): Promise<void> {
    let waiting = true;
    const settled = () => {
      waiting = false;
    };
    full.then(settled, settled);
    const early = await named;
    if (!waiting || my !== seq || !early?.hits.length || !list || !status) return;
    query = state.q;
    list.replaceChildren(...early.hits.slice(0, PAGE_SIZE).map(resultItem));
    status.textContent = fill(strings.namesFirst, { n: early.total });
  }

  /** Every filter's index is in: Pagefind's answers count every filter value. */
  let filtersIn = false;

  /** Resolves once the filters are unfolded: they come folded on a phone, and no one reads their counts there until then. */
  const unfolded = (): Promise<void> =>
    !details || details.open
      ? Promise.resolve()
      : new Promise((resolve) => {
          const opened = () => {
            if (!details.open) return;
            details.removeEventListener('toggle', opened);
            resolve();
          };
          details.addEventListener('toggle', opened);
        });

  /**
   * Counts the results of every filter value. Pagefind counts only the filters whose index it holds, and all of them
   * are about 90 KiB at 10,000 sites: they are fetched once the filters are unfolded, after the page's first results,
   * which are searched again for the counts from the chunks already fetched; after that, the answer itself counts them.
   */
  async function countFilters(state: SearchState, response: SearchResponse, my: number): Promise<void> {
    if (filtersIn) {
      setCounts(response);
      return;
    }
    try {
      await unfolded();
      if (my !== seq) return;
      await loadFilters();
      filtersIn = true;
      const counted = await search(state.q, state.filters);
      if (my === seq) setCounts(counted);
    } catch (err) {
      console.warn('filter counts unavailable', err);
    }
  }

  async function run(): Promise<void> {
    if (!status || !list || !more || !empty || !mapBox) return;
    suggestFilter();
    const state = readForm();
    const address = `${location.pathname}${stateToSearch(state)}`;
    if (address !== `${location.pathname}${location.search}`) history.replaceState(null, '', address);
    const my = ++seq;
    query = state.q;
    clear?.toggleAttribute('disabled', !hasFilters(state.filters));
    if (isIdle(state)) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      mapBox.hidden = true;
      setCounts(undefined);
      status.textContent = strings.prompt;
      list.dataset.state = '';
      return;
    }
    counting(true);
    try {
      const full = search(state.q, state.filters);
      // The names index cannot filter: with filters ticked, Pagefind's order alone.
      const named = hasFilters(state.filters) ? Promise.resolve(undefined) : nameHits(state.q, names);
      if (!answered) void showNamesFirst(state, named, full, my);
      const response = await full;
      answered = true;
      if (my !== seq) return;
      results = response.results;
      empty.hidden = true;
      more.hidden = true;
      void countFilters(state, response, my);
      if (results.length) {
        // The list being read stays until the next one is ready, rather than leaving a blank while its fragments load.
        await showFirst((await named)?.hits ?? [], my);
        if (my !== seq) return;
        status.textContent = fill(strings.count, { n: results.length });
        await showMap(state, my);
      } else {
        list.replaceChildren();
        mapBox.hidden = true;
        await showNothing(state, response, my);
      }
      await suggestNames(state, results.length ? firstPage : [], my);
      keepSearchOffline();
    } catch (err) {
      console.warn('search failed', err);
      const failure = await diagnoseFailure();
      if (my === seq) status.textContent = failureText(failure, strings);
    }
    if (my === seq) list.dataset.state = stateToSearch(state);
  }

  const runSoon = (delay = DEBOUNCE_MS) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  };

  input.addEventListener('input', () => runSoon());
  for (const b of boxes)
    b.addEventListener('change', () => {
      // A filter the visitor chose is theirs: the suggestion no longer manages the filters.
      if (auto) declined.add(auto.word);
      auto = undefined;
      runSoon(0);
    });
  undoFilter.addEventListener('click', () => {
    if (auto) {
      declined.add(auto.word);
      const b = boxOf(auto);
      if (b) b.checked = false;
      auto = undefined;
    }
    runSoon(0);
    input.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    runSoon(0);
  });
  more.addEventListener('click', () => showMore(seq));
  // The map link's ids cost a request a site: fetched when a pointer or the focus reaches the link, not with every query.
  for (const event of ['pointerenter', 'focus', 'touchstart'] as const) mapLink.addEventListener(event, () => void readyMap(), { passive: true });
  mapLink.addEventListener('click', (event) => {
    if ('ready' in mapLink.dataset) return;
    event.preventDefault();
    const newTab = event.ctrlKey || event.metaKey || event.shiftKey;
    void readyMap().then(() => (newTab ? window.open(mapLink.href, '_blank', 'noopener') : location.assign(mapLink.href)));
  });
  const clearFilters = () => {
    if (auto) declined.add(auto.word);
    auto = undefined;
    for (const b of boxes) b.checked = false;
    runSoon(0);
  };
  clear.addEventListener('click', clearFilters);
  unfilter.addEventListener('click', clearFilters);

  const initial = parseState(location.search);
  writeForm(initial);
  // The filters come folded in the HTML and a wide screen unfolds them: folding them here instead moved the results up after the first paint.
  if (details && filtersOpen(initial, matchMedia('(max-width: 48rem)').matches)) details.open = true;
  void run();
}
