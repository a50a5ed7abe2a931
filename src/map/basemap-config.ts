/**
 * Which basemap the build uses: the pack's choice, switched on by configuration read at build.
 * An online basemap without what it needs (a key, a URL) falls back to the offline one, loudly.
 */
import type { Basemap } from './style.ts';

export interface BasemapEnv {
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

export function chooseBasemap(choice: BasemapKind, env: BasemapEnv): { basemap: Basemap; warning?: string } {
  switch (choice) {
    case 'tianditu':
      if (env.TIANDITU_KEY) return { basemap: { kind: 'tianditu', key: env.TIANDITU_KEY, shentu: env.TIANDITU_SHENTU } };
      return { basemap: { kind: 'offline' }, warning: 'basemap tianditu needs TIANDITU_KEY at build time; using the offline basemap' };
    case 'osm':
      if (env.OSM_TILE_URL?.includes('{z}')) return { basemap: { kind: 'osm', url: env.OSM_TILE_URL, attribution: env.OSM_ATTRIBUTION } };
      return { basemap: { kind: 'offline' }, warning: 'basemap osm needs OSM_TILE_URL (with {z}/{x}/{y}) at build time; using the offline basemap' };
    case 'pmtiles':
      if (env.PMTILES_URL) return { basemap: { kind: 'pmtiles', url: env.PMTILES_URL, attribution: env.PMTILES_ATTRIBUTION } };
      return { basemap: { kind: 'offline' }, warning: 'basemap pmtiles needs PMTILES_URL at build time; using the offline basemap' };
    default:
      return { basemap: { kind: 'offline' } };
  }
}
