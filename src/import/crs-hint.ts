/**
 * A file read as WGS-84 whose points sit a few hundred metres off the pack's places of the same name, each in
 * the direction GCJ-02 shifts a point at that spot, was almost certainly copied from 高德 or 腾讯: say so.
 */
import gcoord from 'gcoord';

/** Offsets shorter than this are the spread of approximate points, not a datum. */
const MIN_OFFSET = 200;

function metresEastNorth(from: readonly [number, number], to: readonly [number, number]): [number, number] {
  const k = 111_320;
  return [(to[0] - from[0]) * k * Math.cos((from[1] * Math.PI) / 180), (to[1] - from[1]) * k];
}

/** How many namesakes sit off by the GCJ-02 shift, and by about how far; undefined when they do not. */
export function gcjHint(namesakes: readonly { row: [number, number]; site: [number, number] }[]): { n: number; metres: number } | undefined {
  const off = namesakes.filter((p) => Math.hypot(...metresEastNorth(p.site, p.row)) > MIN_OFFSET);
  if (!off.length) return undefined;
  const like = off.filter((p) => {
    const d = metresEastNorth(p.site, p.row);
    const g = metresEastNorth(p.site, gcoord.transform([...p.site] as [number, number], gcoord.WGS84, gcoord.GCJ02) as [number, number]);
    return Math.hypot(d[0] - g[0], d[1] - g[1]) < Math.max(80, 0.3 * Math.hypot(...g));
  });
  if (!like.length || like.length * 2 < off.length) return undefined;
  const sizes = like.map((p) => Math.hypot(...metresEastNorth(p.site, p.row))).sort((a, b) => a - b);
  return { n: like.length, metres: Math.round((sizes[Math.floor(sizes.length / 2)] as number) / 10) * 10 };
}
