/**
 * Share-card images (Open Graph, 1200 × 630 PNG) drawn at build from the static map overview. Chat apps do not
 * show SVG, so the overview is rasterised with sharp, the image library Astro ships with (card-png.ts).
 */
import { cachedOutput, digest } from '../build/digest-cache.ts';
import { countWork } from '../build/phases.ts';
import { focusBounds } from '../map/focus.ts';
import { getMapData } from '../map/index.ts';
import { sceneDigest } from '../map/overview-cache.ts';
import { drawOverview, overviewScene } from '../map/svg.ts';
import { cardCodeVersion, cardPng } from './card-png.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * PNG of the overview focused on `collection/id` (routes get numbered stops), or of the whole pack, written at the
 * site path `path`. A card is drawn only when its scene or the code changed: a title edit leaves it as it was,
 * since a card draws the map, not the name.
 */
export async function renderCardPng(focus: string | undefined, title: string, path: string): Promise<Uint8Array<ArrayBuffer>> {
  const started = performance.now();
  const data = getMapData();
  const o = { width: CARD_WIDTH, height: CARD_HEIGHT, bounds: focusBounds(data, focus), focus, routeStops: Boolean(focus?.startsWith('routes/')), title };
  const scene = overviewScene(data, o);
  const png = await cachedOutput(
    'cards',
    async () => digest(await cardCodeVersion(), sceneDigest(scene, o)),
    path,
    () => cardPng(drawOverview(scene, o)),
  );
  countWork('cards', started);
  return png;
}
