import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCardPng } from '../../../share/card.ts';
import { sitesWithCards } from '../../../share/card-paths.ts';

/** Share card of a site (og:image of its page): the overview around the site. Only the sites that have one (own-cards.ts). */
export const getStaticPaths = (() => [...sitesWithCards()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, url }) => {
  const id = String(params.id);
  const png = await renderCardPng(`sites/${id}`, id, url.pathname);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
