/** UI strings and labels the server writes on the header search box (data-search-config) for the browser scripts. */
import type { UiStrings } from '../../i18n/zh-CN.ts';

export interface SearchConfig {
  strings: UiStrings['search']['client'];
  collections: Record<string, string>;
  /** Version of the names index of the page's language (src/search/names.ts); absent on a page built without it. */
  names?: string;
}

export function readConfig(): SearchConfig {
  const raw = document.querySelector<HTMLElement>('[data-search-config]')?.dataset.searchConfig;
  return JSON.parse(raw ?? '{}') as SearchConfig;
}
