import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../../tests/support/scenario.ts';
import { loadPack } from '../load.ts';
import { zh } from '../messages/index.ts';
import { checkProvinceNames } from './province-names.ts';

describe('checkProvinceNames', () => {
  it('is quiet about full names', () => {
    expect(checkProvinceNames(loadPack(scenarioPack('base')).entries, zh)).toEqual([]);
  });

  it('suggests the full name for a short form, and says so of a name it cannot place', () => {
    const { entries } = loadPack(scenarioPack('base'));
    const site = entries.sites.find((e) => e.id === 'shantang');
    const line = entries.transit[0];
    if (!site?.data.regions[1] || !line?.data.stops[0]) throw new Error('base pack changed');
    site.data.regions[1].province = '上海';
    line.data.stops[0].side = '浙沪';
    expect(checkProvinceNames(entries, zh).map((p) => `${p.entry} ${p.field} ${p.message} (${p.hint})`)).toEqual([
      'sites/shantang regions.1.province “上海”是简称 (写全称“上海市”)',
      'transit/langxia-2 stops.0.side 认不出“浙沪”是哪个省级行政区 (写省、自治区、直辖市或特别行政区的全称，例如 浙江省、上海市)',
    ]);
  });
});
