/** The planner's limits, in a module of their own so the small scripts that need them bundle nothing else. */

/** The most stops a plan may hold. */
export const MAX_STOPS = 25;
/** Up to this many stops "best order" finds the shortest order there is. */
export const EXACT_UP_TO = 12;
