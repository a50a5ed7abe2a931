import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPackFile } from './pack-files.ts';
import { packConfigSchema } from './schemas.ts';

const config = packConfigSchema.parse({ title: 't', description: 'd', serviceArea: [120, 30, 122, 32], paths: { content: 'src/content', geo: 'geo' } });
const pack = { root: '/repo', config };

describe('isPackFile (what the dev server watches to read the pack again)', () => {
  it('is pack.yaml and everything in the content and geo folders', () => {
    expect(isPackFile(pack, '/repo/pack.yaml')).toBe(true);
    expect(isPackFile(pack, '/repo/src/content/sites/a.md')).toBe(true);
    expect(isPackFile(pack, '/repo/geo/basemap/land.geojson')).toBe(true);
    expect(isPackFile(pack, join('/repo', 'geo', 'red.geojson'))).toBe(true);
  });

  it('is not the code around a pack kept in the repository, nor a folder that only starts alike', () => {
    expect(isPackFile(pack, '/repo/src/pages/index.astro')).toBe(false);
    expect(isPackFile(pack, '/repo/src/content.config.ts')).toBe(false);
    expect(isPackFile(pack, '/repo/geography/x.geojson')).toBe(false);
    expect(isPackFile(pack, '/repo/sub/pack.yaml')).toBe(false);
    expect(isPackFile(pack, '/elsewhere/geo/x.geojson')).toBe(false);
  });
});
