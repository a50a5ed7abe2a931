import { defineConfig } from 'astro/config';
import { packIntegration } from './src/pack/astro-integration.ts';

export default defineConfig({
  output: 'static',
  // Tests build other packs side by side; each gets its own output folder.
  outDir: process.env.DIST_DIR ?? './dist',
  // Builds running side by side (tests, other packs) each keep their own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [packIntegration()],
  devToolbar: { enabled: false },
});
