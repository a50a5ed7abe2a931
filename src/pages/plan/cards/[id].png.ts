import type { APIRoute, GetStaticPaths } from 'astro';
import { focusBounds } from '../../../map/focus.ts';
import { getMapData } from '../../../map/index.ts';
import { renderOverviewSvg } from '../../../map/svg.ts';
import { getPack } from '../../../pack/index.ts';

/**
 * Share-card images (Open Graph, 1200 × 630 PNG): each route's overview with its numbered stops, and the
 * whole pack (`all`) for the planner. Chat apps do not show SVG, so the build rasterises the overview with
 * sharp, the image library Astro ships with.
 */
export const getStaticPaths = (() => [...getPack().entries.routes.map((r) => r.id), 'all'].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const id = String(params.id);
  const focus = id === 'all' ? undefined : `routes/${id}`;
  const data = getMapData();
  const svg = renderOverviewSvg(data, { width: 1200, height: 630, bounds: focusBounds(data, focus), focus, routeStops: Boolean(focus), title: id });
  const { default: sharp } = await import('sharp');
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
