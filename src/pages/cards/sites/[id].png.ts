import type { APIRoute, GetStaticPaths } from 'astro';
import { getPack } from '../../../pack/index.ts';
import { renderCardPng } from '../../../share/card.ts';

/** Share card of each site (og:image of its page): the overview around the site. */
export const getStaticPaths = (() => getPack().entries.sites.map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, url }) => {
  const id = String(params.id);
  const png = await renderCardPng(`sites/${id}`, id, url.pathname);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
