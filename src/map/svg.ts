/**
 * The static overview every map shows first: an SVG drawn at build time from the same data as
 * the interactive map. It is the first paint, the no-JS and print view, and what shows when
 * WebGL is missing.
 */
import type { Geometry, Position } from 'geojson';
import { type Bounds, boundsIntersect } from '../geo/bounds.ts';
import { escapeMarkup } from '../security/escape.ts';
import type { BasemapFeature } from './basemap/prepare.ts';
import { BASEMAP_COLOURS } from './basemap/style.ts';
import { basemapSvg } from './basemap/svg.ts';
import { mapLookup } from './lookup.ts';
import { MAP_COLOURS as C, KIND_STYLE } from './palette.ts';
import { spotLabel, stopSpots } from './stop-spots.ts';
import type { MapData, OverlayFeature } from './types.ts';

export interface SvgOptions {
  width: number;
  height: number;
  /** What to show; padded to keep the aspect ratio. */
  bounds: Bounds;
  /** `collection/id` whose overlays are drawn alone (its collection's others are left out). */
  focus?: string;
  /** Draw numbered route stops (route pages). */
  routeStops?: boolean;
  title: string;
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Projection of lon/lat into the SVG box, fitted to the bounds with equal scale on both axes. */
export function projector(bounds: Bounds, width: number, height: number, pad = 16) {
  const [w, s, e, n] = bounds;
  const x0 = (w * Math.PI) / 180;
  const x1 = (e * Math.PI) / 180;
  const y0 = mercY(s);
  const y1 = mercY(n);
  const scale = Math.min((width - 2 * pad) / Math.max(x1 - x0, 1e-9), (height - 2 * pad) / Math.max(y1 - y0, 1e-9));
  const offX = (width - (x1 - x0) * scale) / 2;
  const offY = (height - (y1 - y0) * scale) / 2;
  return (p: Position): [number, number] => [
    round1(offX + (((p[0] as number) * Math.PI) / 180 - x0) * scale),
    round1(offY + (y1 - mercY(p[1] as number)) * scale),
  ];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function pathOf(g: Geometry, project: (p: Position) => [number, number]): string {
  const ring = (r: Position[], close: boolean) => `M${r.map((p) => project(p).join(' ')).join('L')}${close ? 'Z' : ''}`;
  switch (g.type) {
    case 'LineString':
      return ring(g.coordinates, false);
    case 'MultiLineString':
      return g.coordinates.map((l) => ring(l, false)).join('');
    case 'Polygon':
      return g.coordinates.map((r) => ring(r, true)).join('');
    case 'MultiPolygon':
      return g.coordinates.flatMap((p) => p.map((r) => ring(r, true))).join('');
    default:
      return '';
  }
}

/** Overlay kinds an overview draws; the others (belt members, crossings, labels) are the live map's alone. */
const DRAWN = new Set([
  'partnership-area',
  'border',
  'belt-band',
  'partnership-link',
  'transit-line',
  'route-line',
  'footprint-line',
  'transit-stop',
  'route-stop',
  'footprint-stop',
]);

/** An overlay as the overview draws it: its shape and the properties the drawing reads. */
export interface SceneOverlay {
  geometry: Geometry;
  properties: Pick<OverlayFeature['properties'], 'overlay' | 'colour' | 'schematic' | 'order' | 'numbers'>;
}

/**
 * What an overview draws, picked from the whole map data: the drawing (drawOverview) reads nothing else, so this
 * and the options decide the SVG, and their digest (overview-cache.ts) can stand for it.
 */
export interface OverviewScene {
  /** The whole basemap: basemapSvg clips it to the view itself, and it is the same for every overview of a build. */
  basemap: readonly BasemapFeature[];
  /** The overlays drawn, in the data's order, with the properties the drawing reads. */
  overlays: SceneOverlay[];
  /** The site dots, in the data's order (later ones over earlier ones). */
  sites: { at: Position; kind: string }[];
  /** The site an overview is about, ringed as the live map rings it: a 4.5 px dot alone was lost on a phone. */
  focused?: { at: Position; kind: string };
}

export function overviewScene(data: MapData, o: SvgOptions): OverviewScene {
  const view: Bounds = widen(o.bounds, 0.5);
  const lookup = mapLookup(data);
  const focusCollection = o.focus?.split('/')[0];
  const shown = (f: OverlayFeature) => !focusCollection || !f.properties.entry.startsWith(`${focusCollection}/`) || f.properties.entry === o.focus;
  const drawn = (f: OverlayFeature) => {
    const kind = f.properties.overlay;
    if (!DRAWN.has(kind)) return false;
    // As on the live map: partnership areas only on a partnership's own map (the layer is off by default).
    if (kind === 'partnership-area' || kind === 'partnership-link') return o.focus === f.properties.entry;
    if (kind === 'route-line' || kind === 'route-stop') return Boolean(o.routeStops);
    // A person's own map draws the 足迹 (the shown() filter keeps it to that person).
    if (kind === 'footprint-line' || kind === 'footprint-stop') return focusCollection === 'people';
    return true;
  };
  const overlays = data.overlays.features
    .filter((f) => drawn(f) && shown(f) && boundsIntersect(lookup.boundsOf(f), view))
    .map(({ geometry, properties: { overlay, colour, schematic, order, numbers } }) => ({
      geometry,
      properties: { overlay, colour, schematic, order, numbers },
    }));
  const sites = visibleDots(
    lookup.sitesIn(view).map((s) => ({ at: s.geometry.coordinates, kind: String(s.properties.kind) })),
    projector(o.bounds, o.width, o.height),
    o,
  );
  const own = o.focus?.startsWith('sites/') ? lookup.site(o.focus.slice('sites/'.length)) : undefined;
  return { basemap: data.basemap.features, overlays, sites, ...(own ? { focused: { at: own.geometry.coordinates, kind: String(own.properties.kind) } } : {}) };
}

/** A site dot's radius with its white edge, in the SVG's pixels. */
const DOT_R = 4.5;
const DOT_EDGE = 1.5;

/**
 * The dots a picture shows, in drawing order: those inside it, each but the last of those that fall on one pixel
 * (the last is drawn over the others, which it hides whole). A route's overview of a 10,000-site pack wrote all the
 * sites of a view twice its size, 10,090 dots in 860 kB, most of them outside the picture or under another dot.
 */
export function visibleDots<T extends { at: Position }>(
  dots: readonly T[],
  project: (p: Position) => [number, number],
  box: { width: number; height: number },
): T[] {
  const reach = DOT_R + DOT_EDGE;
  const seen = new Set<number>();
  const kept: T[] = [];
  for (let i = dots.length - 1; i >= 0; i--) {
    const dot = dots[i] as T;
    const [x, y] = project(dot.at);
    if (x < -reach || y < -reach || x > box.width + reach || y > box.height + reach) continue;
    // One number per pixel: the picture is at most a few thousand pixels on a side.
    const pixel = Math.round(y) * 100_000 + Math.round(x);
    if (seen.has(pixel)) continue;
    seen.add(pixel);
    kept.push(dot);
  }
  return kept.reverse();
}

export function renderOverviewSvg(data: MapData, o: SvgOptions): string {
  return drawOverview(overviewScene(data, o), o);
}

/**
 * How the marks of a picture grow where it is shown small. In an SVG shown as an image, a media query asks how wide
 * the image is shown: the 960 px overview is seen about 358 px wide on a phone, where its site dots were 3 px specks,
 * its place names 4–5 px and its lines hairlines. Each step says up to what share of its width the picture is shown,
 * and how much its dots, place names and numbered stops grow there (names are placed again at their larger size); lines keep their width on the screen. A share card
 * (rasterised at its own size) and a desktop page match no step and show the picture as drawn.
 */
const SHOWN_SMALL = [
  { upTo: 0.75, dots: 1.6, labels: 1.6, stops: 1.4 },
  { upTo: 0.5, dots: 2.4, labels: 2.6, stops: 1.8 },
] as const;

/** The label sets basemapSvg places: the picture's own size, then one per step. */
const LABEL_SCALES = [1, ...SHOWN_SMALL.map((s) => s.labels)];

/** The picture's style sheet: every step's media query, for a picture `width` px wide. */
function shownSmallStyle(width: number): string {
  const steps = SHOWN_SMALL.map(({ upTo, dots, stops }, i) => {
    const rules = [
      `.d circle,.t{transform:scale(${dots})}`,
      `.mark{transform:scale(${stops})}`,
      `.l${i}{display:none}.l${i + 1}{display:inline}`,
      i === 0 ? 'path{vector-effect:non-scaling-stroke}' : '',
    ];
    return `@media (max-width:${Math.round(width * upTo)}px){${rules.join('')}}`;
  });
  const hidden = SHOWN_SMALL.map((_, i) => `.l${i + 1}`).join(',');
  return `<style>.d circle,.t,.mark{transform-box:fill-box;transform-origin:center}${hidden}{display:none}${steps.join('')}</style>`;
}

/** The SVG of a scene: everything it draws comes from the scene, the rest from the size, bounds and title. */
export function drawOverview(scene: OverviewScene, o: Pick<SvgOptions, 'width' | 'height' | 'bounds' | 'title'>): string {
  const project = projector(o.bounds, o.width, o.height);
  const of = (kind: string) => scene.overlays.filter((f) => f.properties.overlay === kind);
  const parts: string[] = [];
  const path = (g: Geometry, attrs: string) => {
    const d = pathOf(g, project);
    if (d) parts.push(`<path d="${d}" ${attrs}/>`);
  };

  const offline = scene.basemap.some((f) => f.properties.role === 'land' || f.properties.role === 'water');
  parts.push(`<rect width="${o.width}" height="${o.height}" fill="${offline ? BASEMAP_COLOURS.land : C.paper}"/>`);
  parts.push(
    basemapSvg(scene.basemap, {
      project,
      view: widen(viewBounds(o.bounds, o.width, o.height), 0.05),
      zoom: svgZoom(o.bounds, o.width, o.height),
      width: o.width,
      height: o.height,
      labelScales: LABEL_SCALES,
    }),
  );
  for (const f of of('partnership-area'))
    path(
      f.geometry,
      `fill="${C.partnership}" fill-opacity="0.08" stroke="${C.partnership}" stroke-opacity="0.6" stroke-dasharray="${f.properties.schematic ? '4 3' : 'none'}"`,
    );
  for (const f of of('border')) {
    path(f.geometry, 'fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round"');
    path(f.geometry, `fill="none" stroke="${C.border}" stroke-width="2.5" stroke-dasharray="6 3" stroke-linecap="round"`);
  }
  for (const f of of('belt-band'))
    path(f.geometry, `fill="none" stroke="${f.properties.colour ?? C.border}" stroke-width="3.5" stroke-opacity="0.75" stroke-linecap="round"`);
  for (const f of of('partnership-link')) path(f.geometry, `fill="none" stroke="${C.partnership}" stroke-width="2" stroke-dasharray="4 4"`);
  for (const f of of('transit-line'))
    path(f.geometry, `fill="none" stroke="${f.properties.colour ?? C.transit}" stroke-width="2.5"${f.properties.schematic ? ' stroke-dasharray="5 4"' : ''}`);
  for (const f of of('route-line'))
    path(f.geometry, `fill="none" stroke="${C.route}" stroke-width="3"${f.properties.schematic ? ' stroke-dasharray="6 4"' : ''}`);
  for (const f of of('footprint-line')) path(f.geometry, `fill="none" stroke="${C.footprint}" stroke-width="3" stroke-dasharray="5 4"`);

  // One white edge for all the dots: written on each, it was a third of a dense overview's bytes.
  const dots = scene.sites.map((s) => {
    const [x, y] = project(s.at);
    const colour = KIND_STYLE[s.kind as keyof typeof KIND_STYLE]?.colour ?? '#555';
    return `<circle cx="${x}" cy="${y}" r="${DOT_R}" fill="${colour}"/>`;
  });
  if (dots.length) parts.push(`<g class="d" stroke="#fff" stroke-width="${DOT_EDGE}">${dots.join('')}</g>`);
  if (scene.focused) {
    const [x, y] = project(scene.focused.at);
    const colour = KIND_STYLE[scene.focused.kind as keyof typeof KIND_STYLE]?.colour ?? '#555';
    // The live map's selection (style.ts sites-selected), at the size the overview is seen on a phone (about 0.4×).
    parts.push(
      `<circle cx="${x}" cy="${y}" r="26" fill="rgba(255,255,255,0.55)" stroke="${C.selected}" stroke-width="7"/><circle cx="${x}" cy="${y}" r="11" fill="${colour}" stroke="#fff" stroke-width="3"/>`,
    );
  }
  for (const f of of('transit-stop')) {
    const [x, y] = project((f.geometry as { coordinates: Position }).coordinates);
    parts.push(`<circle class="t" cx="${x}" cy="${y}" r="4" fill="#fff" stroke="${f.properties.colour ?? C.transit}" stroke-width="2"/>`);
  }
  const stops = of('route-stop').map((f) => {
    const [x, y] = project((f.geometry as { coordinates: Position }).coordinates);
    return { x, y, order: Number(f.properties.order) };
  });
  // As large as a person's 足迹 stops: the overview is shown about 360 px wide on a phone, where a 20 px pill was a
  // speck. Stops closer than a marker share one pill, wide enough for "1·2", rather than hiding each other.
  for (const { x, y, orders } of stopSpots(stops, 24)) {
    const label = spotLabel(orders);
    const w = Math.max(36, label.length * 12 + 16);
    parts.push(
      `<g class="mark"><rect x="${x - w / 2}" y="${y - 18}" width="${w}" height="36" rx="18" fill="${C.route}" stroke="#fff" stroke-width="3"/><text x="${x}" y="${y + 7}" text-anchor="middle" font-size="20" font-weight="600" font-family="sans-serif" fill="#fff">${label}</text></g>`,
    );
  }
  for (const f of of('footprint-stop')) {
    const [x, y] = project((f.geometry as { coordinates: Position }).coordinates);
    const label = escapeMarkup(f.properties.numbers ?? String(f.properties.order));
    // Larger than a route's stops: the overview is the person's only map on a phone, read beside the numbered list.
    const r = label.includes('·') ? 26 : 18;
    parts.push(
      `<g class="mark"><circle cx="${x}" cy="${y}" r="${r}" fill="${C.footprint}" stroke="#fff" stroke-width="3"/><text x="${x}" y="${y + 7}" text-anchor="middle" font-size="20" font-weight="600" font-family="sans-serif" fill="#fff">${label}</text></g>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img"><title>${escapeMarkup(o.title)}</title>${shownSmallStyle(o.width)}${parts.join('')}</svg>`;
}

/** The lon/lat box the SVG shows: the bounds padded out to the SVG's aspect ratio. */
export function viewBounds(bounds: Bounds, width: number, height: number): Bounds {
  const project = projector(bounds, width, height);
  const [x0, y0] = project([bounds[0], bounds[3]]);
  const [x1, y1] = project([bounds[2], bounds[1]]);
  const lonPerPx = (bounds[2] - bounds[0]) / Math.max(x1 - x0, 1e-9);
  const yPerPx = (mercY(bounds[3]) - mercY(bounds[1])) / Math.max(y1 - y0, 1e-9);
  const lat = (y: number) => (Math.atan(Math.sinh(y)) * 180) / Math.PI;
  return [bounds[0] - x0 * lonPerPx, lat(mercY(bounds[1]) - (height - y1) * yPerPx), bounds[2] + (width - x1) * lonPerPx, lat(mercY(bounds[3]) + y0 * yPerPx)];
}

/** The web-map zoom whose scale matches the SVG's (512 px tiles' worth of world at zoom 0, as MapLibre draws). */
export function svgZoom(bounds: Bounds, width: number, height: number, pad = 16): number {
  const [w, s, e, n] = bounds;
  const dx = ((e - w) * Math.PI) / 180;
  const dy = mercY(n) - mercY(s);
  const scale = Math.min((width - 2 * pad) / Math.max(dx, 1e-9), (height - 2 * pad) / Math.max(dy, 1e-9));
  return Math.log2((scale * 2 * Math.PI) / 512);
}

/** Bounds grown by a fraction of their size, so shapes just outside the view still draw to its edge. */
export function widen(b: Bounds, k: number): Bounds {
  const dx = (b[2] - b[0]) * k;
  const dy = (b[3] - b[1]) * k;
  return [b[0] - dx, b[1] - dy, b[2] + dx, b[3] + dy];
}
