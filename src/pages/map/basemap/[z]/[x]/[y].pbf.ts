import type { APIRoute, GetStaticPaths } from 'astro';
import { getBasemapTiles } from '../../../../../map/index.ts';

export const getStaticPaths = (() =>
  [...getBasemapTiles().tiles.keys()].map((key) => {
    const [z, x, y] = key.split('/');
    return { params: { z, x, y } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response((getBasemapTiles().tiles.get(`${params.z}/${params.x}/${params.y}`) ?? new Uint8Array()) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/x-protobuf' },
  });
