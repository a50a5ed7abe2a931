/**
 * A widget asked for in the other language (`?lang=en` on a Chinese widget, as older snippets and hand-written
 * iframes do) moves to its twin in that language, with the same parameters, before anything else loads.
 */
import { pageLocale } from '../../i18n/page-locale.ts';
import { isLocale, twinPath } from '../../site/paths.ts';

const lang = new URLSearchParams(window.location.search).get('lang');
if (isLocale(lang) && lang !== pageLocale())
  window.location.replace(`${twinPath(window.location.pathname, lang)}${window.location.search}${window.location.hash}`);
