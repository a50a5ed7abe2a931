import { describe, expect, it } from 'vitest';
import { boxOutline } from '../../../tests/support/boxes.ts';
import { scenarioPack } from '../../../tests/support/scenario.ts';
import { loadPack } from '../load.ts';
import { zh } from '../messages/index.ts';
import type { Outline } from './outlines.ts';
import { checkSides } from './sides.ts';

const outline = (w: number, e: number, province: string, county: string) => boxOutline({ province, county, label: `${province}${county}` }, w, e);
const OUTLINES = [outline(120.5, 121.15, '浙江省', '平湖市'), outline(121.15, 122, '上海市', '金山区')];

// The base pack's line 廊下2路: 廊下 (121.16, 30.80) on 上海市, then 明月山塘 (a site on both sides) on 浙江省.
function stops(...sides: string[]) {
  const pack = loadPack(scenarioPack('base'));
  const line = pack.entries.transit[0];
  if (!line) throw new Error('base pack has a line');
  sides.forEach((side, i) => {
    const stop = line.data.stops[i];
    if (stop) stop.side = side;
  });
  return pack.entries;
}
const said = (entries: ReturnType<typeof stops>, outlines: Outline[] = OUTLINES) => checkSides(entries, outlines, zh).map((p) => `${p.field} ${p.message}`);

describe('checkSides', () => {
  it('accepts sides that agree with the site and the outline, written short or in full', () => {
    expect(said(stops('上海市', '浙江省'))).toEqual([]);
    expect(said(stops('上海', '上海'))).toEqual([]);
  });

  it('refuses a side that is not where the stop’s site is', () => {
    expect(said(stops('上海市', '江苏省'))).toEqual(['stops.1.side side 写的是 江苏省，但这一站的站点在 浙江省、上海市']);
  });

  it('refuses a side other than the outline the stop’s own point lies in, where the pack has outlines', () => {
    expect(said(stops('浙江省', '浙江省'))).toEqual(['stops.0.side side 写的是 浙江省，但坐标落在 上海市金山区 的轮廓内']);
    expect(said(stops('浙江省', '浙江省'), [])).toEqual([]);
  });
});
