/**
 * The UI strings of each language. Server code picks them by the page's language (`uiFor(localeOf(Astro.url.pathname))`);
 * browser scripts use src/i18n/client.ts, which loads only the page's own dictionary.
 */
import { DEFAULT_LOCALE, type Locale, localeOf } from '../site/paths.ts';
import { en } from './en.ts';
import { type UiStrings, zhCN } from './zh-CN.ts';

export type { UiStrings };

const DICTIONARIES: Record<Locale, UiStrings> = { 'zh-CN': zhCN, en };

export function uiFor(locale: Locale | string | undefined): UiStrings {
  return DICTIONARIES[(locale as Locale) in DICTIONARIES ? (locale as Locale) : DEFAULT_LOCALE];
}

/** Language and strings of the page at an address. */
export function pageStrings(pathname: string): { locale: Locale; ui: UiStrings } {
  const locale = localeOf(pathname);
  return { locale, ui: uiFor(locale) };
}

/** The Chinese strings, for what exists once in Chinese whatever the page (data files, the import tool). */
export const ui: UiStrings = zhCN;
