/**
 * Which basemap the build uses: the pack's choice, switched on by configuration read at build.
 * An online basemap without what it needs (a key, a URL) falls back to the offline one, loudly.
 */
import type { PackArchive } from '../pack/archive.ts';
import type { Pack } from '../pack/load.ts';
import { sitePath } from '../site/paths.ts';
import type { Basemap } from './style.ts';

/** Where the site serves the pack's own PMTiles archive, relative to its base. */
export const ARCHIVE_PATH = 'map/basemap.pmtiles';

export interface BasemapEnv {
  BASEMAP?: string;
  TIANDITU_KEY?: string;
  TIANDITU_SHENTU?: string;
  OSM_TILE_URL?: string;
  OSM_ATTRIBUTION?: string;
  PMTILES_URL?: string;
  PMTILES_ATTRIBUTION?: string;
}

export const BASEMAP_KINDS = ['offline', 'tianditu', 'osm', 'pmtiles'] as const;
export type BasemapKind = (typeof BASEMAP_KINDS)[number];

/** BASEMAP in the environment overrides the pack's choice, so one pack can be deployed with different basemaps. */
export function basemapChoice(packDefault: BasemapKind, override: string | undefined): BasemapKind {
  return (BASEMAP_KINDS as readonly string[]).includes(override ?? '') ? (override as BasemapKind) : packDefault;
}

export interface BasemapChoice {
  basemap: Basemap;
  warning?: string;
  /** The pack's archive, when the basemap is it: the build copies it to ARCHIVE_PATH. */
  archive?: PackArchive;
}

/**
 * `archive` is the pack's own (basemap.pmtiles); PMTILES_URL, when set, still wins, so one pack can be deployed
 * with an archive hosted elsewhere. `base` is the site's base path (sitePath's default is the build's).
 */
export function chooseBasemap(choice: BasemapKind, env: BasemapEnv, archive?: PackArchive, base?: string): BasemapChoice {
  switch (choice) {
    case 'tianditu':
      if (env.TIANDITU_KEY) return { basemap: { kind: 'tianditu', key: env.TIANDITU_KEY, shentu: env.TIANDITU_SHENTU } };
      return { basemap: { kind: 'offline' }, warning: 'basemap tianditu needs TIANDITU_KEY at build time; using the offline basemap' };
    case 'osm':
      if (env.OSM_TILE_URL?.includes('{z}')) return { basemap: { kind: 'osm', url: env.OSM_TILE_URL, attribution: env.OSM_ATTRIBUTION } };
      return { basemap: { kind: 'offline' }, warning: 'basemap osm needs OSM_TILE_URL (with {z}/{x}/{y}) at build time; using the offline basemap' };
    case 'pmtiles':
      if (env.PMTILES_URL) return { basemap: { kind: 'pmtiles', url: env.PMTILES_URL, attribution: env.PMTILES_ATTRIBUTION } };
      if (archive)
        return {
          basemap: {
            kind: 'pmtiles',
            url: sitePath(ARCHIVE_PATH, undefined, base),
            ...(archive.attribution ? { attribution: archive.attribution } : {}),
            ...(archive.tiles === 'vector' ? { vector: { flavor: archive.flavor } } : {}),
          },
          archive,
        };
      return {
        basemap: { kind: 'offline' },
        warning: 'basemap pmtiles needs an archive, basemap.pmtiles in pack.yaml or PMTILES_URL at build time; using the offline basemap',
      };
    default:
      return { basemap: { kind: 'offline' } };
  }
}

/** The basemap of a build of this pack: its choice, BASEMAP over it, and what the environment provides. */
export function packBasemap(pack: Pick<Pack, 'config' | 'archive'>, env: BasemapEnv, base?: string): BasemapChoice {
  return chooseBasemap(basemapChoice(pack.config.basemap.default, env.BASEMAP), env, pack.archive, base);
}
