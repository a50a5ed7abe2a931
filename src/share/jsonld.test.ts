import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../pack/load.ts';
import type { CollectionData } from '../pack/schemas.ts';
import { type JsonLd, jsonLdText, routeJsonLd, siteJsonLd } from './jsonld.ts';

const pack = loadPack(resolve(import.meta.dirname, '../..'));
const sites = new Map(pack.entries.sites.map((s) => [s.id, s.data]));
const origin = 'https://example.org/';
const abs = (p: string) => new URL(p.replace(/^\//, ''), origin).href;
const none = () => undefined;

/** Every value is JSON (no undefined, no NaN), recursively; returns the paths of the bad ones. */
function badValues(v: unknown, path = '$'): string[] {
  if (v === undefined || v === null) return [path];
  if (typeof v === 'number') return Number.isFinite(v) ? [] : [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => badValues(x, `${path}[${i}]`));
  if (typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => badValues(x, `${path}.${k}`));
  return [];
}

function expectPlace(p: JsonLd) {
  expect(typeof p.name).toBe('string');
  const geo = p.geo as JsonLd;
  expect(geo['@type']).toBe('GeoCoordinates');
  expect(typeof geo.latitude).toBe('number');
  expect(typeof geo.longitude).toBe('number');
  expect(Math.abs(geo.latitude as number)).toBeLessThanOrEqual(90);
  expect(Math.abs(geo.longitude as number)).toBeLessThanOrEqual(180);
}

describe('site JSON-LD', () => {
  it.each(pack.entries.sites.map((s) => [s.id, s.data] as const))('%s is a complete TouristAttraction', (id, data) => {
    const ld = siteJsonLd(id, data, abs, abs(`/cards/sites/${id}.png`));
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('TouristAttraction');
    expect(ld.name).toBe(data.title);
    expect(ld.url).toBe(`https://example.org/sites/${id}/`);
    expectPlace(ld);
    expect(ld.containedInPlace).toBeDefined();
    expect((ld.address as JsonLd).addressRegion).toBe(data.regions[0]?.province);
    if (data.address) expect((ld.address as JsonLd).streetAddress).toBe(data.address);
    expect(badValues(ld)).toEqual([]);
  });

  it('leaves out the url and image without an origin, and never writes undefined', () => {
    const [first] = pack.entries.sites;
    if (!first) throw new Error('the default pack has sites');
    const ld = siteJsonLd(first.id, { ...first.data, address: undefined, titleEn: undefined, themes: undefined }, none);
    expect('url' in ld).toBe(false);
    expect('image' in ld).toBe(false);
    expect('streetAddress' in (ld.address as JsonLd)).toBe(false);
    expect(badValues(ld)).toEqual([]);
  });
});

describe('route JSON-LD', () => {
  it.each(pack.entries.routes.map((r) => [r.id, r.data] as const))('%s is a Trip listing its stops in order', (id, data) => {
    const ld = routeJsonLd(id, data, sites, abs);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Trip');
    expect(ld.name).toBe(data.title);
    const list = ld.itinerary as JsonLd;
    expect(list['@type']).toBe('ItemList');
    const items = list.itemListElement as JsonLd[];
    expect(items.map((i) => i.position)).toEqual(data.stops.map((_, i) => i + 1));
    items.forEach((i, n) => {
      const item = i.item as JsonLd;
      expectPlace(item);
      expect(item.url).toBe(`https://example.org/sites/${data.stops[n]?.site}/`);
    });
    expect(badValues(ld)).toEqual([]);
  });

  it('skips a stop whose site is unknown instead of writing an empty place', () => {
    const [route] = pack.entries.routes;
    if (!route) throw new Error('the default pack has routes');
    const data: CollectionData['routes'] = { ...route.data, stops: [...route.data.stops, { site: 'no-such-site' }] };
    const ld = routeJsonLd(route.id, data, sites, none);
    expect(((ld.itinerary as JsonLd).itemListElement as JsonLd[]).length).toBe(route.data.stops.length);
    expect(badValues(ld)).toEqual([]);
  });
});

describe('jsonLdText', () => {
  it('cannot be broken out of: no < > & in the text, and it parses back to the same data', () => {
    const data: JsonLd = { '@context': 'https://schema.org', '@type': 'Place', name: '</script><script>alert(1)</script><!-- & \u2028' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
