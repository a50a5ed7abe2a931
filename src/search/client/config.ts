/** UI strings and labels the server writes on the header search box (data-search-config) for the browser scripts. */
import type { UiStrings } from '../../i18n/zh-CN.ts';

export interface SearchConfig {
  strings: UiStrings['search']['client'];
  collections: Record<string, string>;
}

export function readConfig(): SearchConfig {
  const raw = document.querySelector<HTMLElement>('[data-search-config]')?.dataset.searchConfig;
  return JSON.parse(raw ?? '{}') as SearchConfig;
}
