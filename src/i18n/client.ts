/**
 * Browser side: the page's strings. Only the page's own dictionary is fetched: each is its own chunk, loaded by a
 * dynamic import (top-level await) before the importing script runs, so no island carries both languages.
 */
import { pageLocale } from './page-locale.ts';
import type { UiStrings } from './zh-CN.ts';

export { pageLocale };

export const ui: UiStrings = pageLocale() === 'en' ? (await import('./en.ts')).en : (await import('./zh-CN.ts')).zhCN;
