import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/support/dist.ts';
import { scenarioPack } from '../../tests/support/scenario.ts';
import type { PackArchive } from '../pack/archive.ts';
import { loadPack } from '../pack/load.ts';
import { chooseBasemap, packBasemap } from './basemap-config.ts';
import { buildMapData, shortLineName, stopName } from './data.ts';
import { filterSites } from './filter.ts';
import { focusBounds } from './focus.ts';
import { drawIcon } from './icons.ts';
import { fullMapHref } from './links.ts';
import { KIND_STYLE, MAP_COLOURS } from './palette.ts';
import { regionPaths } from './site-regions.ts';
import { DEFAULT_LAYERS, LAYERS, parseState } from './state.ts';
import { buildStyle, LAYER_GROUPS } from './style.ts';
import { projector, renderOverviewSvg, visibleDots } from './svg.ts';
import { OVERVIEW_SIZE } from './view.ts';

const defaultData = buildMapData(loadPack(ROOT));
const base = buildMapData(loadPack(scenarioPack('base')));
const urls = { basemap: 'http://127.0.0.1/map/basemap/{z}/{x}/{y}.pbf', overlays: 'http://127.0.0.1/map/overlays.geojson' };

describe('regionPaths', () => {
  it('gives a region and its ancestors, not repeating a municipality', () => {
    expect(regionPaths({ province: '上海市', city: '上海市', county: '金山区', town: '廊下镇', village: '山塘村' })).toEqual([
      '上海市',
      '上海市/金山区',
      '上海市/金山区/廊下镇',
    ]);
  });
});

describe('buildMapData', () => {
  it('gives every site a point with its filters keys', () => {
    const s = base.sites.features.find((f) => f.properties.id === 'zhuanjiaowan')!;
    expect(s.geometry.coordinates).toEqual([121.05, 30.66]);
    expect(s.properties).toMatchObject({
      kind: 'red-heritage',
      bands: '|qicai/red|',
      partnerships: '|pinghu-jinshan|',
      routes: 'red-origins',
      approximate: true,
    });
    expect(s.properties.regionKeys).toBe('|浙江省|浙江省/嘉兴市|浙江省/嘉兴市/平湖市|浙江省/嘉兴市/平湖市/独山港镇|');
  });

  it('lists both regions of a cross-border site', () => {
    const s = base.sites.features.find((f) => f.properties.id === 'shantang')!;
    expect(s.properties.regions).toEqual(['浙江省嘉兴市平湖市广陈镇山塘村', '上海市金山区廊下镇山塘村']);
    expect(s.properties.regionKeys).toContain('|上海市/金山区|');
    expect(s.properties.regionKeys).toContain('|浙江省/嘉兴市/平湖市|');
  });

  it('draws the route from geo/ and the bus line from its stops, marked schematic', () => {
    const route = base.overlays.features.find((f) => f.properties.overlay === 'route-line')!;
    expect(route.properties.schematic).toBeUndefined();
    const line = base.overlays.features.find((f) => f.properties.overlay === 'transit-line')!;
    expect(line.properties.schematic).toBe(true);
    expect(base.overlays.features.filter((f) => f.properties.overlay === 'route-stop').map((f) => f.properties.order)).toEqual([1, 2]);
  });

  it('numbers route stops on one point with all their numbers, on the live map and on the cards', () => {
    // 转角湾 and 中共衙前支部 share one approximate point, and so do 明月山塘 and its 联合党支部: stops 1–2 and 3–4.
    const stops = defaultData.overlays.features.filter((f) => f.properties.overlay === 'route-stop' && f.properties.entry === 'routes/hongse-yuanyuan');
    expect(stops.map((f) => f.properties.numbers)).toEqual(['1·2', '1·2', '3·4', '3·4', ...stops.slice(4).map(() => undefined)]);
    const focus = 'routes/hongse-yuanyuan';
    const svg = renderOverviewSvg(defaultData, { width: 1200, height: 630, bounds: focusBounds(defaultData, focus), focus, routeStops: true, title: 't' });
    const labels = [...svg.matchAll(/<text [^>]*fill="#fff">([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels).toContain('1·2');
    // Every stop's number is drawn somewhere: none is hidden under another.
    const drawn = labels.flatMap((l) => String(l).split('·').map(Number));
    expect(new Set(drawn)).toEqual(new Set(stops.map((f) => f.properties.order)));
  });

  it("draws a route's stop numbers readable on a phone: at 360 px wide the overview's numbers are at least 7 px", () => {
    const focus = 'routes/hongse-yuanyuan';
    const svg = renderOverviewSvg(defaultData, { ...OVERVIEW_SIZE, bounds: focusBounds(defaultData, focus), focus, routeStops: true, title: 't' });
    const sizes = [...svg.matchAll(/<text [^>]*font-size="(\d+)"[^>]*fill="#fff">[^<]+<\/text>/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect((size * 360) / OVERVIEW_SIZE.width).toBeGreaterThanOrEqual(7);
  });

  it("rings a site on its own overview, at its point, big enough to find on a phone (and no other site's)", () => {
    const focus = 'sites/zhuanjiaowan';
    const o = { ...OVERVIEW_SIZE, bounds: focusBounds(defaultData, focus), focus, title: 't' };
    const svg = renderOverviewSvg(defaultData, o);
    const rings = [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)" r="(\d+)" fill="rgba\(255,255,255,0.55\)" stroke="#005fcc"/g)];
    expect(rings).toHaveLength(1);
    // At the site's point: the middle of its overview, which is centred on it.
    expect(Number(rings[0]?.[1])).toBeCloseTo(o.width / 2, -1);
    expect(Number(rings[0]?.[2])).toBeCloseTo(o.height / 2, -1);
    expect((Number(rings[0]?.[3]) * 2 * 360) / o.width).toBeGreaterThanOrEqual(18);
    expect(renderOverviewSvg(defaultData, { ...o, bounds: focusBounds(defaultData, 'routes/hongse-yuanyuan'), focus: 'routes/hongse-yuanyuan' })).not.toContain(
      '#005fcc"',
    );
  });

  it('gives each bus line of the default pack its own colour, on its line and stops, and labels no unnamed stop', () => {
    const colours = defaultData.transit.map((t) => t.colour);
    expect(new Set(colours).size).toBe(colours.length);
    for (const t of defaultData.transit) {
      const drawn = defaultData.overlays.features.filter(
        (f) => f.properties.entry === `transit/${t.id}` && f.properties.overlay.startsWith('transit-') && f.properties.overlay !== 'transit-crossing',
      );
      expect(drawn.every((f) => f.properties.colour === t.colour)).toBe(true);
    }
    const stops = defaultData.overlays.features.filter((f) => f.properties.overlay === 'transit-stop');
    expect(stops.some((f) => f.properties.label === undefined)).toBe(true);
    expect(stops.some((f) => f.properties.label?.includes('来源未给出'))).toBe(false);
    expect(stopName('浙江一侧（来源未给出站名）')).toBeUndefined();
    expect(stopName('山塘村')).toBe('山塘村');
    expect(shortLineName('平湖207路（开到廊下农家乐）')).toBe('平湖207路');
    expect(shortLineName('（无名）')).toBe('（无名）');
  });

  it('links a two-member partnership (平湖–金山) instead of drawing a capsule around it', () => {
    const mine = defaultData.overlays.features.filter((f) => f.properties.entry === 'partnerships/pinghu-jinshan');
    expect(mine.filter((f) => f.properties.overlay === 'partnership-member')).toHaveLength(2);
    expect(mine.find((f) => f.properties.overlay === 'partnership-link')?.geometry.type).toBe('LineString');
    expect(mine.some((f) => f.properties.overlay === 'partnership-area')).toBe(false);
  });

  it('finds the Zhejiang–Shanghai border in the default pack and where bus lines cross it', () => {
    const border = defaultData.overlays.features.filter((f) => f.properties.overlay === 'border');
    expect(border.length).toBeGreaterThan(0);
    expect(border.every((f) => f.properties.label === '上海市 | 浙江省')).toBe(true);
    const crossings = defaultData.overlays.features.filter((f) => f.properties.overlay === 'transit-crossing');
    expect(new Set(crossings.map((f) => f.properties.entry))).toContain('transit/langxia-2-lu');
  });

  it('links the members of each named band and rings them in its colour', () => {
    const members = defaultData.overlays.features.filter((f) => f.properties.overlay === 'belt-member');
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((f) => /^#[0-9a-fA-F]{6}$/.test(f.properties.colour ?? ''))).toBe(true);
  });

  it('fits the initial view to the pack, not to a fixed place', () => {
    const [w, s, e, n] = base.bounds;
    for (const f of base.sites.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(lon >= w && lon <= e && lat >= s && lat <= n).toBe(true);
    }
    const example = buildMapData(loadPack(`${ROOT}/examples/tongwulang`));
    expect(example.bounds[1]).toBeGreaterThan(39); // 通武廊, far north of Pinghu
  });

  it('counts facets from the sites', () => {
    expect(defaultData.facets.kinds.reduce((n, k) => n + k.count, 0)).toBe(defaultData.sites.features.length);
    expect(defaultData.facets.regions.find((r) => r.value === '浙江省/嘉兴市/平湖市')?.depth).toBe(2);
  });
});

describe('filterSites', () => {
  const all = defaultData.sites.features;
  const none = { kinds: [], sites: [] };
  it('combines kind, region, band and partnership', () => {
    const villages = filterSites(all, { ...none, kinds: ['village'] });
    expect(villages.length).toBeGreaterThan(0);
    expect(villages.every((s) => s.properties.kind === 'village')).toBe(true);
    const pinghuVillages = filterSites(all, { ...none, kinds: ['village'], region: '浙江省/嘉兴市/平湖市' });
    expect(pinghuVillages.length).toBeLessThan(villages.length);
    expect(pinghuVillages.every((s) => s.properties.regionKeys.includes('|浙江省/嘉兴市/平湖市|'))).toBe(true);
    expect(filterSites(all, { ...none, partnership: 'pinghu-jinshan' }).length).toBeGreaterThan(10);
  });
  it('restricts to the sites a search found', () => {
    expect(filterSites(all, { ...none, sites: ['zhuanjiaowan'] }).map((s) => s.properties.id)).toEqual(['zhuanjiaowan']);
  });
  it('keeps the sites the find box names, with the other filters', () => {
    const shantang = filterSites(all, { ...none, q: '山塘' }).map((s) => s.properties.id);
    expect(shantang).toContain('mingyue-shantang');
    expect(shantang.every((id) => all.find((s) => s.properties.id === id)?.properties.title.includes('山塘'))).toBe(true);
    const inJinshan = filterSites(all, { ...none, q: '山塘', region: '上海市/金山区' });
    expect(inJinshan.length).toBeGreaterThan(0);
    expect(inJinshan.length).toBeLessThan(shantang.length);
  });
});

describe('buildStyle', () => {
  const style = buildStyle({ urls, basemap: { kind: 'offline' }, layers: DEFAULT_LAYERS });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
    const tianditu = buildStyle({
      urls,
      basemap: chooseBasemap('tianditu', { TIANDITU_KEY: 'k', TIANDITU_SHENTU: 'GS(2024)0650号' }).basemap,
      layers: LAYERS,
      focus: 'routes/x',
    });
    expect(validateStyleMin(tianditu)).toEqual([]);
  });

  it('has every layer of every switchable group', () => {
    const ids = new Set(style.layers.map((l) => l.id));
    for (const group of LAYERS) for (const id of LAYER_GROUPS[group]) expect(ids.has(id), id).toBe(true);
  });

  it('requests nothing outside the site by default: no tiles, no glyphs, no sprite', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const json = JSON.stringify(style);
    expect(json.match(/https?:\/\/[^"]+/g)?.every((u) => u.startsWith('http://127.0.0.1/'))).toBe(true);
  });

  it('names 天地图 and the 审图号 when that basemap is configured, with the key in the tile URLs', () => {
    const s = buildStyle({ urls, basemap: { kind: 'tianditu', key: 'abc', shentu: 'GS(2024)0650号' }, layers: DEFAULT_LAYERS });
    const vec = s.sources['tianditu-vec'] as { tiles: string[]; attribution: string };
    expect(vec.attribution).toBe('© 天地图 · GS(2024)0650号');
    expect(vec.tiles[0]).toContain('LAYER=vec');
    expect(vec.tiles[0]).toContain('TILEMATRIXSET=w');
    expect(vec.tiles[0]).toContain('tk=abc');
    expect(s.sources['tianditu-cva']).toBeDefined();
  });

  it('hides switched-off groups and shows routes on a route page', () => {
    const s = buildStyle({ urls, basemap: { kind: 'offline' }, layers: ['sites'], focus: 'routes/x' });
    const vis = (id: string) => (s.layers.find((l) => l.id === id)?.layout as { visibility?: string } | undefined)?.visibility;
    expect(vis('transit-line')).toBe('none');
    expect(vis('sites-point')).toBe('visible');
    expect(vis('route-line')).toBe('visible');
  });
});

describe('chooseBasemap', () => {
  it('falls back to the offline basemap, with a warning, when the online one lacks its key or URL', () => {
    expect(chooseBasemap('tianditu', {})).toMatchObject({ basemap: { kind: 'offline' }, warning: expect.stringContaining('TIANDITU_KEY') });
    expect(chooseBasemap('osm', { OSM_TILE_URL: 'https://tile.example/x.png' }).basemap.kind).toBe('offline');
    expect(chooseBasemap('osm', { OSM_TILE_URL: 'https://tile.example/{z}/{x}/{y}.png' }).basemap.kind).toBe('osm');
  });

  const archive: PackArchive = {
    path: '/pack/geo/basemap/region.pmtiles',
    file: 'geo/basemap/region.pmtiles',
    tiles: 'vector',
    flavor: 'dark',
    attribution: '© OpenStreetMap contributors · Protomaps',
    bounds: [120.8, 30.4, 121.6, 31.1],
    minzoom: 0,
    maxzoom: 8,
    bytes: 6000,
  };

  it('serves the pack’s own archive from the site, vector with its flavour, under the base path', () => {
    expect(chooseBasemap('pmtiles', {}, archive, '/dangjian/')).toEqual({
      basemap: { kind: 'pmtiles', url: '/dangjian/map/basemap.pmtiles', attribution: archive.attribution, vector: { flavor: 'dark' } },
      archive,
    });
    expect(chooseBasemap('pmtiles', {}, { ...archive, tiles: 'raster', attribution: undefined }, '/').basemap).toEqual({
      kind: 'pmtiles',
      url: '/map/basemap.pmtiles',
    });
  });

  it('lets PMTILES_URL (a raster archive elsewhere) and BASEMAP override the pack, and ships the archive only when it is used', () => {
    const env = { PMTILES_URL: 'https://tiles.example/area.pmtiles' };
    expect(chooseBasemap('pmtiles', env, archive)).toEqual({ basemap: { kind: 'pmtiles', url: env.PMTILES_URL } });
    const pack = { config: { basemap: { default: 'pmtiles' as const, layers: [] } }, archive } as unknown as Parameters<typeof packBasemap>[0];
    expect(packBasemap(pack, { BASEMAP: 'offline' })).toEqual({ basemap: { kind: 'offline' } });
    expect(packBasemap(pack, {}).archive).toBe(archive);
  });

  it('says what a pmtiles basemap lacks when there is no archive at all', () => {
    expect(chooseBasemap('pmtiles', {})).toMatchObject({ basemap: { kind: 'offline' }, warning: expect.stringMatching(/basemap\.pmtiles.*PMTILES_URL/) });
  });
});

describe('visibleDots', () => {
  // A 100 × 100 picture whose pixels are the positions themselves.
  const project = (p: number[]): [number, number] => [p[0] as number, p[1] as number];
  const dot = (name: string, x: number, y: number) => ({ name, at: [x, y] });
  const names = (dots: { name: string }[]) => dots.map((d) => d.name);

  it('keeps the dots inside the picture, and those whose edge reaches into it, in their order', () => {
    const dots = [dot('a', 50, 50), dot('left', -5, 50), dot('far left', -7, 50), dot('below', 40, 105), dot('far below', 40, 107), dot('b', 0, 100)];
    expect(names(visibleDots(dots, project, { width: 100, height: 100 }))).toEqual(['a', 'left', 'below', 'b']);
  });

  it('keeps, of the dots on one pixel, the last one, which the picture draws over the others', () => {
    const dots = [dot('under', 10.2, 10.1), dot('apart', 12, 10), dot('over', 9.8, 9.9)];
    expect(names(visibleDots(dots, project, { width: 100, height: 100 }))).toEqual(['apart', 'over']);
  });
});

describe('renderOverviewSvg', () => {
  const svg = renderOverviewSvg(defaultData, { width: 960, height: 600, bounds: defaultData.allBounds, title: '<地图> & "全部"' });

  it('draws every site in view as a dot in its kind colour, one dot where sites fall on one pixel', () => {
    const project = projector(defaultData.allBounds, 960, 600);
    const pixels = new Set(defaultData.sites.features.map((f) => project(f.geometry.coordinates).map(Math.round).join()));
    // The whole pack's view puts neighbouring villages on one pixel: fewer dots than sites, and one for each spot.
    expect(pixels.size).toBeLessThan(defaultData.sites.features.length);
    expect(svg.match(/<circle [^>]*r="4.5"/g)).toHaveLength(pixels.size);
    expect(svg).toContain(`fill="${KIND_STYLE['red-heritage'].colour}"`);
  });

  it('matches the live map: bus lines in their own colours, partnerships only on their own overview', () => {
    const core = renderOverviewSvg(defaultData, { width: 960, height: 600, bounds: defaultData.bounds, title: 'all' });
    for (const t of defaultData.transit) expect(core).toContain(`stroke="${t.colour}"`);
    expect(core).not.toContain(`fill="${MAP_COLOURS.partnership}"`);
    const pair = renderOverviewSvg(defaultData, {
      width: 960,
      height: 600,
      bounds: focusBounds(defaultData, 'partnerships/pinghu-jinshan'),
      focus: 'partnerships/pinghu-jinshan',
      title: 'pair',
    });
    expect(pair).toContain(`stroke="${MAP_COLOURS.partnership}" stroke-width="2" stroke-dasharray="4 4"`);
  });

  it('draws the border, and escapes its title', () => {
    expect(svg).toContain('stroke-dasharray="6 3"');
    expect(svg).toContain('<title>&lt;地图&gt; &amp; &quot;全部&quot;</title>');
    expect(svg).not.toContain('NaN');
  });

  it('numbers the stops of a route', () => {
    const routes = renderOverviewSvg(base, {
      width: 400,
      height: 300,
      bounds: focusBounds(base, 'routes/red-origins'),
      focus: 'routes/red-origins',
      routeStops: true,
      title: 'r',
    });
    expect(routes).toMatch(/>1<\/text>.*>2<\/text>/);
  });
});

describe('drawIcon', () => {
  it('fills the centre with the colour and leaves the corners clear', () => {
    const icon = drawIcon('circle', '#D55E00', 22);
    const at = (x: number, y: number) => Array.from(icon.data.slice((y * 22 + x) * 4, (y * 22 + x) * 4 + 4));
    expect(at(11, 11)).toEqual([0xd5, 0x5e, 0x00, 255]);
    expect(at(0, 0)[3]).toBe(0);
  });
  it('draws each shape differently', () => {
    const shapes = new Set(Object.values(KIND_STYLE).map((k) => drawIcon(k.shape, '#000000').data.join(',')));
    expect(shapes.size).toBe(Object.keys(KIND_STYLE).length);
  });
});

describe('fullMapHref', () => {
  it('opens the full map on the same site or partnership', () => {
    expect(fullMapHref('sites', 'zhuanjiaowan')).toBe('/map/?site=zhuanjiaowan');
    expect(fullMapHref('partnerships', 'x')).not.toContain('layers=');
    expect(fullMapHref('partnerships', 'x')).toBe('/map/?p=x');
    expect(
      parseState(fullMapHref('routes', 'x').slice(5), {
        kinds: new Set(),
        regions: new Set(),
        bands: new Set(),
        partnerships: new Set(),
        sites: new Set(),
        lines: new Set(),
      }).layers,
    ).toContain('routes');
    expect(fullMapHref('transit', 'langxia-2')).toBe('/map/?line=langxia-2');
  });
});
