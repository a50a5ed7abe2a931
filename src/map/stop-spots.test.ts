import { describe, expect, it } from 'vitest';
import { spotLabel, stopSpots } from './stop-spots.ts';

describe('stops on one spot', () => {
  it('share one marker numbered with each of them, in route order', () => {
    const spots = stopSpots(
      [
        { x: 10, y: 10, order: 1 },
        { x: 10, y: 10, order: 2 },
        { x: 200, y: 40, order: 3 },
        { x: 201, y: 41, order: 4 },
      ],
      6,
    );
    expect(spots.map((s) => spotLabel(s.orders))).toEqual(['1·2', '3·4']);
    expect(spots[1]).toMatchObject({ x: 200, y: 40 });
  });

  it('keep apart stops that are apart, and with no tolerance only those on the very same point', () => {
    const stops = [
      { x: 121.05, y: 30.66, order: 1 },
      { x: 121.05, y: 30.66, order: 2 },
      { x: 121.0501, y: 30.66, order: 3 },
    ];
    expect(stopSpots(stops, 0).map((s) => s.orders)).toEqual([[1, 2], [3]]);
    expect(
      stopSpots(
        [
          { x: 0, y: 0, order: 1 },
          { x: 50, y: 0, order: 2 },
        ],
        6,
      ).map((s) => s.orders),
    ).toEqual([[1], [2]]);
  });
});
