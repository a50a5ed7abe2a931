/**
 * Share-card images (Open Graph, 1200 × 630 PNG) drawn at build from the static map overview. Chat apps do not
 * show SVG, so the overview is rasterised with sharp, the image library Astro ships with.
 */
import { countWork } from '../build/phases.ts';
import { focusBounds } from '../map/focus.ts';
import { getMapData } from '../map/index.ts';
import { renderOverviewSvg } from '../map/svg.ts';
import { sitePath } from '../site/paths.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** PNG of the overview focused on `collection/id` (routes get numbered stops), or of the whole pack. */
export async function renderCardPng(focus: string | undefined, title: string): Promise<Uint8Array<ArrayBuffer>> {
  const started = performance.now();
  const data = getMapData();
  const svg = renderOverviewSvg(data, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    bounds: focusBounds(data, focus),
    focus,
    routeStops: Boolean(focus?.startsWith('routes/')),
    title,
  });
  const { default: sharp } = await import('sharp');
  // A palette keeps a card as small as before (24 kB a route card); effort 1, no dither and zlib level 6 make it in
  // 60% of the time of the maximum settings, which were 85% of a card's cost. Measured in bench/REPORT.md.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6, palette: true, effort: 1, dither: 0 }).toBuffer();
  countWork('cards', performance.now() - started);
  return new Uint8Array(png);
}

/** Address of a site's card. */
export function siteCardPath(id: string): string {
  return sitePath(`cards/sites/${id}.png`);
}
