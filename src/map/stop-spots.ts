/**
 * Numbered stops that fall on one spot share one marker, "1·2": approximate points often coincide (a source names a
 * village, not a house), and a marker drawn over another hides its number, so that a route seemed to skip stops.
 */

export interface Spot {
  x: number;
  y: number;
  orders: number[];
}

/** Stops grouped by position: those within `near` units (on each axis) of a spot's first stop share it, in order. */
export function stopSpots(stops: readonly { x: number; y: number; order: number }[], near: number): Spot[] {
  const spots: Spot[] = [];
  for (const s of stops) {
    const spot = spots.find((p) => Math.abs(p.x - s.x) <= near && Math.abs(p.y - s.y) <= near);
    if (spot) spot.orders.push(s.order);
    else spots.push({ x: s.x, y: s.y, orders: [s.order] });
  }
  return spots;
}

/** The label of a spot's marker. */
export function spotLabel(orders: readonly number[]): string {
  return orders.join('·');
}
