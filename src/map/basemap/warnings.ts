/**
 * What the build says about the basemap: a pack that has nothing to draw offline, and the map
 * review (审图号) a public map in mainland China needs, which the offline basemap does not carry.
 */
import type { BasemapRole } from '../../pack/schemas.ts';

export interface BasemapWarningInput {
  /** The basemap the build uses, after configuration. */
  kind: 'offline' | 'tianditu' | 'osm' | 'pmtiles';
  /** Roles of the pack's basemap layers. */
  roles: readonly BasemapRole[];
  /** SITE_URL, when set. */
  siteUrl?: string;
  /** The basemap is the pack's own PMTiles archive (basemap.pmtiles), which carries no 审图号 either. */
  archive?: boolean;
}

const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/;

/** A public address: set, and not this machine. */
export function isProductionUrl(siteUrl: string | undefined): boolean {
  if (!siteUrl?.trim()) return false;
  try {
    return !LOCAL_HOSTS.test(new URL(siteUrl.trim()).hostname);
  } catch {
    return false;
  }
}

export function basemapWarnings(o: BasemapWarningInput): string[] {
  if (o.kind === 'pmtiles' && o.archive && isProductionUrl(o.siteUrl))
    return [
      '注意：在中国大陆向公众展示的地图须经审核并标注审图号。内容包自带的 PMTiles 底图（basemap.pmtiles，OpenStreetMap 等数据）没有审图号。正式上线请使用天地图（BASEMAP=tianditu，设置 TIANDITU_KEY 和 TIANDITU_SHENTU 审图号），或将本站地图送审后再发布。',
    ];
  if (o.kind !== 'offline') return [];
  const out: string[] = [];
  if (!o.roles.length)
    out.push(
      '离线底图没有任何图层：地图上只有本站的点和线，背景一片空白。请在 pack.yaml 的 basemap.layers 中声明底图文件（长三角和京津冀可直接复制本项目 geo/basemap/ 下的陆地、水系、道路和地名文件，其他地区见 README“The offline basemap”一节），或配置在线底图（BASEMAP=tianditu 并设置 TIANDITU_KEY）。',
    );
  if (isProductionUrl(o.siteUrl))
    out.push(
      '注意：在中国大陆向公众展示的地图须经审核并标注审图号。离线底图没有审图号。正式上线请使用天地图（BASEMAP=tianditu，设置 TIANDITU_KEY 和 TIANDITU_SHENTU 审图号），或将本站地图送审后再发布。',
    );
  return out;
}
