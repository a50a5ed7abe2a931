/**
 * Structured data (schema.org JSON-LD) for search engines: a `TouristAttraction` per site, a `Trip` per route
 * whose itinerary lists the stops' places. Pure functions; absent facts are left out, never written as empty.
 */
import type { CollectionData, Region } from '../pack/schemas.ts';
import { entryPagePath } from '../pack/urls.ts';
import type { Locale } from '../site/paths.ts';

export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonLd | JsonValue[];

/** Absolute address of an in-site address (base path included), or undefined when the site's origin is not configured. */
export type Absolute = (path: string) => string | undefined;

/** Copies the object without its undefined members (JSON-LD has no "unknown"). */
function defined(o: Record<string, JsonValue | undefined>): JsonLd {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as JsonLd;
}

/** The most precise named unit of a region, e.g. 廊下镇 · 金山区 · 上海市 → its AdministrativeArea chain. */
function regionPlace(r: Region): JsonLd {
  const names = [r.village, r.town, r.county, r.city !== r.province ? r.city : undefined, r.province].filter((n): n is string => Boolean(n));
  return { '@type': 'AdministrativeArea', name: names.join('，') };
}

function placeOf(id: string, data: CollectionData['sites'], abs: Absolute, type: 'TouristAttraction' | 'Place', locale?: Locale): JsonLd {
  const region = data.regions[0];
  const address =
    data.address || region
      ? defined({
          '@type': 'PostalAddress',
          streetAddress: data.address,
          addressRegion: region?.province,
          addressLocality: region ? (region.county ?? region.city) : undefined,
          addressCountry: 'CN',
        })
      : undefined;
  return defined({
    '@type': type,
    name: data.title,
    alternateName: data.titleEn,
    description: data.summary,
    url: abs(entryPagePath('sites', id, locale)),
    geo: { '@type': 'GeoCoordinates', latitude: data.location.lat, longitude: data.location.lon },
    address,
    containedInPlace: data.regions.length === 1 ? regionPlace(data.regions[0] as Region) : data.regions.map(regionPlace),
    keywords: data.themes?.length ? data.themes.join(',') : undefined,
  });
}

export function siteJsonLd(id: string, data: CollectionData['sites'], abs: Absolute, image?: string, locale?: Locale): JsonLd {
  return { '@context': 'https://schema.org', ...placeOf(id, data, abs, 'TouristAttraction', locale), ...(image ? { image } : {}) };
}

export function routeJsonLd(
  id: string,
  data: CollectionData['routes'],
  sites: ReadonlyMap<string, CollectionData['sites']>,
  abs: Absolute,
  image?: string,
  locale?: Locale,
): JsonLd {
  const stops = data.stops.flatMap((s) => {
    const site = sites.get(s.site);
    return site ? [{ id: s.site, site }] : [];
  });
  return defined({
    '@context': 'https://schema.org',
    '@type': 'Trip',
    name: data.title,
    alternateName: data.titleEn,
    description: data.summary,
    url: abs(entryPagePath('routes', id, locale)),
    image,
    itinerary: {
      '@type': 'ItemList',
      numberOfItems: stops.length,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      itemListElement: stops.map((s, i) => ({ '@type': 'ListItem', position: i + 1, item: placeOf(s.id, s.site, abs, 'TouristAttraction', locale) })),
    },
  });
}

/**
 * Text of a `<script type="application/ld+json">` block. `<`, `>` and `&` are written as JSON escapes, so content
 * such as `</script>` or `<!--` cannot end or change the block; U+2028/2029 are escaped for old parsers.
 */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
