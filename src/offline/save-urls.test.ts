import { describe, expect, it } from 'vitest';
import { CACHED_DATA, isSavablePath, MAP_DATA, offlineRoutes, planSaveUrls, relativeToBase, routeSaveUrls, saveKey } from './save-urls.ts';

const route = { id: 'hongse', title: '红色线路', sites: ['a', 'b', 'a'] };

describe('the files saved for a route', () => {
  it('are its page, data files and overview, each stop’s page and overview once, the full map with its data, and the planner', () => {
    const urls = routeSaveUrls(route);
    expect(urls).toEqual([
      'routes/hongse/',
      'data/routes/hongse.geojson',
      'data/routes/hongse.gpx',
      'data/routes/hongse.kml',
      'map/overview/routes/hongse.svg',
      'sites/a/',
      'map/overview/sites/a.svg',
      'sites/b/',
      'map/overview/sites/b.svg',
      'map/',
      ...MAP_DATA,
      'plan/',
      'plan/data.json',
    ]);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('are relative to the site’s base, whether the page paths carry it or not', () => {
    expect(relativeToBase('/sites/a/', '/')).toBe('sites/a/');
    expect(relativeToBase('/pinghu/sites/a/', '/pinghu/')).toBe('sites/a/');
    expect(relativeToBase('/pinghu/sites/a/', '/pinghu')).toBe('sites/a/');
    expect(relativeToBase('/sites/a/', '/pinghu/')).toBe('sites/a/');
    expect(routeSaveUrls(route, '/pinghu/').every((u) => !u.startsWith('/'))).toBe(true);
  });

  it('are listed for every route in /offline/routes.json', () => {
    const index = offlineRoutes([route, { id: 'x', title: 'X', sites: ['c', 'd'] }]);
    expect(Object.keys(index.routes)).toEqual(['hongse', 'x']);
    expect(index.routes.x).toMatchObject({ title: 'X', href: 'routes/x/' });
    expect(index.routes.x?.urls).toContain('sites/d/');
  });
});

describe('saving from an English page', () => {
  it('keeps the English twins of the pages and the one copy of the data', () => {
    const urls = routeSaveUrls({ id: 'r', title: 'R', sites: ['a'], locale: 'en' });
    expect(urls).toEqual(
      expect.arrayContaining(['en/routes/r/', 'en/sites/a/', 'en/map/', 'en/plan/', 'data/routes/r.gpx', 'map/sites.geojson', 'plan/data.json']),
    );
    expect(urls).not.toContain('routes/r/');
    expect(urls).not.toContain('sites/a/');
    expect(planSaveUrls(['a'], '/', 'en')).toEqual(expect.arrayContaining(['en/sites/a/', 'en/map/', 'en/plan/']));
  });

  it('lists each language of a route under its own key', () => {
    const index = offlineRoutes([
      { id: 'r', title: '线路', sites: ['a'] },
      { id: 'r', title: 'Route', sites: ['a'], locale: 'en' },
    ]);
    expect(Object.keys(index.routes)).toEqual(['r', 'en:r']);
    expect(index.routes[saveKey('r', 'en')]).toMatchObject({ title: 'Route', href: 'en/routes/r/' });
    expect(index.routes.r?.href).toBe('routes/r/');
  });
});

describe('the files saved for the planner’s plan', () => {
  it('are its stops’ pages and overviews, the map and the planner', () => {
    expect(planSaveUrls(['a', 'b', 'a'], '/pinghu/')).toEqual([
      'sites/a/',
      'map/overview/sites/a.svg',
      'sites/b/',
      'map/overview/sites/b.svg',
      'map/',
      ...MAP_DATA,
      'plan/',
      'plan/data.json',
    ]);
  });

  it('come from the page, so the worker takes only plain paths of the site', () => {
    expect(planSaveUrls(['x-1']).every(isSavablePath)).toBe(true);
    for (const bad of ['/etc/passwd', '../x', 'https://evil.example/', '//evil.example/x', 'sites/a/?q=1', '', 42, 'a'.repeat(400)]) {
      expect(isSavablePath(bad), String(bad)).toBe(false);
    }
  });
});

describe('what the worker caches as data', () => {
  it('is the map data and basemap tiles, never a PMTiles archive, whose byte ranges go to the network as asked', () => {
    for (const path of ['map/sites.geojson', 'map/basemap/8/214/107.pbf', 'plan/data.json', 'map/overview/all.svg'])
      expect(CACHED_DATA.test(path), path).toBe(true);
    expect(CACHED_DATA.test('map/basemap.pmtiles')).toBe(false);
  });
});
