/**
 * The pack's title and description in the page's language: its `titleEn` and `descriptionEn` on English pages where
 * it has them, else what it wrote, marked with the language it wrote it in.
 */
import type { PackConfig } from '../pack/schemas.ts';

export interface PackText {
  title: string;
  description: string;
  /** `lang` for the title's element when it is not in the page's language. */
  titleLang?: string;
  descriptionLang?: string;
}

export function packText(config: Pick<PackConfig, 'title' | 'description' | 'titleEn' | 'descriptionEn' | 'lang'>, locale: string): PackText {
  const other = locale === config.lang ? undefined : config.lang;
  const en = locale === 'en';
  const title = en && config.titleEn ? { title: config.titleEn } : { title: config.title, ...(other ? { titleLang: other } : {}) };
  const description =
    en && config.descriptionEn ? { description: config.descriptionEn } : { description: config.description, ...(other ? { descriptionLang: other } : {}) };
  return { ...title, ...description };
}
