import type { APIRoute } from 'astro';
import { packNames } from '../../../../search/pack-records.ts';
import { LOCALES, type Locale, localeFolder } from '../../../../site/paths.ts';

/** The parts of the header box's names index (src/search/names.ts), one set per language. */
export function getStaticPaths() {
  return LOCALES.flatMap((locale) =>
    packNames(locale).parts.map((_, part) => ({ params: { lang: localeFolder(locale) || undefined, part: String(part) }, props: { locale, part } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { locale, part } = props as { locale: Locale; part: number };
  return new Response(JSON.stringify(packNames(locale).parts[part]), { headers: { 'Content-Type': 'application/json' } });
};
