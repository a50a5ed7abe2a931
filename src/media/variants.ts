/**
 * The sizes a picture is published in: a phone takes the small one, a desktop column the middle, a wide or dense
 * screen the large; never larger than the original, so a small picture is published once at its own width.
 */

/** Widths in CSS pixels of the published copies; the page column is at most 48rem (768 px). */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;

/** How the page lays a picture out, for the browser to pick a copy before it knows the layout. */
export const IMAGE_SIZES = '(min-width: 52rem) 48rem, calc(100vw - 2rem)';

export interface Variant {
  width: number;
  height: number;
  /** Site path of the copy, e.g. media/3f2a9c1d0b7e-960.webp: named by the picture's bytes, so a change renames it. */
  path: string;
}

/** The copies of a `width`×`height` picture whose bytes digest to `digest`, smallest first. */
export function imageVariants(digest: string, width: number, height: number): Variant[] {
  const widths = [...new Set([...IMAGE_WIDTHS.filter((w) => w < width), Math.min(width, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1] ?? width)])];
  return widths.map((w) => ({ width: w, height: Math.round((height * w) / width), path: `media/${digest}-${w}.webp` }));
}

/** The `srcset` attribute of those copies, their paths made site paths by `at`. */
export function srcset(variants: readonly Variant[], at: (path: string) => string): string {
  return variants.map((v) => `${at(v.path)} ${v.width}w`).join(', ');
}
