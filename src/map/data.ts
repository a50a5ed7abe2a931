/**
 * Map data from the pack, computed once at build: the single source every map, list and
 * static overview reads. Pure: the pack in, GeoJSON out.
 */
import { area } from '@turf/area';
import { lineString } from '@turf/helpers';
import { lineIntersect } from '@turf/line-intersect';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { schematicArea, withoutWater } from '../geo/areas.ts';
import { provinceBorders } from '../geo/border.ts';
import { type Bounds, contentBounds } from '../geo/bounds.ts';
import { ui } from '../i18n/index.ts';
import type { Pack } from '../pack/load.ts';
import { type Memberships, memberships } from '../pack/membership.ts';
import { footprint, footprintPath } from '../people/footprint.ts';
import { prepareBasemap } from './basemap/prepare.ts';
import { transitColour } from './palette.ts';
import { regionFacets } from './region-facets.ts';
import { keyList, levelsOf, siteRegions } from './site-regions.ts';
import { spotLabel, stopSpots } from './stop-spots.ts';
import type { Facet, MapData, OverlayFeature, SiteFeature, TransitLine } from './types.ts';
import { contains, corePoints, OVERVIEW_SIZE, pointsBounds, viewBounds } from './view.ts';

/** About two counties: bigger partnership areas are drawn only when chosen. */
const LARGE_AREA_M2 = 3000e6;

/**
 * A stop the sources do not name is written "…（来源未给出站名）" in the pack, for readers of the
 * entry; on the map it is a dot without a label rather than that sentence.
 */
export function stopName(name: string | undefined): string | undefined {
  return name && !name.includes('来源未给出') ? name : undefined;
}

/**
 * The name drawn along a line: its title without the bracketed gloss ("平湖207路（开到廊下农家乐）"
 * → "平湖207路"), short enough to fit along the line at the opening zoom.
 */
export function shortLineName(title: string): string {
  const short = title.replace(/[（(].*$/u, '').trim();
  return short || title;
}

const samePoint = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

export function buildMapData(pack: Pack, members: Memberships = memberships(pack.entries)): MapData {
  const { entries, geometries, config } = pack;
  const sitePoint = new Map(entries.sites.map((s) => [s.id, [s.data.location.lon, s.data.location.lat] as Position]));
  const siteTitle = new Map(entries.sites.map((s) => [s.id, s.data.title]));

  const { bandsOfSite, partnershipsOfSite } = members;
  const routesOf = new Map<string, string[]>();
  for (const r of entries.routes) for (const stop of r.data.stops) routesOf.set(stop.site, [...new Set([...(routesOf.get(stop.site) ?? []), r.id])]);

  const sites: SiteFeature[] = entries.sites.map((s) => {
    const places = s.data.regions.map(levelsOf);
    return {
      type: 'Feature',
      id: s.id,
      geometry: { type: 'Point', coordinates: [s.data.location.lon, s.data.location.lat] },
      properties: {
        id: s.id,
        title: s.data.title,
        ...(s.data.titleEn ? { titleEn: s.data.titleEn } : {}),
        kind: s.data.kind,
        places,
        ...siteRegions(places),
        bands: keyList(bandsOfSite.get(s.id) ?? []),
        partnerships: keyList(partnershipsOfSite.get(s.id) ?? []),
        routes: (routesOf.get(s.id) ?? []).join('|'),
        approximate: s.data.location.precision.startsWith('approximate'),
      },
    };
  });

  const basemapFeatures = prepareBasemap(pack.basemap, config.serviceArea as Bounds);
  const counties = pack.basemap.filter((l) => l.role === 'boundary').flatMap((l) => l.features) as Feature<Polygon | MultiPolygon>[];
  const borders = provinceBorders(counties);
  const water = pack.basemap.filter((l) => l.role === 'water').flatMap((l) => l.features) as Feature<Polygon | MultiPolygon>[];

  const overlays: OverlayFeature[] = [];
  for (const border of borders) {
    overlays.push({
      type: 'Feature',
      geometry: border.geometry,
      properties: { overlay: 'border', entry: '-', label: border.properties.provinces.join(' | ') },
    });
  }

  for (const belt of entries.belts) {
    const entry = `belts/${belt.id}`;
    for (const f of geometries.get(entry) ?? [])
      overlays.push({ type: 'Feature', geometry: f.geometry, properties: { overlay: 'belt-band', entry, colour: belt.data.bands[0]?.colour } });
    for (const band of belt.data.bands) {
      const band_ = `${belt.id}/${band.id}`;
      // No name, no label: "unnamed" is an interface word, not the pack's content.
      const label = band.field ?? band.colourName;
      const points = band.members.map((m) => sitePoint.get(m)).filter((p): p is Position => Boolean(p));
      if (points.length >= 2) {
        overlays.push({
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: points },
          properties: { overlay: 'belt-band', entry, band: band_, colour: band.colour, schematic: true, ...(label ? { label } : {}) },
        });
      }
      band.members.forEach((m, i) => {
        const p = points[i];
        if (p)
          overlays.push({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: p },
            properties: { overlay: 'belt-member', entry, band: band_, colour: band.colour, label: siteTitle.get(m) },
          });
      });
    }
  }

  const transit: TransitLine[] = [];
  entries.transit.forEach((line, index) => {
    const entry = `transit/${line.id}`;
    const colour = transitColour(index);
    const stops = line.data.stops.map((s) => ({
      name: s.site ? (siteTitle.get(s.site) ?? s.site) : stopName(s.name),
      site: s.site,
      point: s.site ? sitePoint.get(s.site) : s.location ? [s.location.lon, s.location.lat] : undefined,
      side: s.side,
    }));
    const drawn = (geometries.get(entry) ?? []).filter((f) => f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString');
    const path: Feature<Geometry>[] = drawn.length
      ? drawn
      : [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'LineString', coordinates: stops.map((s) => s.point).filter((p): p is Position => Boolean(p)) },
          },
        ];
    for (const f of path) {
      overlays.push({
        type: 'Feature',
        geometry: f.geometry,
        properties: { overlay: 'transit-line', entry, label: shortLineName(line.data.title), colour, schematic: drawn.length === 0 },
      });
      for (const border of borders) {
        for (const hit of lineIntersect(f as Feature<LineString>, border).features) {
          overlays.push({ type: 'Feature', geometry: hit.geometry, properties: { overlay: 'transit-crossing', entry, label: ui.map.crossing } });
        }
      }
    }
    stops.forEach((s, i) => {
      if (s.point)
        overlays.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: s.point },
          properties: { overlay: 'transit-stop', entry, colour, side: s.side, order: i + 1, ...(s.name ? { label: s.name } : {}) },
        });
    });
    transit.push({
      id: line.id,
      title: line.data.title,
      colour,
      schematic: drawn.length === 0,
      stops: stops.map((s) => ({ side: s.side, ...(s.name ? { name: s.name } : {}), ...(s.site ? { site: s.site } : {}) })),
    });
  });

  for (const p of entries.partnerships) {
    const entry = `partnerships/${p.id}`;
    const points: Position[] = [];
    for (const m of p.data.members) {
      if (!m.location) continue;
      const pt: Position = [m.location.lon, m.location.lat];
      points.push(pt);
      overlays.push({ type: 'Feature', geometry: { type: 'Point', coordinates: pt }, properties: { overlay: 'partnership-member', entry, label: m.name } });
    }
    const drawn = (geometries.get(entry) ?? []).filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
    if (!drawn.length && points.length === 2) {
      // Two members are a pair, not an area: a link between them says so without inventing a shape.
      overlays.push({
        type: 'Feature',
        geometry: lineString(points).geometry,
        properties: { overlay: 'partnership-link', entry, label: p.data.title, schematic: true },
      });
      continue;
    }
    const areas = drawn.length
      ? drawn
      : [schematicArea(points)].filter((a): a is Feature<Polygon | MultiPolygon> => Boolean(a)).map((a) => withoutWater(a, water));
    for (const a of areas) {
      const large = area(a) > LARGE_AREA_M2;
      overlays.push({
        type: 'Feature',
        geometry: a.geometry,
        properties: { overlay: 'partnership-area', entry, label: p.data.title, schematic: drawn.length === 0, ...(large ? { large } : {}) },
      });
    }
  }

  for (const r of entries.routes) {
    const entry = `routes/${r.id}`;
    const points = r.data.stops.map((s) => sitePoint.get(s.site)).filter((p): p is Position => Boolean(p));
    const drawn = (geometries.get(entry) ?? []).filter((f) => f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString');
    if (drawn.length)
      for (const f of drawn) overlays.push({ type: 'Feature', geometry: f.geometry, properties: { overlay: 'route-line', entry, label: r.data.title } });
    else if (points.length >= 2)
      overlays.push({
        type: 'Feature',
        geometry: lineString(points).geometry,
        properties: { overlay: 'route-line', entry, label: r.data.title, schematic: true },
      });
    const placed = r.data.stops.flatMap((s, i) => {
      const pt = sitePoint.get(s.site);
      return pt ? [{ site: s.site, pt, order: i + 1 }] : [];
    });
    // Stops on the very same point are drawn one over the other: each says all their numbers, "1·2".
    const shared = new Map(
      stopSpots(
        placed.map((p) => ({ x: p.pt[0] as number, y: p.pt[1] as number, order: p.order })),
        0,
      ).flatMap((spot) => (spot.orders.length > 1 ? spot.orders.map((o) => [o, spotLabel(spot.orders)] as const) : [])),
    );
    for (const p of placed) {
      const numbers = shared.get(p.order);
      overlays.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: p.pt },
        properties: { overlay: 'route-stop', entry, order: p.order, label: siteTitle.get(p.site), ...(numbers ? { numbers } : {}) },
      });
    }
  }

  // A person's 足迹 is drawn as a route is: a schematic line through the places in date order, and numbered stops.
  for (const person of entries.people) {
    const entry = `people/${person.id}`;
    const { line, stops } = footprintPath(footprint(person.data), (id) => sitePoint.get(id), samePoint);
    if (line.length >= 2)
      overlays.push({
        type: 'Feature',
        geometry: lineString(line).geometry,
        properties: { overlay: 'footprint-line', entry, label: person.data.title, schematic: true },
      });
    for (const stop of stops)
      overlays.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: stop.point },
        properties: {
          overlay: 'footprint-stop',
          entry,
          order: stop.steps[0] as number,
          ...(stop.steps.length > 1 ? { numbers: spotLabel(stop.steps) } : {}),
          label: stop.sites.map((id) => siteTitle.get(id) ?? id).join(' · '),
        },
      });
  }

  return {
    sites: { type: 'FeatureCollection', features: sites },
    overlays: { type: 'FeatureCollection', features: overlays },
    basemap: { type: 'FeatureCollection', features: basemapFeatures },
    ...initialView(config, sites),
    facets: buildFacets(pack, sites),
    transit,
    attribution: config.attribution,
  };
}

/** The pack's own view if it sets one, else its core; and what "show all" needs. */
function initialView(config: Pack['config'], sites: SiteFeature[]): Pick<MapData, 'bounds' | 'allBounds' | 'outside'> {
  const points = sites.map((s) => s.geometry.coordinates);
  const allBounds = contentBounds(sites) ?? (config.serviceArea as Bounds);
  const v = config.map.view;
  const bounds = v
    ? 'bounds' in v
      ? (v.bounds as Bounds)
      : viewBounds(v.center, v.zoom, OVERVIEW_SIZE.width, OVERVIEW_SIZE.height)
    : (pointsBounds(corePoints(points).map((i) => points[i] as Position)) ?? allBounds);
  return { bounds, allBounds, outside: points.filter((p) => !contains(bounds, p)).length };
}

function buildFacets(pack: Pack, sites: SiteFeature[]): MapData['facets'] {
  const count = (pred: (s: SiteFeature) => boolean) => sites.filter(pred).length;
  const kinds: Facet[] = Object.entries(ui.siteKinds)
    .map(([value, label]) => ({ value, label, count: count((s) => s.properties.kind === value) }))
    .filter((f) => f.count > 0);
  const regions = regionFacets(sites);
  const bands: Facet[] = pack.entries.belts.flatMap((belt) =>
    belt.data.bands.map((band) => {
      const value = `${belt.id}/${band.id}`;
      // An unnamed band keeps only its id here: the words for "unnamed" are the page's, not the data's.
      const name = [band.colourName, band.field].filter(Boolean).join(' · ');
      return {
        value,
        label: pack.entries.belts.length > 1 ? `${belt.data.title}：${name || band.id}` : name || band.id,
        ...(name ? {} : { unnamed: true }),
        colour: band.colour,
        count: count((s) => s.properties.bands.includes(`|${value}|`)),
      };
    }),
  );
  const partnerships: Facet[] = pack.entries.partnerships.map((p) => ({
    value: p.id,
    label: p.data.title,
    count: count((s) => s.properties.partnerships.includes(`|${p.id}|`)),
  }));
  return { kinds, regions, bands, partnerships };
}

export type { FeatureCollection, Point };
