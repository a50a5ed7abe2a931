import { describe, expect, it } from 'vitest';
import { focusFromAddress } from './site-widget.ts';

/** The bits of the map element focusFromAddress touches: its data attributes and the overview image. */
function mapElement(focusFrom?: string) {
  const img = { src: '', listeners: [] as (() => void)[], addEventListener: (_: string, f: () => void) => img.listeners.push(f) };
  const el = { dataset: { ...(focusFrom ? { focusFrom } : {}) } as Record<string, string | undefined>, querySelector: () => img };
  return { el: el as unknown as HTMLElement, img };
}

describe('the one site widget page', () => {
  it('opens on the site its address names, with that site’s overview', () => {
    const { el, img } = mapElement('sites');
    focusFromAddress(el, { pathname: '/embed/site/', search: '?id=shantang' });
    expect(el.dataset.focus).toBe('sites/shantang');
    expect(img.src).toBe('/map/overview/sites/shantang.svg');
  });

  it('falls back to the whole map’s overview when the site’s cannot be loaded', () => {
    const { el, img } = mapElement('sites');
    focusFromAddress(el, { pathname: '/en/embed/site/no-such-site/', search: '' });
    expect(el.dataset.focus).toBe('sites/no-such-site');
    for (const f of img.listeners) f();
    expect(img.src).toBe('/map/overview/all.svg');
  });

  it('takes no focus from an id the pack could not have written', () => {
    const { el, img } = mapElement('sites');
    focusFromAddress(el, { pathname: '/embed/site/', search: `?id=${encodeURIComponent('"><img src=x>')}` });
    expect(el.dataset.focus).toBeUndefined();
    expect(img.src).toBe('/map/overview/all.svg');
  });

  it('leaves maps whose focus is in their HTML alone', () => {
    const { el, img } = mapElement();
    focusFromAddress(el, { pathname: '/embed/site/', search: '?id=shantang' });
    expect(el.dataset.focus).toBeUndefined();
    expect(img.src).toBe('');
  });
});
