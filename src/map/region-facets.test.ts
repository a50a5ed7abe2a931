import { describe, expect, it } from 'vitest';
import { districtChoices, regionFacets } from './region-facets.ts';

const site = (...keys: string[]) => ({ properties: { regionKeys: `|${keys.join('|')}|` } });
const sites = [
  site('浙江省', '浙江省/嘉兴市', '浙江省/嘉兴市/平湖市', '浙江省/嘉兴市/平湖市/广陈镇'),
  site('浙江省', '浙江省/嘉兴市', '浙江省/嘉兴市/平湖市', '浙江省/嘉兴市/平湖市/新埭镇'),
  // A cross-border site counts on both sides.
  site('上海市', '上海市/金山区', '浙江省', '浙江省/嘉兴市', '浙江省/嘉兴市/平湖市'),
];

describe('the region filter choices', () => {
  it('count each region and its ancestors once per site, in Chinese collation order, with their depth', () => {
    expect(regionFacets(sites)).toEqual([
      { value: '上海市', label: '上海市', count: 1, depth: 0 },
      { value: '上海市/金山区', label: '金山区', count: 1, depth: 1 },
      { value: '浙江省', label: '浙江省', count: 3, depth: 0 },
      { value: '浙江省/嘉兴市', label: '嘉兴市', count: 3, depth: 1 },
      { value: '浙江省/嘉兴市/平湖市', label: '平湖市', count: 3, depth: 2 },
      { value: '浙江省/嘉兴市/平湖市/广陈镇', label: '广陈镇', count: 1, depth: 3 },
      { value: '浙江省/嘉兴市/平湖市/新埭镇', label: '新埭镇', count: 1, depth: 3 },
    ]);
  });

  it('offer counties and towns for "near me", named with their parent', () => {
    expect(districtChoices(regionFacets(sites))).toEqual([
      { value: '浙江省/嘉兴市/平湖市', label: '嘉兴市 平湖市' },
      { value: '浙江省/嘉兴市/平湖市/广陈镇', label: '平湖市 广陈镇' },
      { value: '浙江省/嘉兴市/平湖市/新埭镇', label: '平湖市 新埭镇' },
    ]);
  });

  it('give nothing for no sites', () => {
    expect(regionFacets([])).toEqual([]);
  });
});
