/**
 * The web app manifest, from the pack: its title names the app, its icon colours it. Every address is relative
 * to the manifest's own, which sits at the site's base, so the app installs the same under a sub-path.
 */
export interface ManifestInput {
  title: string;
  /** The pack's `shortName`, when it gives one; else the title's first part. */
  shortName?: string;
  description: string;
  lang: string;
  themeColor: string;
  backgroundColor?: string;
  /** Names of the shortcuts (map, planner), in the site's language. */
  shortcuts?: { name: string; url: string }[];
}

export const ICON_SIZES = [192, 512] as const;
export const MASKABLE_SIZE = 512;

export function iconPath(size: number, maskable = false): string {
  return `icons/${maskable ? 'maskable-' : ''}${size}.png`;
}

/** Home-screen labels get about 12 characters: the title's first part ("党建地图 · 毗邻党建" → "党建地图"). */
export function shortName(title: string, max = 12): string {
  const first = (title.split(/\s*[·|｜—–-]\s*/)[0] ?? title).replace(/[（(][^）)]*[）)]/g, '').trim() || title.trim();
  return [...first].length <= max ? first : [...first].slice(0, max).join('');
}

export function webManifest(input: ManifestInput): Record<string, unknown> {
  return {
    id: './',
    name: input.title,
    short_name: input.shortName ?? shortName(input.title),
    description: input.description,
    lang: input.lang,
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: input.backgroundColor ?? '#ffffff',
    theme_color: input.themeColor,
    categories: ['education', 'travel'],
    icons: [
      ...ICON_SIZES.map((size) => ({ src: iconPath(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
      { src: iconPath(MASKABLE_SIZE, true), sizes: `${MASKABLE_SIZE}x${MASKABLE_SIZE}`, type: 'image/png', purpose: 'maskable' },
    ],
    ...(input.shortcuts?.length ? { shortcuts: input.shortcuts } : {}),
  };
}

/** The icon's main colour (its first fill), for the theme colour: another pack's icon brings its own. */
export function iconColour(svg: string, fallback = '#b71c1c'): string {
  const m = /fill="(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})"/.exec(svg);
  return m ? (m[1] as string).toLowerCase() : fallback;
}
