/** Fills the region filter and the "near me" district list from the sites (src/map/region-facets.ts). */
import { pageLocale } from '../../i18n/client.ts';
import { districtChoices, regionFacets } from '../region-facets.ts';
import type { SiteFeature } from '../types.ts';

export function fillRegionOptions(page: ParentNode, sites: readonly SiteFeature[]): void {
  const regions = regionFacets(sites);
  // Place names keep their language on English pages.
  const lang = pageLocale() === 'zh-CN' ? undefined : 'zh-CN';
  const option = (value: string, label: string) => {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    if (lang) o.lang = lang;
    return o;
  };
  page.querySelector('select[name="region"]')?.append(...regions.map((r) => option(r.value, `${'\u3000'.repeat(r.depth ?? 0)}${r.label}（${r.count}）`)));
  page.querySelector('#district')?.append(...districtChoices(regions).map((d) => option(d.value, d.label)));
}
