/**
 * The basemap features whose box meets a view, in their order: a build draws thousands of overviews and cards from
 * one basemap of tens of thousands of features, most of them far from any one view. A grid of cells, made once per
 * basemap, names the features in each cell; the few that span most of the map are looked at every time.
 */
import { type Bounds, boundsIntersect } from '../../geo/bounds.ts';
import type { BasemapFeature } from './prepare.ts';
import { geometryBbox } from './prepare.ts';

/** A cell's side in degrees: about 10 km, the width of a town's overview. */
const CELL = 0.1;
/** A feature over more cells than this (a province's land, the sea) is not filed in cells but checked always. */
const MAX_CELLS = 400;

interface Grid {
  boxes: Bounds[];
  cells: Map<string, number[]>;
  everywhere: number[];
}

const grids = new WeakMap<readonly BasemapFeature[], Grid>();

const cellOf = (deg: number) => Math.floor(deg / CELL);

function gridOf(features: readonly BasemapFeature[]): Grid {
  let grid = grids.get(features);
  if (grid) return grid;
  grid = { boxes: [], cells: new Map(), everywhere: [] };
  for (const [i, f] of features.entries()) {
    const b = geometryBbox(f.geometry);
    grid.boxes.push(b);
    const [x0, y0, x1, y1] = [cellOf(b[0]), cellOf(b[1]), cellOf(b[2]), cellOf(b[3])];
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS) {
      grid.everywhere.push(i);
      continue;
    }
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const key = `${x}/${y}`;
        const list = grid.cells.get(key);
        if (list) list.push(i);
        else grid.cells.set(key, [i]);
      }
  }
  grids.set(features, grid);
  return grid;
}

/** The features whose box meets `view`, each with its box, in the order of `features`. The array is never changed once given. */
export function featuresNear(features: readonly BasemapFeature[], view: Bounds): { feature: BasemapFeature; box: Bounds }[] {
  const grid = gridOf(features);
  const found = new Set<number>(grid.everywhere);
  for (let x = cellOf(view[0]); x <= cellOf(view[2]); x++)
    for (let y = cellOf(view[1]); y <= cellOf(view[3]); y++) for (const i of grid.cells.get(`${x}/${y}`) ?? []) found.add(i);
  return [...found]
    .sort((a, b) => a - b)
    .flatMap((i) => {
      const box = grid.boxes[i] as Bounds;
      return boundsIntersect(box, view) ? [{ feature: features[i] as BasemapFeature, box }] : [];
    });
}
