/**
 * /map/sites.geojson as the build writes it and as the browser reads it. The file carries each region of a site once,
 * as its levels; the browser derives the labels and filter keys every view reads (site-regions.ts), and the id is
 * the feature's, not repeated in its properties. On the 1,000-site bench pack the keys alone were 30 % of the file
 * and 14 % of it compressed, downloaded before the map or its list could show anything. What only a site's panel
 * shows is in a file of its own (site-details.ts).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { siteRegions } from './site-regions.ts';
import type { SiteFeature, SiteProps } from './types.ts';

/** A site's properties in the file: what the views derive is left out. */
export type SiteFileProps = Omit<SiteProps, 'id' | 'regions' | 'regionKeys'>;
export type SitesFile = FeatureCollection<Point, SiteFileProps>;

export function toSitesFile(sites: readonly SiteFeature[]): SitesFile {
  return {
    type: 'FeatureCollection',
    features: sites.map(({ properties: { id: _id, regions: _regions, regionKeys: _keys, ...kept }, ...feature }) => ({ ...feature, properties: kept })),
  };
}

export function fromSitesFile(file: SitesFile): { features: SiteFeature[] } {
  return {
    features: file.features.map((f: Feature<Point, SiteFileProps>) => ({
      ...f,
      id: String(f.id),
      properties: { id: String(f.id), ...f.properties, ...siteRegions(f.properties.places) },
    })),
  };
}
