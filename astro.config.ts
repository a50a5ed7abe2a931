import { defineConfig } from 'astro/config';
import { packIntegration } from './src/pack/astro-integration.ts';

export default defineConfig({
  output: 'static',
  // Tests build other packs side by side; each gets its own output folder.
  outDir: process.env.DIST_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [packIntegration()],
  devToolbar: { enabled: false },
});
