/**
 * Facts that are well-formed but wrong (issue 16): what the schema cannot see because it needs the calendar, the
 * pack's geometry or another entry. Errors stop the build; warnings are printed and the build goes on.
 */
import type { BasemapData, PackEntries } from '../load.ts';
import type { PackMessages } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import type { PackConfig } from '../schemas.ts';
import { checkDates } from './dates.ts';
import { outlinesOf } from './outlines.ts';
import { placedPoints } from './points.ts';
import { checkProvinceNames } from './province-names.ts';
import { checkRegions } from './regions.ts';
import { checkSea } from './sea.ts';
import { checkSides } from './sides.ts';

export { todayInChina } from './dates.ts';

export interface FactsInput {
  entries: PackEntries;
  config: PackConfig;
  basemap: readonly BasemapData[];
  /** YYYY-MM-DD: the build's today. */
  today: string;
}

export function checkFacts({ entries, config, basemap, today }: FactsInput, m: PackMessages): { problems: Problem[]; warnings: Problem[] } {
  const points = placedPoints(entries);
  const outlines = outlinesOf(basemap);
  return {
    problems: [...checkDates(entries, config, today, m), ...checkSides(entries, outlines, m)],
    warnings: [...checkSea(points, basemap, m), ...checkRegions(points, outlines, m), ...checkProvinceNames(entries, m)],
  };
}
