import type { APIRoute } from 'astro';
import { packNames } from '../../../../search/pack-records.ts';
import { localeOf, localeParams } from '../../../../site/paths.ts';

/** What the header box needs to choose a part of the names index (src/search/names.ts `NamesInfo`). */
export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = ({ url }) =>
  new Response(JSON.stringify(packNames(localeOf(url.pathname)).info), { headers: { 'Content-Type': 'application/json' } });
