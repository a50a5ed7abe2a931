import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/support/dist.ts';
import { km } from '../geo/distance.ts';
import { loadPack } from '../pack/load.ts';
import { buildMapData } from './data.ts';
import { districtBounds, nearestSite } from './nearby.ts';
import type { SiteFeature } from './types.ts';

const site = (id: string, lon: number, lat: number, regionKeys: string) =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id, title: id, kind: 'village', regionKeys },
  }) as unknown as SiteFeature;

const shantang = site('shantang', 121.13, 30.78, '|浙江省|浙江省/嘉兴市|浙江省/嘉兴市/平湖市|');
const jinshanwei = site('jinshanwei', 121.28, 30.75, '|上海市|上海市/金山区|');
const fengjing = site('fengjing', 121.05, 30.88, '|上海市|上海市/金山区|');
const sites = [shantang, jinshanwei, fengjing];

describe('nearestSite', () => {
  it('finds the nearest site and says how far it is', () => {
    const here: [number, number] = [121.25, 30.74];
    expect(nearestSite(sites, here)).toEqual({ site: jinshanwei, km: km(here, [121.28, 30.75]) });
    expect(nearestSite(sites, [121.12, 30.79])?.site).toBe(shantang);
    expect(nearestSite([], here)).toBeUndefined();
  });

  it('finds 明月山塘’s neighbours in the default pack from 廊下', () => {
    const all = buildMapData(loadPack(ROOT)).sites.features;
    const found = nearestSite(all, [121.1738, 30.8012]);
    expect(found?.site.properties.id).toBe('langxia-jiaoye-gongyuan');
    expect(found?.km).toBeLessThan(0.1);
  });
});

describe('districtBounds', () => {
  it('frames the district’s sites with a margin', () => {
    const [w, s, e, n] = districtBounds(sites, '上海市/金山区') ?? [];
    expect([w, s, e, n].map((x) => Number(x?.toFixed(5)))).toEqual([121.04, 30.74, 121.29, 30.89]);
  });

  it('frames a district of one site and nothing for a district without sites', () => {
    expect(districtBounds(sites, '浙江省/嘉兴市/平湖市')?.map((x) => Number(x.toFixed(5)))).toEqual([121.12, 30.77, 121.14, 30.79]);
    expect(districtBounds(sites, '江苏省')).toBeUndefined();
    // A key is a whole region path, not the start of one.
    expect(districtBounds(sites, '浙江省/嘉兴')).toBeUndefined();
  });
});
