import { describe, expect, it } from 'vitest';
import { clock, distanceLabel, duration, timeValue } from './format.ts';

describe('itinerary numbers as read', () => {
  it('clock times, with the next day named', () => {
    expect(clock(545)).toBe('09:05');
    expect(clock(0)).toBe('00:00');
    expect(clock(1470)).toBe('次日 00:30');
    expect(timeValue(510)).toBe('08:30');
  });
  it('durations in hours and minutes', () => {
    expect(duration(45)).toBe('45 分钟');
    expect(duration(60)).toBe('1 小时');
    expect(duration(95)).toBe('1 小时 35 分钟');
  });
  it('distances in metres below a kilometre', () => {
    expect(distanceLabel(0.849)).toBe('850 米');
    expect(distanceLabel(12.34)).toBe('12.3 公里');
    expect(distanceLabel(3)).toBe('3.0 公里');
    expect(distanceLabel(123.4)).toBe('123 公里');
  });
});
