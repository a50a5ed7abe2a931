/** Browser side: the page's language, read from `<html lang>` (the build writes it; the URL is not parsed twice). */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../site/paths.ts';

export function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
