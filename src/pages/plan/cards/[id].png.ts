import type { APIRoute, GetStaticPaths } from 'astro';
import { getPack } from '../../../pack/index.ts';
import { renderCardPng } from '../../../share/card.ts';

/** Share cards of the routes (each route's overview with its numbered stops) and of the whole pack (`all`) for the planner. */
export const getStaticPaths = (() => [...getPack().entries.routes.map((r) => r.id), 'all'].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, url }) => {
  const id = String(params.id);
  const png = await renderCardPng(id === 'all' ? undefined : `routes/${id}`, id, url.pathname);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
