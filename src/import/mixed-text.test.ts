import { describe, expect, it } from 'vitest';
import { mixedText } from './mixed-text.ts';

describe('mixedText', () => {
  it('puts a space only where a Latin name meets Chinese', () => {
    expect(mixedText('Caltrain', '运营的', '铁路线路', 'Baby Bullet', '，共 9 站。')).toBe('Caltrain 运营的铁路线路 Baby Bullet，共 9 站。');
    expect(mixedText('金山公交', '运营的', '公交线路', '廊下2路')).toBe('金山公交运营的公交线路廊下2路');
    expect(mixedText('线路', 'Ō Bar Circle')).toBe('线路 Ō Bar Circle');
  });
});
