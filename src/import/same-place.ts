/**
 * Whether a row names a place the pack already has, though not in the same words: 兴旺村 and 兴旺村（平湖市新埭镇）
 * 1.1 km apart, 九龙山 and 九龙山国家森林公园 at one point. An identical name close by is the same entry (plan-sites.ts);
 * a similar name close by is a likely match, which the user settles with --merge or --new.
 */
import { metres } from '../geo/distance.ts';

/** The same words this close are the same place: approximate points of one village differ by a few hundred metres. */
export const SAME_NAME_RADIUS = 1000;
/** The same name once the bracketed part is dropped (兴旺村（平湖市新埭镇）), this close: likely the same place. */
export const CORE_RADIUS = 2000;
/** One name inside the other (九龙山, 九龙山国家森林公园), this close. */
export const CONTAINED_RADIUS = 1000;
/** Names sharing most of their character pairs, this close. */
export const SIMILAR_RADIUS = 500;
const SIMILAR_DICE = 0.6;

/** A name without what is in brackets, punctuation and spaces: the words that say which place it is. */
export function nameCore(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();
}

function pairs(s: string): string[] {
  const chars = [...s];
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

/** Sørensen–Dice similarity of two names' character pairs (1 is the same). */
export function nameSimilarity(a: string, b: string): number {
  const x = pairs(a);
  const y = pairs(b);
  if (!x.length || !y.length) return a === b ? 1 : 0;
  const rest = [...y];
  let shared = 0;
  for (const p of x) {
    const i = rest.indexOf(p);
    if (i >= 0) {
      shared++;
      rest.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

export type Match = 'same' | 'likely';

/** How a row's name and point compare with a site's: the same entry, likely the same place, or neither. */
export function comparePlaces(title: string, at: readonly [number, number], other: { title: string; wgs84: readonly [number, number] }): Match | undefined {
  const apart = metres(at, other.wgs84);
  if (title === other.title && apart <= SAME_NAME_RADIUS) return 'same';
  const a = nameCore(title);
  const b = nameCore(other.title);
  if (!a || !b) return undefined;
  if (a === b) return apart <= CORE_RADIUS ? 'likely' : undefined;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if ([...short].length >= 2 && long.includes(short)) return apart <= CONTAINED_RADIUS ? 'likely' : undefined;
  return apart <= SIMILAR_RADIUS && nameSimilarity(a, b) >= SIMILAR_DICE ? 'likely' : undefined;
}

/** The pack's site a row most likely names: an identical name first, then the nearest likely one. */
export function findPlace<T extends { title: string; wgs84: readonly [number, number] }>(
  title: string,
  at: readonly [number, number],
  sites: readonly T[],
): { site: T; match: Match; metres: number } | undefined {
  let best: { site: T; match: Match; metres: number } | undefined;
  for (const site of sites) {
    const match = comparePlaces(title, at, site);
    if (!match) continue;
    const apart = metres(at, site.wgs84);
    if (!best || (match === 'same' && best.match !== 'same') || (match === best.match && apart < best.metres)) best = { site, match, metres: apart };
  }
  return best;
}
