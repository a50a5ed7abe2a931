/**
 * The offline basemap in the static SVG overview: the same features as the tiles, drawn in the
 * same colours, simplified to the SVG's pixels (a vertex closer than a pixel to the last one kept
 * is left out, shapes smaller than a pixel or two are dropped) and merged into one path per look,
 * so the file stays small. Pure: features and a projection in, SVG markup out.
 */
import type { Geometry, Position } from 'geojson';
import type { Bounds } from '../../geo/bounds.ts';
import { escapeMarkup } from '../../security/escape.ts';
import type { Locale } from '../../site/paths.ts';
import { featuresNear } from './near.ts';
import type { BasemapFeature } from './prepare.ts';
import { clipGeometry } from './prepare.ts';
import { BASEMAP_COLOURS as C } from './style.ts';

type Project = (p: Position) => [number, number];

/** Douglas–Peucker in pixels: the vertices a line needs to stay within `tolerance` px of itself. */
export function simplifyPixels(pts: [number, number][], tolerance: number): [number, number][] {
  if (pts.length <= 2) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = pts[a] as [number, number];
    const [bx, by] = pts[b] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = t2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i] as [number, number];
      const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
      const ex = ax + t * dx - px;
      const ey = ay + t * dy - py;
      const d = ex * ex + ey * ey;
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/** Rings and lines in pixels, simplified to `tolerance` px; shapes under two pixels across are left out. */
export function simplifiedPath(g: Geometry, project: Project, tolerance = 0.8, minSize = 2): string {
  const run = (r: Position[], close: boolean): string => {
    const pts = simplifyPixels(
      r.map((p) => project(p)),
      tolerance,
    );
    if (pts.length < (close ? 4 : 2)) return '';
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    // A shape smaller than a few pixels reads as noise at this scale.
    if (Math.max(...xs) - Math.min(...xs) < minSize && Math.max(...ys) - Math.min(...ys) < minSize) return '';
    // Relative steps from a rounded start: shorter numbers, and no rounding drift.
    const r0 = pts.map(([x, y]) => [Math.round(x), Math.round(y)] as const);
    const [x0, y0] = r0[0] as readonly [number, number];
    const steps = r0
      .slice(1)
      .map(([x, y], i) => [x - (r0[i] as readonly [number, number])[0], y - (r0[i] as readonly [number, number])[1]] as const)
      .filter(([dx, dy]) => dx || dy);
    if (steps.length < (close ? 2 : 1)) return '';
    return `M${x0} ${y0}l${steps
      .map(([dx, dy]) => `${dx} ${dy}`)
      .join(' ')
      .replace(/ -/g, '-')}${close ? 'z' : ''}`;
  };
  switch (g.type) {
    case 'LineString':
      return run(g.coordinates, false);
    case 'MultiLineString':
      return g.coordinates.map((l) => run(l, false)).join('');
    case 'Polygon': {
      const outer = run(g.coordinates[0] ?? [], true);
      // Holes are drawn only in shapes that are drawn.
      return outer
        ? outer +
            g.coordinates
              .slice(1)
              .map((r) => run(r, true))
              .join('')
        : '';
    }
    case 'MultiPolygon':
      return g.coordinates.map((p) => simplifiedPath({ type: 'Polygon', coordinates: p }, project, tolerance, minSize)).join('');
    default:
      return '';
  }
}

export interface BasemapSvgOptions {
  project: Project;
  /** What is drawn is clipped to this box (lon/lat), a little larger than the SVG's view. */
  view: Bounds;
  /** The web-map zoom the SVG's scale matches, to pick which places and roads show. */
  zoom: number;
  width: number;
  height: number;
  locale?: Locale;
  /** Most place labels drawn. */
  maxLabels?: number;
  /**
   * One set of place labels per factor, each placed at its own size, in groups classed `l0`, `l1`, …: a picture
   * shown smaller picks the set of its size with a media query (see `SHOWN_SMALL` in ../svg.ts). Just `[1]` if unset.
   */
  labelScales?: readonly number[];
}

export function basemapSvg(features: readonly BasemapFeature[], o: BasemapSvgOptions): string {
  // Clipped first: the land of a whole delta projected at a county's scale would be most of the file.
  const near = featuresNear(features, o.view).flatMap(({ feature: f, box }) => {
    const g = clipGeometry(f.geometry, o.view, box);
    return g ? [{ ...f, geometry: g }] : [];
  });
  const parts: string[] = [];
  const draw = (pick: (f: BasemapFeature) => boolean, attrs: string, minSize = 2) => {
    const d = near
      .filter(pick)
      .map((f) => simplifiedPath(f.geometry, o.project, 0.8, minSize))
      .join('');
    if (d) parts.push(`<path d="${d}" ${attrs}/>`);
  };
  const area = (f: BasemapFeature) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
  const is =
    (...roles: string[]) =>
    (f: BasemapFeature) =>
      roles.includes(f.properties.role);
  draw(is('water'), `fill="${C.water}"`);
  draw(is('land'), `fill="${C.land}"`, 3);
  if (o.zoom >= 6) draw(is('urban'), `fill="${C.urban}"`, 4);
  draw((f) => is('lake', 'river')(f) && area(f), `fill="${C.water}"`, 4);
  draw((f) => is('river')(f) && !area(f), `fill="none" stroke="${C.waterLine}" stroke-width="1"`);
  if (o.zoom >= 5)
    draw((f) => is('road')(f) && f.properties.class === 'major', `fill="none" stroke="${C.roadMajorCasing}" stroke-width="${o.zoom >= 8 ? 1.6 : 0.8}"`);
  draw(is('province-boundary'), `fill="none" stroke="${C.province}" stroke-width="1" stroke-dasharray="5 2 1 2"`);
  draw(is('boundary'), `fill="none" stroke="${C.county}" stroke-width="0.8" stroke-dasharray="3 2"`);
  parts.push(placeLabels(near, o));
  return parts.join('');
}

/** A few place names, biggest rank first, none over another, none cut by the edge: one set per label scale. */
function placeLabels(features: readonly BasemapFeature[], o: BasemapSvgOptions): string {
  const places = features
    .filter((f) => f.properties.role === 'place' && f.geometry.type === 'Point' && f.properties.minzoom <= o.zoom + 1)
    .sort((a, b) => (a.properties.rank ?? 9) - (b.properties.rank ?? 9));
  const scales = o.labelScales ?? [1];
  return scales
    .map((k, i) => {
      const set = labelSet(places, o, k);
      const classed = scales.length > 1 ? ` class="l${i}"` : '';
      return set.length
        ? `<g${classed} text-anchor="middle" font-family="'Noto Sans CJK SC',sans-serif" fill="${C.labelMinor}" stroke="#fff" stroke-width="${3 * k}" stroke-linejoin="round" paint-order="stroke">${set.join('')}</g>`
        : '';
    })
    .join('');
}

function labelSet(places: readonly BasemapFeature[], o: BasemapSvgOptions, k: number): string[] {
  const taken: Bounds[] = [];
  const out: string[] = [];
  for (const f of places) {
    if (out.length >= (o.maxLabels ?? 12)) break;
    const text = o.locale === 'en' ? (f.properties.label_en ?? f.properties.label) : f.properties.label;
    if (!text) continue;
    const [x, y] = o.project((f.geometry as { coordinates: Position }).coordinates);
    const size = Math.round(((f.properties.rank ?? 6) <= 3 ? 13 : 11) * k);
    const w = text.length * size * (/[\u3400-\u9fff]/.test(text) ? 1 : 0.6);
    const pad = 3 * k;
    const box: Bounds = [x - w / 2 - pad, y - size - pad, x + w / 2 + pad, y + pad];
    if (box[0] < 0 || box[1] < 0 || box[2] > o.width || box[3] > o.height) continue;
    if (taken.some((t) => !(box[2] < t[0] || box[0] > t[2] || box[3] < t[1] || box[1] > t[3]))) continue;
    taken.push(box);
    out.push(`<text x="${Math.round(x)}" y="${Math.round(y)}" font-size="${size}">${escapeMarkup(text)}</text>`);
  }
  return out;
}
