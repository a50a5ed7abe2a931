/**
 * Overview SVGs through the build's digest cache (src/build/digest-cache.ts), and the key of a scene that share cards
 * build on. A key is the digest of the scene (what the overview draws) with the size, bounds and title, and of the
 * drawing code: an edit that moves a site changes the overviews whose view holds it, and no other.
 */
import { cachedOutput, codeVersion, digest } from '../build/digest-cache.ts';
import { countWork } from '../build/phases.ts';
import type { BasemapFeature } from './basemap/prepare.ts';
import { overviewOptions } from './overview.ts';
import { drawOverview, type OverviewScene, overviewScene, type SvgOptions } from './svg.ts';
import type { MapData } from './types.ts';

/** The drawing code, from svg.ts down through everything it imports. */
export const OVERVIEW_CODE = ['src/map/svg.ts'];

// The basemap is the same for every overview of a build and several megabytes of JSON: digested once.
const basemapDigests = new WeakMap<readonly BasemapFeature[], string>();

function basemapDigest(basemap: readonly BasemapFeature[]): string {
  let d = basemapDigests.get(basemap);
  if (!d) {
    d = digest(JSON.stringify(basemap));
    basemapDigests.set(basemap, d);
  }
  return d;
}

/** Digest of everything drawOverview reads: the scene and the options it is drawn at. */
export function sceneDigest(scene: OverviewScene, o: Pick<SvgOptions, 'width' | 'height' | 'bounds' | 'title'>): string {
  // All of the scene but the basemap, which is digested once: a field added to the scene is in the key without a word.
  const { basemap, ...drawn } = scene;
  return digest(JSON.stringify([o.width, o.height, o.bounds, o.title]), basemapDigest(basemap), JSON.stringify(drawn));
}

/** The overview SVG of `key` (as overview.ts names them), served as `path`. */
export async function cachedOverviewSvg(data: MapData, key: string, path: string): Promise<Uint8Array<ArrayBuffer>> {
  const started = performance.now();
  const o = overviewOptions(data, key);
  const scene = overviewScene(data, o);
  const svg = await cachedOutput(
    'overviews',
    () => digest(codeVersion(OVERVIEW_CODE), sceneDigest(scene, o)),
    path,
    () => new TextEncoder().encode(drawOverview(scene, o)),
  );
  countWork('overviews', started);
  return svg;
}
