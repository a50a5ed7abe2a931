/**
 * The itinerary as a small SVG: legs (dashed when straight), numbered stops, and the provincial border for
 * context. The planner shows it on screen and on the printed 行程单; no tiles, no requests.
 */
import { MAP_COLOURS as C } from '../map/palette.ts';
import { spotLabel, stopSpots } from '../map/stop-spots.ts';
import { projector } from '../map/svg.ts';
import { escapeMarkup } from '../security/escape.ts';
import type { Itinerary, LonLat } from './types.ts';

export interface SketchOptions {
  width: number;
  height: number;
  title: string;
  /** Provincial border lines, drawn when they pass through the view. */
  border?: readonly LonLat[][];
  /** County outlines for context, drawn thin and grey. */
  outlines?: readonly LonLat[][];
}

export function sketchBounds(it: Itinerary, minSpan = 0.02): [number, number, number, number] {
  const pts: LonLat[] = [...it.stops.map((s) => [s.site.lon, s.site.lat] as LonLat), ...it.legs.flatMap((l) => l.line)];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  let [w, s, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const grow = (lo: number, hi: number) => Math.max(minSpan, (hi - lo) * 1.2) / 2;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const hx = grow(w, e);
  const hy = grow(s, n);
  [w, s, e, n] = [cx - hx, cy - hy, cx + hx, cy + hy];
  return [w, s, e, n];
}

export function itinerarySvg(it: Itinerary, o: SketchOptions): string {
  const parts: string[] = [`<rect width="${o.width}" height="${o.height}" fill="${C.land}"/>`];
  if (it.stops.length) {
    const project = projector(sketchBounds(it), o.width, o.height, 32);
    const d = (line: readonly LonLat[]) => `M${line.map((p) => project(p).join(' ')).join('L')}`;
    for (const line of o.outlines ?? []) {
      if (line.length >= 2) parts.push(`<path d="${d(line)}" fill="none" stroke="${C.boundary}" stroke-width="1" stroke-dasharray="3 2"/>`);
    }
    for (const line of o.border ?? []) {
      if (line.length >= 2) parts.push(`<path d="${d(line)}" fill="none" stroke="${C.border}" stroke-width="2" stroke-dasharray="6 3" stroke-opacity="0.7"/>`);
    }
    for (const leg of it.legs) {
      if (leg.line.length >= 2)
        parts.push(
          `<path d="${d(leg.line)}" fill="none" stroke="${C.route}" stroke-width="3" stroke-linecap="round"${leg.straight ? ' stroke-dasharray="7 5"' : ''}/>`,
        );
    }
    const spots = stopSpots(
      it.stops.map((s) => {
        const [x, y] = project([s.site.lon, s.site.lat]);
        return { x, y, order: s.order };
      }),
      6,
    );
    for (const { x, y, orders } of [...spots].reverse()) {
      const label = spotLabel(orders);
      // Digits are about 10 px wide at 16 px bold; the dot may be a full-width glyph in a CJK font.
      const w = Math.max(
        28,
        [...label].reduce((n, ch) => n + (/\d/.test(ch) ? 10 : 16), 12),
      );
      parts.push(
        `<g><rect x="${x - w / 2}" y="${y - 14}" width="${w}" height="28" rx="14" fill="${C.route}" stroke="#fff" stroke-width="2.5"/><text x="${x}" y="${y + 5.5}" text-anchor="middle" font-size="16" font-weight="700" font-family="sans-serif" fill="#fff">${label}</text></g>`,
      );
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" role="img" aria-label="${escapeMarkup(o.title)}"><title>${escapeMarkup(o.title)}</title>${parts.join('')}</svg>`;
}
