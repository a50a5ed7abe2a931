import type { APIRoute } from 'astro';
import { categoryFile } from '../../../../search/category-names.ts';
import { packNames } from '../../../../search/pack-records.ts';
import { LOCALES, localeFolder } from '../../../../site/paths.ts';

/**
 * The files of the header box's names index, one set per language: its parts (`0.json` …, src/search/names.ts) and
 * the answers of the category words (`c….json`, src/search/category-names.ts).
 */
export function getStaticPaths() {
  return LOCALES.flatMap((locale) => {
    const index = packNames(locale);
    const lang = localeFolder(locale) || undefined;
    return [
      ...index.parts.map((body, part) => ({ params: { lang, file: String(part) }, props: { body } })),
      ...[...index.categories].map(([word, body]) => ({ params: { lang, file: categoryFile(word) }, props: { body } })),
    ];
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { body: unknown }).body), { headers: { 'Content-Type': 'application/json' } });
