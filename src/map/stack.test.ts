import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/support/dist.ts';
import { loadPack } from '../pack/load.ts';
import { buildMapData } from './data.ts';
import { heldIds, stackSites } from './stack.ts';
import type { SiteFeature } from './types.ts';

const site = (id: string, lon: number, lat: number) =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, title: id, kind: 'village' } }) as unknown as SiteFeature;

describe('stackSites', () => {
  it('draws sites at one point as one marker holding them all, and leaves single sites alone', () => {
    const out = stackSites([site('a', 121, 30), site('b', 121.1, 30), site('c', 121, 30)]);
    expect(out).toHaveLength(2);
    const stack = out.find((f) => 'stack' in f.properties)!;
    expect(stack.properties).toMatchObject({ stack: 2, stackIds: '|a|c|', kind: 'village' });
    expect(heldIds(stack.properties)).toEqual(['a', 'c']);
    expect(out.find((f) => f.properties.id === 'b')?.properties).not.toHaveProperty('stack');
    expect(heldIds({ id: 'b' })).toEqual(['b']);
  });

  it('keeps every site of the default pack reachable through exactly one marker', () => {
    const sites = buildMapData(loadPack(ROOT)).sites.features;
    const markers = stackSites(sites);
    expect(markers.length).toBeLessThan(sites.length);
    expect(markers.flatMap((m) => heldIds(m.properties)).sort()).toEqual(sites.map((s) => s.properties.id).sort());
  });
});
