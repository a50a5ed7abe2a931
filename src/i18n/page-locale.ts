/** The page's language, read from `<html lang>` (the build writes it). No dictionary: scripts that need no words use this. */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../site/paths.ts';

export function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
