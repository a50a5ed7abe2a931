import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from '../pack/load.ts';
import { openDataIndex, uniqueSources } from './open-data.ts';

describe('openDataIndex', () => {
  it('lists the site files, three files per route and one per bus line, each with its sources', () => {
    const { entries } = loadPack(scenarioPack('base'));
    const groups = openDataIndex(entries, '全部地点');
    expect(groups.map((g) => [g.key, g.items.flatMap((i) => i.files.map((f) => f.href))])).toEqual([
      ['sites', ['/data/sites.geojson', '/data/sites.csv']],
      ['routes', ['/data/routes/red-origins.gpx', '/data/routes/red-origins.kml', '/data/routes/red-origins.geojson']],
      ['transit', ['/data/transit/langxia-2.geojson']],
    ]);
    expect(groups[0]?.items[0]).toMatchObject({ count: 2, sources: ['seed-002'] });
  });

  it('leaves out groups the pack has no entries for', () => {
    const { entries } = loadPack(scenarioPack('base'));
    expect(openDataIndex({ ...entries, routes: [], transit: [] }, '全部地点').map((g) => g.key)).toEqual(['sites']);
  });

  it('names each source once, without the notes of single entries', () => {
    expect(
      uniqueSources([
        ['a', { ref: 'a', note: 'x' }],
        [{ title: 'T', url: 'https://e.org/', note: 'y' }, 'b'],
      ]),
    ).toEqual(['a', { title: 'T', url: 'https://e.org/' }, 'b']);
  });
});
