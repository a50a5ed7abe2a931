import type { APIRoute, GetStaticPaths } from 'astro';
import { iconSvg, renderIcon } from '../../offline/icons.ts';
import { ICON_SIZES, MASKABLE_SIZE } from '../../offline/manifest.ts';

/** The app icons the manifest lists: 192 and 512 px, and a maskable 512 px. */
export const getStaticPaths = (() => [
  ...ICON_SIZES.map((size) => ({ params: { name: String(size) }, props: { size, maskable: false } })),
  // 180 px for iOS's home screen, which reads <link rel="apple-touch-icon"> rather than the manifest.
  { params: { name: '180' }, props: { size: 180, maskable: false } },
  { params: { name: `maskable-${MASKABLE_SIZE}` }, props: { size: MASKABLE_SIZE, maskable: true } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { size, maskable } = props as { size: number; maskable: boolean };
  return new Response(await renderIcon(iconSvg(), size, maskable), { headers: { 'Content-Type': 'image/png' } });
};
