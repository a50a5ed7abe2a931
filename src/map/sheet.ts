/**
 * The phone map's bottom sheet: three heights (peek, half, full) and the rules that move between them.
 * Pure, so the island (client/sheet.ts) only measures and renders.
 */
export const SHEET_STATES = ['peek', 'half', 'full'] as const;
export type SheetState = (typeof SHEET_STATES)[number];

/** The sheet's height in px at each state, for a map area `height` px tall. */
export function sheetHeights(height: number): Record<SheetState, number> {
  // Peek shows the handle, the count and the find box; full still leaves a strip of map to tap back to.
  const peek = Math.min(160, Math.round(height * 0.3));
  const full = Math.max(peek, height - Math.min(96, Math.round(height * 0.15)));
  const half = Math.round(Math.min(Math.max(height * 0.5, peek), full));
  return { peek, half, full };
}

/** A tap on the handle: peek opens to half, half to full, full folds back to peek. */
export function nextOnTap(state: SheetState): SheetState {
  return state === 'peek' ? 'half' : state === 'half' ? 'full' : 'peek';
}

/**
 * Where a drag lands: a flick (|velocity| ≥ 0.5 px/ms, positive = upwards) moves one state in its direction,
 * otherwise the nearest height wins.
 */
export function snapAfterDrag(from: SheetState, height: number, velocity: number, areaHeight: number): SheetState {
  const heights = sheetHeights(areaHeight);
  const i = SHEET_STATES.indexOf(from);
  if (velocity >= 0.5) return SHEET_STATES[Math.min(i + 1, 2)] as SheetState;
  if (velocity <= -0.5) return SHEET_STATES[Math.max(i - 1, 0)] as SheetState;
  let best: SheetState = from;
  for (const s of SHEET_STATES) if (Math.abs(heights[s] - height) < Math.abs(heights[best] - height)) best = s;
  return best;
}

/** What a reader's action asks of the sheet: a chosen site or a search wants room; closing a site keeps the height. */
export function sheetFor(state: SheetState, event: 'site-opened' | 'find' | 'escape'): SheetState {
  if (event === 'escape') return 'peek';
  return state === 'peek' ? 'half' : state;
}
