/**
 * The two pack constants the browser code needs, kept here so the planner does not bundle the pack's
 * zod schemas; ids.test.ts keeps them equal to src/pack/schemas.ts.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TRAVEL_MODES = ['walk', 'bike', 'car', 'bus'] as const;
