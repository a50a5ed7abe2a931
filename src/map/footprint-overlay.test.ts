import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/support/dist.ts';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from '../pack/load.ts';
import { buildMapData } from './data.ts';
import { focusBounds } from './focus.ts';
import { DEFAULT_LAYERS } from './state.ts';
import { buildStyle } from './style.ts';
import { renderOverviewSvg } from './svg.ts';

const pack = loadPack(scenarioPack('base'));
const data = buildMapData(pack);
const entry = 'people/ceshi-renwu';
const mine = (overlay: string) => data.overlays.features.filter((f) => f.properties.entry === entry && f.properties.overlay === overlay);
const point = (id: string) => {
  const s = pack.entries.sites.find((x) => x.id === id)!.data.location;
  return [s.lon, s.lat];
};

describe('a person’s 足迹 on the map', () => {
  it('is a dashed line through the person’s sites in date order, with stops numbered as the list', () => {
    const [line] = mine('footprint-line');
    // Written shantang (2019) first, zhuanjiaowan (1927) third: drawn from 1927 to 2019.
    expect(line?.geometry).toEqual({ type: 'LineString', coordinates: [point('zhuanjiaowan'), point('shantang')] });
    expect(line?.properties.schematic).toBe(true);
    expect(mine('footprint-stop').map((f) => [f.properties.order, f.properties.numbers, f.properties.label])).toEqual([
      [1, undefined, '转角湾'],
      [3, undefined, '明月山塘'],
    ]);
  });

  it('numbers a stop with every step made at its point, where sites share one (转角湾 and 衙前支部 in the default pack)', () => {
    const stops = buildMapData(loadPack(ROOT)).overlays.features.filter(
      (f) => f.properties.entry === 'people/li-yiwan' && f.properties.overlay === 'footprint-stop',
    );
    expect(stops.map((f) => [f.properties.order, f.properties.numbers])).toEqual([[1, '1·2']]);
  });

  it('opens the person’s map on those places, and shows the footprint layers there only', () => {
    const b = focusBounds(data, entry);
    for (const [lon, lat] of [point('zhuanjiaowan'), point('shantang')]) {
      expect(lon).toBeGreaterThan(b[0]);
      expect(lon).toBeLessThan(b[2]);
      expect(lat).toBeGreaterThan(b[1]);
      expect(lat).toBeLessThan(b[3]);
    }
    const style = (focus?: string) =>
      buildStyle({
        urls: { basemap: 'http://x/{z}/{x}/{y}.pbf', overlays: 'http://x/o.geojson' },
        basemap: { kind: 'offline' },
        layers: DEFAULT_LAYERS,
        ...(focus ? { focus } : {}),
      });
    const vis = (focus?: string) =>
      style(focus)
        .layers.filter((l) => l.id.startsWith('footprint-'))
        .map((l) => (l.layout as { visibility?: string }).visibility);
    expect(vis(entry)).toEqual(['visible', 'visible', 'visible']);
    expect(vis()).toEqual(['none', 'none', 'none']);
    expect(vis('routes/red-origins')).toEqual(['none', 'none', 'none']);
  });

  it('draws the numbered stops into the static overview of the person’s page and nowhere else', () => {
    const svg = (focus?: string) =>
      renderOverviewSvg(data, { width: 800, height: 500, bounds: focusBounds(data, focus), ...(focus ? { focus } : {}), title: 't' });
    expect(svg(entry)).toMatch(/<circle[^>]*fill="#b0306a"[^>]*\/><text[^>]*>1<\/text>/);
    expect(svg(entry)).toContain('stroke-dasharray="5 4"');
    expect(svg()).not.toContain('#b0306a');
  });
});
