import type { APIRoute, GetStaticPaths } from 'astro';
import { allPublishedImages, type PublishedImage, renderVariant } from '../../media/pack-images.ts';
import { getPack } from '../../pack/index.ts';

/** Each copy of each of the pack's pictures, e.g. /media/3f2a9c1d0b7e-960.webp (src/media/variants.ts names them). */
export const getStaticPaths = (async () =>
  (await allPublishedImages(getPack())).flatMap((image) =>
    image.variants.map((v) => ({ params: { name: v.path.slice('media/'.length, -'.webp'.length) }, props: { image, width: v.width } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { image, width } = props as { image: PublishedImage; width: number };
  return new Response(new Uint8Array(await renderVariant(image, width)), { headers: { 'Content-Type': 'image/webp' } });
};
