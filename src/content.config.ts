import { defineCollection } from 'astro:content';
import { packLoader } from './pack/astro-loader.ts';
import { collectionSchemas as s } from './pack/schemas.ts';

export const collections = {
  sites: defineCollection({ loader: packLoader('sites'), schema: s.sites }),
  routes: defineCollection({ loader: packLoader('routes'), schema: s.routes }),
  belts: defineCollection({ loader: packLoader('belts'), schema: s.belts }),
  transit: defineCollection({ loader: packLoader('transit'), schema: s.transit }),
  partnerships: defineCollection({ loader: packLoader('partnerships'), schema: s.partnerships }),
  stories: defineCollection({ loader: packLoader('stories'), schema: s.stories }),
  people: defineCollection({ loader: packLoader('people'), schema: s.people }),
};
