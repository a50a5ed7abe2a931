import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boxFeature } from '../../../tests/support/boxes.ts';
import { scenarioPack } from '../../../tests/support/scenario.ts';
import { type BasemapData, loadPack } from '../load.ts';
import { zh } from '../messages/index.ts';
import { placedPoints } from './points.ts';
import { checkSea } from './sea.ts';

const box = boxFeature;
const layer = (role: 'land' | 'water', ...features: Feature[]): BasemapData => ({ file: `${role}.geojson`, role, features });

// The base pack's points: 转角湾 (121.05, 30.66), 明月山塘 (121.13, 30.78), the stop 廊下 (121.16, 30.80), the member 金山区 (121.34, 30.74).
const points = placedPoints(loadPack(scenarioPack('base')).entries);
const at = (layers: BasemapData[]) => checkSea(points, layers, zh).map((p) => `${p.entry} ${p.field} ${p.message}`);

describe('checkSea', () => {
  it('says nothing where the pack draws no land and no water', () => {
    expect(at([])).toEqual([]);
  });

  it('finds a point in the water, with the distance to the nearest land', () => {
    // Land west of 121.3, sea east of it: only the member at 121.34 is at sea, 0.04° of longitude (3.8 km) out.
    expect(at([layer('water', box(121.3, 30.4, 122, 31.3)), layer('land', box(120.5, 30.4, 121.3, 31.3))])).toEqual([
      'partnerships/pinghu-jinshan members.1.location 坐标 (121.34, 30.74) 在海里，离最近的海岸 3.8 千米',
    ]);
  });

  it('lets land win where land and water overlap (a sea drawn as a box under the land)', () => {
    expect(at([layer('water', box(120, 30, 122, 31.5)), layer('land', box(120.5, 30.4, 121.4, 31.3))])).toEqual([]);
  });

  it('counts a point outside every land polygon, within the land data’s reach, as at sea even with no water layer', () => {
    // Two islands; the member lies between them, 0.0037° (354 m) from the eastern one.
    const land = layer('land', box(120.5, 30.4, 121.2, 31.3), box(121.3437, 30.7, 121.5, 30.8));
    expect(at([land])).toEqual(['partnerships/pinghu-jinshan members.1.location 坐标 (121.34, 30.74) 在海里，离最近的海岸 354 米']);
  });

  it('says nothing of points beyond the reach of the land data', () => {
    expect(at([layer('land', box(120.5, 30.4, 121.2, 30.9))])).toEqual([]);
  });
});
