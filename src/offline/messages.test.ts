import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../tests/fixtures/hostile.ts';
import { parsePageMessage } from './messages.ts';

describe('the service worker protocol', () => {
  it('accepts every documented page message', () => {
    expect(parsePageMessage({ type: 'cache-page', url: 'https://x/map/', resources: ['/_astro/a.js', 5] })).toEqual({
      type: 'cache-page',
      url: 'https://x/map/',
      resources: ['/_astro/a.js'],
    });
    expect(parsePageMessage({ type: 'save-route', id: 'hongse-yuanyuan' })).toEqual({ type: 'save-route', id: 'hongse-yuanyuan' });
    expect(parsePageMessage({ type: 'remove-route', id: 'x' })).toEqual({ type: 'remove-route', id: 'x' });
    expect(parsePageMessage({ type: 'resume' })).toEqual({ type: 'resume' });
    expect(parsePageMessage({ type: 'search-precache' })).toEqual({ type: 'search-precache' });
  });

  it('still understands the previous build\u2019s SKIP_WAITING, as skip-waiting', () => {
    expect(parsePageMessage({ type: 'SKIP_WAITING' })).toEqual({ type: 'skip-waiting' });
    expect(parsePageMessage({ type: 'skip-waiting' })).toEqual({ type: 'skip-waiting' });
  });

  it('keeps only plain paths of this site for a plan, and only a plan address to come back to', () => {
    const m = parsePageMessage({
      type: 'save-plan',
      title: '我的行程'.repeat(40),
      href: 'https://evil.example/',
      urls: ['plan/', 'https://evil.example/x', '../x'],
    });
    expect(m).toMatchObject({ type: 'save-plan', href: 'plan/' });
    expect(m?.type === 'save-plan' && m.urls).toEqual(['plan/']);
    expect(m?.type === 'save-plan' && m.title.length).toBe(80);
  });

  it.each(HOSTILE)('refuses %j as a message, and messages without their fields', (v) => {
    expect(parsePageMessage(v)).toBeUndefined();
    expect(parsePageMessage({ type: v })).toBeUndefined();
  });

  it('refuses a save or a removal without an id, and a page to keep without its address', () => {
    for (const type of ['save-route', 'remove-route', 'cache-page']) expect(parsePageMessage({ type }), type).toBeUndefined();
    expect(parsePageMessage(null)).toBeUndefined();
    expect(parsePageMessage([{ type: 'resume' }])).toBeUndefined();
  });
});
