/**
 * The pack's own administrative outlines: polygons of its `boundary` (county), `town-boundary` and
 * `province-boundary` basemap layers, with the names their properties give, so a point can be asked which unit it is in.
 */
import { type Shape, shapes } from '../../geo/polygons.ts';
import { provinceKey } from '../../geo/provinces.ts';
import type { BasemapData } from '../load.ts';
import { regionLabel } from './points.ts';

export interface Outline extends Shape {
  province?: string;
  city?: string;
  county?: string;
  town?: string;
  /** The unit's name from the province down, e.g. 上海市金山区. */
  label: string;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function outlinesOf(basemap: readonly BasemapData[]): Outline[] {
  const out: Outline[] = [];
  for (const layer of basemap) {
    const own = layer.role === 'boundary' ? 'county' : layer.role === 'town-boundary' ? 'town' : layer.role === 'province-boundary' ? 'province' : undefined;
    if (!own) continue;
    for (const shape of shapes(layer.features)) {
      const p = shape.feature.properties ?? {};
      const name = text(p[layer.labelProperty ?? 'name']);
      const levels = { province: text(p.province), city: text(p.city), county: text(p.county), town: text(p.town), [own]: name ?? text(p[own]) };
      if (levels.province) levels.province = provinceKey(levels.province);
      const label = regionLabel([levels.province, levels.city, levels.county, levels.town]);
      if (label) out.push({ ...shape, ...levels, label });
    }
  }
  return out;
}
