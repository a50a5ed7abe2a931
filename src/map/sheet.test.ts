import { describe, expect, it } from 'vitest';
import { nextOnTap, sheetFor, sheetHeights, snapAfterDrag } from './sheet.ts';

describe('the phone bottom sheet', () => {
  it('has three rising heights that leave map on screen at full', () => {
    const h = sheetHeights(788); // 844 px phone less the 56 px header
    expect(h.peek).toBeLessThan(h.half);
    expect(h.half).toBeLessThan(h.full);
    expect(h.half).toBe(394);
    expect(788 - h.full).toBeGreaterThanOrEqual(90);
  });

  it('keeps its order on a very short screen', () => {
    const h = sheetHeights(300);
    expect(h.peek).toBeLessThanOrEqual(h.half);
    expect(h.half).toBeLessThanOrEqual(h.full);
    expect(h.full).toBeLessThan(300);
  });

  it('steps up on a tap and folds back from full', () => {
    expect(nextOnTap('peek')).toBe('half');
    expect(nextOnTap('half')).toBe('full');
    expect(nextOnTap('full')).toBe('peek');
  });

  it('snaps a slow drag to the nearest height and a flick one state on', () => {
    expect(snapAfterDrag('peek', 380, 0, 788)).toBe('half');
    expect(snapAfterDrag('half', 700, 0.1, 788)).toBe('full');
    expect(snapAfterDrag('half', 420, 0.9, 788)).toBe('full');
    expect(snapAfterDrag('half', 380, -0.9, 788)).toBe('peek');
    expect(snapAfterDrag('full', 760, 2, 788)).toBe('full');
    expect(snapAfterDrag('peek', 100, -2, 788)).toBe('peek');
  });

  it('opens to half for a site or a search, and Esc folds it', () => {
    expect(sheetFor('peek', 'site-opened')).toBe('half');
    expect(sheetFor('full', 'site-opened')).toBe('full');
    expect(sheetFor('peek', 'find')).toBe('half');
    expect(sheetFor('full', 'escape')).toBe('peek');
  });
});
