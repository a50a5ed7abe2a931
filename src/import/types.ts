/** Types the importer shares: the options of a run and what it knows of the pack it writes into. */
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import type { CollectionName, Region, SITE_KINDS, SourceRef, TRAVEL_MODES } from '../pack/schemas.ts';
import type { Bbox, Crs } from './coordinates.ts';
import type { Area } from './regions.ts';

export type { CollectionName, Region, SourceRef };
export type SiteKindId = (typeof SITE_KINDS)[number];
export type TravelMode = (typeof TRAVEL_MODES)[number];

export interface ImportOptions {
  /** The words of every line the run prints (Chinese unless --lang en or an English pack). */
  m: ImportMessages;
  /** CRS of the numbers in the file, unless a row or the file says otherwise. */
  crs: Crs;
  /** `survey` or `approximate: ...` for points whose row gives no precision. */
  precision: string;
  /** Kind for rows whose kind is empty or not understood. */
  kind?: SiteKindId;
  /** Extra words for kinds (--kinds), normalised. */
  kinds: ReadonlyMap<string, SiteKindId>;
  /** KML folder names to kinds (--folder-kind). */
  folderKinds: ReadonlyMap<string, SiteKindId>;
  /** Region for rows that give none (--region). */
  region?: Region;
  /** Sources for rows that cite none (--source). */
  sources: SourceRef[];
  /** The imported file as a source, cited beside --source (rows with a 来源 cell cite what they say). */
  fileSource?: SourceRef;
  force: boolean;
  /** A row likely naming an entry of the pack (a similar name nearby) updates it (--merge), or is a new entry (--new). */
  merge: boolean;
  new: boolean;
  replaceBody: boolean;
  /** `collection/id` every line or track becomes the geometry of (--attach). */
  attach?: string;
  /** Travel mode of routes made from lines. */
  mode: TravelMode;
  /** GTFS route_ids to import. */
  routes: string[];
  operatorCity?: string;
  /** Province-level side for every transit stop (--side), else from the boundary layer. */
  side?: string;
}

export interface ExistingSite {
  id: string;
  title: string;
  wgs84: [number, number];
}

/** What the planner needs to know of the target pack; built from loadPack and the files on disk. */
export interface PackIndex {
  serviceArea: Bbox;
  sourceKeys: ReadonlySet<string>;
  /** Every entry file of each collection, valid or not: id → pack-relative path. */
  files: Record<CollectionName, ReadonlyMap<string, string>>;
  /** Valid sites, at their WGS-84 points. */
  sites: ExistingSite[];
  /** Titles of valid entries → `collection/id`, for lines named after an existing route or road. */
  titles: ReadonlyMap<string, string[]>;
  /** `collection/id` → the geo file (pack-relative) holding its geometry. */
  geometryFiles: ReadonlyMap<string, string>;
  /** Every file under geo/ (pack-relative) → the `collection/id` refs its features name. */
  geoFileEntries: ReadonlyMap<string, ReadonlySet<string>>;
  /** Outlines that give a point its province (and city, county). */
  areas: Area[];
  /** Pack-relative folders: content and geo. */
  contentDir: string;
  geoDir: string;
}
