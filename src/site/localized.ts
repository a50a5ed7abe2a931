/**
 * An entry's title and summary in the page's language: the English ones on English pages when the entry has
 * them, else the Chinese ones, marked with their language so that screen readers switch voice and the page can
 * say that the entry is not translated.
 */
import type { Locale } from './paths.ts';

export interface LocalizedText {
  title: string;
  summary: string;
  /** The language of the title when it is not the page's (to set as `lang`). */
  titleLang?: string;
  summaryLang?: string;
  /** False when the page shows the content's own language in place of a translation it lacks. */
  translated: boolean;
}

interface Texts {
  title: string;
  titleEn?: string | undefined;
  summary: string;
  summaryEn?: string | undefined;
}

export function localized(data: Texts, locale: Locale, contentLang = 'zh-CN'): LocalizedText {
  if (locale !== 'en' || contentLang === 'en') return { title: data.title, summary: data.summary, translated: true };
  return {
    title: data.titleEn ?? data.title,
    summary: data.summaryEn ?? data.summary,
    ...(data.titleEn ? {} : { titleLang: contentLang }),
    ...(data.summaryEn ? {} : { summaryLang: contentLang }),
    translated: Boolean(data.titleEn && data.summaryEn),
  };
}
