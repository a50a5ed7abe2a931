/** "沿着X的足迹": the planner opened on a person's places, in the order of the 足迹. */
import { emptyPlan, serializePlan } from '../routes/plan-url.ts';
import { type Locale, sitePath } from '../site/paths.ts';
import { type FootprintStep, footprintSites } from './footprint.ts';

/** The planner's address with the 足迹's sites as its stops, or undefined when the 足迹 has no place to visit. */
export function footprintPlannerHref(steps: readonly FootprintStep[], locale?: Locale): string | undefined {
  const sites = footprintSites(steps);
  if (!sites.length) return undefined;
  const plan = emptyPlan();
  plan.stops = sites.map((id) => ({ id }));
  return `${sitePath('plan/', locale)}${serializePlan(plan)}`;
}
